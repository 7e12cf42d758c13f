import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/schemas";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; reset?: string }>;
}) {
  const { callbackUrl: requested, reset } = await searchParams;
  const callbackUrl = safeCallbackUrl(requested);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <section className="card flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="mt-1 text-muted">Welcome back. Pick up where you left off.</p>
      </div>
      {reset === "done" && (
        <p role="status" className="rounded-lg border border-border px-3 py-2 text-sm font-medium">
          Your password was changed and every device was signed out. Sign in with your new password.
        </p>
      )}
      <LoginForm callbackUrl={callbackUrl} />
    </section>
  );
}
