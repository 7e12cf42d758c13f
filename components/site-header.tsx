import Link from "next/link";
import { currentUser } from "@/lib/auth/current-user";
import { signOutAction } from "./sign-out-action";

export async function SiteHeader() {
  const user = await currentUser();
  return (
    <header className="border-b border-border bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-fg no-underline">
          Skill<span className="text-brand">Shift</span>
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-1 text-sm sm:gap-2">
          <Link href="/roles" className="btn btn-ghost">
            Roles
          </Link>
          {user ? (
            <>
              <Link href="/dashboard" className="btn btn-ghost">
                Dashboard
              </Link>
              <span className="px-2 text-muted" aria-label={`Signed in as ${user.name}`}>
                {user.name}
              </span>
              <form action={signOutAction}>
                <button type="submit" className="btn btn-secondary">
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/login" className="btn btn-ghost">
                Sign in
              </Link>
              <Link href="/signup" className="btn btn-primary">
                Sign up
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
