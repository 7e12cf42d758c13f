import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set. Start the app with `npm start`, which sets it, or point it at a Postgres server." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// connection string"),
  AUTH_SECRET: z
    .string({ error: "AUTH_SECRET is not set. `npm start` generates one under .data/; elsewhere set a random 32+ character value." })
    .min(32, "AUTH_SECRET must be at least 32 characters"),
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
