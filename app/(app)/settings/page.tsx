import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { ChangePasswordForm } from "./change-password-form";
import { DeleteAccountForm } from "./delete-account-form";
import { ImportForm } from "./import-form";
import { SessionsSection } from "./sessions-section";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Settings</h1>
        <p className="mt-1 text-muted">Signed in as {user.email}</p>
      </div>

      <section aria-labelledby="password-heading" className="card flex flex-col gap-4">
        <h2 id="password-heading" className="text-xl font-semibold">
          Change password
        </h2>
        <p className="text-sm text-muted">Changing your password signs you out on every other device.</p>
        <ChangePasswordForm />
      </section>

      <SessionsSection userId={user.id} />

      <section aria-labelledby="export-heading" className="card flex flex-col gap-4">
        <h2 id="export-heading" className="text-xl font-semibold">
          Export your data
        </h2>
        <p className="text-sm text-muted">
          Your account, profile, skills, goals, resume analyses and history. Your password is never included.
        </p>
        <div className="flex flex-wrap gap-3">
          {/* Plain links: the responses are file downloads, not pages. */}
          <a href="/api/export/json" className="btn btn-secondary" download>
            Download everything (JSON)
          </a>
          <a href="/api/export/csv" className="btn btn-secondary" download>
            Download skills and history (CSV)
          </a>
        </div>
      </section>

      <section aria-labelledby="import-heading" className="card flex flex-col gap-4">
        <h2 id="import-heading" className="text-xl font-semibold">
          Import a profile
        </h2>
        <p className="text-sm text-muted">
          Bring in a file from “Download everything”, from this account or another. It is merged with what you
          have: skills you already hold keep the higher level, and nothing is added twice. Either all of it is
          imported or none of it.
        </p>
        <ImportForm />
      </section>

      <section aria-labelledby="delete-heading" className="card flex flex-col gap-4 border-danger/60">
        <h2 id="delete-heading" className="text-xl font-semibold text-danger">
          Delete my account
        </h2>
        <p className="text-sm">
          This permanently deletes your account, profile, skills, goals, resume analyses and history, and
          signs you out everywhere. It cannot be undone. Download your data first if you want to keep it.
        </p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
