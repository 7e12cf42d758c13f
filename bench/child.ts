// Parts that call the app's server-only lib functions run in a child process: with the
// react-server condition (so `import "server-only"` resolves as on the server) and their own
// DATABASE_URL (lib/env.ts reads it once per process). The child prints progress on stderr and its
// result as JSON on the last line of stdout.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

export function runChild<T>(script: string, env: Record<string, string>, args: string[] = []): Promise<T> {
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [tsx, "--conditions=react-server", script, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, ...env },
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    child.once("error", fail);
    child.once("exit", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0) return fail(new Error(`${script} exited with code ${code}`));
      try {
        done(JSON.parse(last) as T);
      } catch {
        fail(new Error(`${script} printed no JSON result:\n${out.slice(-2000)}`));
      }
    });
  });
}

/** In a child: print the result for the parent. */
export function reply(value: unknown) {
  process.stdout.write(`\n${JSON.stringify(value)}\n`);
}
