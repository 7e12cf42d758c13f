import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";

// Debian's Chromium (CI installs it), else CHROMIUM_PATH, else a browser Playwright installed itself.
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((p) => p && existsSync(p));
  if (found) return found;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one with `apt-get install -y chromium` (Debian/Ubuntu), " +
      "or `npx playwright install chromium`, or point CHROMIUM_PATH at a Chromium or Chrome binary.",
  );
}

const PORT = Number(process.env.E2E_PORT ?? 3100);
const HEAVY = /(resilience|fault)\.spec\.ts$/;
const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromiumPath(),
    // No sandbox as root in containers; no background traffic on a closed network.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Two browsers, the app and PostgreSQL share 2 cores: a sign-up (argon2) can take a few seconds,
  // and a whole journey (sign-up, onboarding, several pages) half a minute.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "chromium", use: browser, testIgnore: HEAVY },
    // Tests that run servers of their own and load them on purpose (hostile uploads, a killed
    // worker, PostgreSQL stopped) go last, alone, so their load cannot slow the others past a timeout.
    { name: "heavy", use: browser, testMatch: HEAVY, dependencies: ["chromium"] },
  ],
  webServer: {
    // The production build (rebuilt only when sources changed) on a fresh database.
    command: "npx tsx scripts/start.ts --fresh-database",
    url: `http://localhost:${PORT}`,
    timeout: 300_000,
    reuseExistingServer: false,
    // SIGTERM lets start.ts stop Next and PostgreSQL and drop a scratch database (the default is SIGKILL).
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "ignore",
    stderr: "pipe",
    env: {
      // Lets a cookie set the time of a request (lib/request-clock.ts), so history can span injected days.
      SKILLSHIFT_TEST_CLOCK: "1",
      PORT: String(PORT),
      SKILLSHIFT_DATA_DIR: ".data/e2e",
      SKILLSHIFT_PG_PORT: process.env.E2E_PG_PORT ?? "54331",
      // As if one reverse proxy sat in front: each test's X-Forwarded-For (e2e/fixtures.ts) is its client address.
      TRUSTED_PROXY_HOPS: "1",
      // The production build with the development outbox (/dev/outbox), where reset emails land.
      SKILLSHIFT_DEV_OUTBOX: "1",
    },
  },
});
