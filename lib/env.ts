import { z } from "zod";
import { parseTrustedProxyHops } from "@/lib/client-address";

const schema = z.object({
  DATABASE_URL: z
    .string({
      error:
        "DATABASE_URL is not set. Start the app with `npm start`, which sets it, or point it at a Postgres server.",
    })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// connection string"),
  AUTH_SECRET: z
    .string({
      error:
        "AUTH_SECRET is not set. `npm start` generates one under .data/; elsewhere set a random 32+ character value.",
    })
    .min(32, "AUTH_SECRET must be at least 32 characters"),
  AUTH_URL: z
    .url({ error: "AUTH_URL must be the app's public URL, like https://skillshift.example.com" })
    .optional(),
  TRUSTED_PROXY_HOPS: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      try {
        return parseTrustedProxyHops(raw);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
  SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\//,
      "SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465",
    )
    .optional(),
  SMTP_FROM: z
    .string()
    .min(3, "SMTP_FROM must be a sender address, like SkillShift <no-reply@example.com>")
    .optional(),
  SKILLSHIFT_DEV_OUTBOX: z
    .enum(["0", "1"], { error: "SKILLSHIFT_DEV_OUTBOX must be 1 (on) or 0 (off)" })
    .optional(),
});

export type ServerEnv = z.infer<typeof schema>;
let parsed: ServerEnv | undefined;

/** The server's configuration, validated once, failing with a message that says what to do. */
export function serverEnv(): ServerEnv {
  if (!parsed) {
    const result = schema.safeParse(process.env);
    if (!result.success) {
      const lines = result.error.issues.map((i) => `  - ${i.message}`);
      throw new Error(`SkillShift configuration is invalid:\n${lines.join("\n")}`);
    }
    parsed = result.data;
  }
  return parsed;
}
