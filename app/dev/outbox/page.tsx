import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { outboxEnabled, outboxMessages } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Outbox (development)", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

const LINK = /(https?:\/\/\S+)/;

/** Emails the app would have sent, when no SMTP server is configured. Development only (lib/mail/outbox.ts). */
export default async function OutboxPage() {
  if (!outboxEnabled()) notFound();
  const messages = await outboxMessages();
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Outbox</h1>
        <p className="mt-1 text-muted">
          Development only: the emails the app would have sent, newest first. Set SMTP_URL to send real email.
        </p>
      </div>
      {messages.length === 0 && <p>No emails yet.</p>}
      {messages.map((m, i) => (
        <article
          key={`${m.at}-${i}`}
          aria-label={`Email to ${m.to}: ${m.subject}`}
          className="card flex flex-col gap-2"
        >
          <h2 className="text-lg font-semibold">{m.subject}</h2>
          <p className="text-sm text-muted">
            To {m.to} · {new Date(m.at).toLocaleString("en-GB", { timeZone: "UTC" })} UTC
          </p>
          <div className="text-sm break-words whitespace-pre-wrap">
            {m.text.split(LINK).map((part, j) =>
              LINK.test(part) ? (
                <a key={j} href={part}>
                  {part}
                </a>
              ) : (
                part
              ),
            )}
          </div>
        </article>
      ))}
    </div>
  );
}
