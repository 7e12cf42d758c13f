// Decides whether `npm start` must rebuild: a hash of everything that goes into the build.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "db",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const STAMP = join(".next", "skillshift-build-fingerprint");

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(files)) hash.update(file).update(readFileSync(file));
  // Read at build time: metadata URLs and whether static pages carry HSTS (next.config.js).
  hash.update(`AUTH_URL=${process.env.AUTH_URL ?? ""}`);
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return (
    existsSync(join(".next", "BUILD_ID")) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, "utf8") === sourceFingerprint()
  );
}

export function recordBuild(): void {
  writeFileSync(STAMP, sourceFingerprint());
}
