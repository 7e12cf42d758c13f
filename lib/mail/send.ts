import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { serverEnv } from "@/lib/env";
import { outboxEnabled, saveToOutbox } from "./outbox";
import type { Mail } from "./types";

const DEFAULT_FROM = "SkillShift <no-reply@localhost>";
let transport: { url: string; transporter: Transporter } | undefined;

/**
 * Sends through SMTP when SMTP_URL is set; the log then names only the subject, because bodies carry
 * secrets (reset links). Without SMTP the whole message goes to the server log, so an operator can
 * pass it on, and to the local outbox where that exists.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, SMTP_FROM } = serverEnv();
  if (SMTP_URL) {
    if (transport?.url !== SMTP_URL)
      transport = { url: SMTP_URL, transporter: nodemailer.createTransport(SMTP_URL) };
    await transport.transporter.sendMail({
      from: SMTP_FROM ?? DEFAULT_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
    console.log(`[mail] sent: ${mail.subject}`);
    return;
  }
  console.log(
    `[mail] SMTP_URL is not set; not sent:\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n[mail] end of message`,
  );
  if (outboxEnabled()) await saveToOutbox(mail);
}

/** The app's public address for links in emails: AUTH_URL, never the request's Host header (which a client chooses). */
export function appUrl(): string {
  return (serverEnv().AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}
