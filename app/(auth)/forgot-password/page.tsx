import type { Metadata } from "next";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };
// Rendered per request so the page carries a nonce-based Content-Security-Policy (proxy.ts).
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  return (
    <section className="card flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Forgot your password?</h1>
        <p className="mt-1 text-muted">
          Enter your email address and we will send you a link to choose a new one.
        </p>
      </div>
      <ForgotPasswordForm />
    </section>
  );
}
