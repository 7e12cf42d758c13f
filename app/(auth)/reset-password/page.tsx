import type { Metadata } from "next";
import Link from "next/link";
import { resetTokenIsUsable } from "@/lib/auth/password-reset";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

/** Opening the link only reads: the token is used when the form is sent (no state change on GET). */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && (await resetTokenIsUsable(token));
  return (
    <section className="card flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Choose a new password</h1>
        <p className="mt-1 text-muted">
          {usable
            ? "Setting it signs you out on every device."
            : "This reset link has expired or was already used."}
        </p>
      </div>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p>
          <Link href="/forgot-password" className="btn btn-primary">
            Ask for a new link
          </Link>
        </p>
      )}
    </section>
  );
}
