// `npm run screenshots`: full-page screenshots of the main pages at phone (375 px) and desktop
// (1280 px) widths in the light and dark themes, into screenshots/ (git-ignored), to look at.
//   --url URL      use an app that is already running instead of starting one
//   --only a,b     only the pages with these names
import { mkdirSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { launchChromium, onboardDemoUser } from "./demo-user";
import { startProdServer, type ProdServer } from "./prod-server";

const OUT = "screenshots";
const WIDTHS = [375, 1280];
const THEMES = ["light", "dark"] as const;

const { values: args } = parseArgs({ options: { url: { type: "string" }, only: { type: "string" } } });
const only = args.only?.split(",");

/** Name → path; `menu` opens the phone menu before the picture. */
const PUBLIC_PAGES: [string, string][] = [
  ["home", "/"],
  ["roles", "/roles"],
  ["role-report", "/roles/backend-developer"],
  ["login", "/login"],
  ["signup", "/signup"],
  ["not-found", "/no-such-page"],
];
const SIGNED_IN_PAGES: [string, string][] = [
  ["dashboard", "/dashboard"],
  ["profile", "/profile"],
  ["resume", "/resume"],
  ["progress", "/progress"],
  ["settings", "/settings"],
];

const RESUME =
  "Ada Lovelace, Backend Developer. Built REST APIs in Go on Kubernetes; ran PostgreSQL and Redis in production; Docker, Terraform, GitHub Copilot.";

async function analyzeResume(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/resume`);
  await page.getByLabel("Or paste your resume").fill(RESUME);
  await page.getByLabel("Job description (optional)").fill("Go, Kubernetes, Kafka, Rust and PostgreSQL.");
  await page.getByRole("button", { name: "Analyse resume" }).click();
  await page.getByRole("heading", { name: /^Results/ }).waitFor();
  await page.goto(`${baseUrl}/resume`);
  return (await page
    .getByRole("link", { name: /pasted text/ })
    .first()
    .getAttribute("href"))!;
}

async function shoot(
  browser: Browser,
  baseUrl: string,
  pages: [string, string][],
  storageState?: BrowserContextOptions["storageState"],
) {
  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 800 : 900 },
        colorScheme: theme,
        storageState,
        reducedMotion: "reduce",
      });
      const page = await context.newPage();
      for (const [name, path] of pages) {
        if (only && !only.includes(name)) continue;
        await page.goto(`${baseUrl}${path}`);
        await page.waitForLoadState("networkidle");
        await page.screenshot({ path: `${OUT}/${name}-${width}-${theme}.png`, fullPage: true });
        const menu = page.getByRole("button", { name: "Menu" });
        if (width < 600 && (name === "home" || name === "dashboard") && (await menu.isVisible())) {
          await menu.click();
          await page.screenshot({ path: `${OUT}/${name}-menu-${width}-${theme}.png` });
        }
      }
      await context.close();
    }
  }
}

async function main() {
  let server: ProdServer | undefined;
  try {
    if (!args.url)
      server = await startProdServer({
        port: Number(process.env.SCREENSHOTS_PORT ?? 3201),
        pgPort: Number(process.env.SCREENSHOTS_PG_PORT ?? 54333),
        dataDir: ".data/screenshots",
      });
    const baseUrl = args.url ?? server!.url;
    mkdirSync(OUT, { recursive: true });
    const browser = await launchChromium();
    try {
      await shoot(browser, baseUrl, PUBLIC_PAGES);
      const page = await browser.newPage();
      await onboardDemoUser(page, baseUrl);
      const result = await analyzeResume(page, baseUrl);
      const state = await page.context().storageState();
      await shoot(
        browser,
        baseUrl,
        [...SIGNED_IN_PAGES, ["resume-result", result], ["onboarding", "/onboarding"]],
        state,
      );
    } finally {
      await browser.close();
    }
    console.log(`Screenshots in ${OUT}/`);
  } finally {
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
