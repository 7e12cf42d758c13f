import Link from "next/link";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
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
          <UserMenu />
        </nav>
      </div>
    </header>
  );
}
