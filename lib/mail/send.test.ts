import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// A minimal SMTP server that keeps what it is sent: nodemailer speaks real SMTP to it.
const received: string[] = [];
let smtp: Server;
let smtpPort: number;
beforeAll(async () => {
  smtp = createServer((socket) => {
    let buffer = "";
    let message: string | null = null;
    socket.write("220 test ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (let end = buffer.indexOf("\r\n"); end >= 0; end = buffer.indexOf("\r\n")) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (message !== null) {
          if (line === ".") {
            received.push(message);
            message = null;
            socket.write("250 queued\r\n");
          } else message += line + "\n";
        } else if (/^DATA/i.test(line)) {
          message = "";
          socket.write("354 go ahead\r\n");
        } else if (/^QUIT/i.test(line)) socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  await new Promise<void>((done) => smtp.listen(0, "127.0.0.1", done));
  smtpPort = (smtp.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((done) => smtp.close(() => done())));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.resetModules();
});

/** The mail modules afresh, with this environment (the validated settings are read once per module). */
async function withEnv(env: Record<string, string | undefined>) {
  vi.stubEnv("SKILLSHIFT_DATA_DIR", mkdtempSync(join(tmpdir(), "outbox-")));
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  return {
    ...(await import("./send")),
    ...(await import("./outbox")),
    logged: () => log.mock.calls.flat().join("\n"),
  };
}

// Quoted-printable, as nodemailer encodes long lines.
const decoded = (raw: string) =>
  raw.replace(/=\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));

const SECRET = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdE";
const mail = {
  to: "ada@example.com",
  subject: "Reset your SkillShift password",
  text: `Open http://localhost:3000/reset-password?token=${SECRET}`,
};

describe("sending email", () => {
  it("goes through SMTP when SMTP_URL is set, and the log and outbox never see the body", async () => {
    const m = await withEnv({
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      SMTP_FROM: "SkillShift <no-reply@skillshift.example>",
    });
    await m.sendMail(mail);
    const message = decoded(received.at(-1) ?? "");
    expect(message).toMatch(/^To: ada@example\.com$/m);
    expect(message).toMatch(/^From: SkillShift <no-reply@skillshift\.example>$/m);
    expect(message).toContain(`reset-password?token=${SECRET}`);
    expect(m.logged()).toContain("[mail] sent: Reset your SkillShift password");
    expect(m.logged()).not.toContain(SECRET);
    expect(await m.outboxMessages()).toEqual([]);
  });

  it("without SMTP, writes the whole message to the log and to the development outbox, newest first", async () => {
    const m = await withEnv({ SMTP_URL: undefined });
    const before = received.length;
    await m.sendMail(mail);
    await m.sendMail({ ...mail, subject: "Second" });
    expect(received).toHaveLength(before);
    expect(m.logged()).toContain(SECRET);
    expect((await m.outboxMessages()).map((x) => x.subject)).toEqual([
      "Second",
      "Reset your SkillShift password",
    ]);
  });

  it("has no outbox in production unless SKILLSHIFT_DEV_OUTBOX=1", async () => {
    const m = await withEnv({ NODE_ENV: "production", SMTP_URL: undefined });
    expect(m.outboxEnabled()).toBe(false);
    await m.sendMail(mail);
    expect(await m.outboxMessages()).toEqual([]);
    vi.resetModules();
    expect((await withEnv({ NODE_ENV: "production", SKILLSHIFT_DEV_OUTBOX: "1" })).outboxEnabled()).toBe(
      true,
    );
  });

  it("builds links on AUTH_URL, never on what the request claims", async () => {
    expect((await withEnv({ AUTH_URL: "https://skillshift.example/" })).appUrl()).toBe(
      "https://skillshift.example",
    );
    vi.resetModules();
    expect((await withEnv({ AUTH_URL: undefined, PORT: "3110" })).appUrl()).toBe("http://localhost:3110");
  });
});
