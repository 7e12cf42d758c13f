// `npm run lighthouse`: Lighthouse against the production build on a fresh database, with Debian's
// Chromium; prints performance / accessibility / best practices / SEO per page and form factor, and
// exits non-zero when a page is below its bar. Not part of `npm test`: it takes several minutes.
//   --runs N           runs per page and form factor; the median (by performance) is reported (3)
//   --form-factor X    mobile, desktop or both (both)
//   --url URL          audit an app that is already running instead of starting one
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Flags, type Result } from "lighthouse";
import { CHROMIUM, cookieHeader, launchChromium, onboardDemoUser } from "./demo-user";
import { startProdServer, type ProdServer } from "./prod-server";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];
type Scores = Record<Category, number>;

const PUBLIC_BAR: Partial<Scores> = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
// Signed-in pages are kept out of search engines (robots.txt), so SEO is not asked of them.
const SIGNED_IN_BAR: Partial<Scores> = { performance: 90, accessibility: 100, "best-practices": 100 };
const PAGES = [
  { path: "/", bar: PUBLIC_BAR },
  { path: "/roles", bar: PUBLIC_BAR },
  { path: "/roles/backend-developer", bar: PUBLIC_BAR },
  { path: "/dashboard", bar: SIGNED_IN_BAR, signedIn: true },
];

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    "form-factor": { type: "string", default: "both" },
    url: { type: "string" },
  },
});
const runs = Math.max(1, Number(args.runs));
const formFactors =
  args["form-factor"] === "both"
    ? (["mobile", "desktop"] as const)
    : [args["form-factor"] as "mobile" | "desktop"];

async function audit(
  url: string,
  formFactor: "mobile" | "desktop",
  headers: Record<string, string>,
): Promise<{ scores: Scores; lhr: Result }> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const flags: Flags = {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      extraHeaders: headers,
    };
    const result = await lighthouse(url, flags, formFactor === "desktop" ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    ) as Scores;
    return { scores, lhr };
  } finally {
    chrome.kill();
  }
}

/** What pulled a category below 100: the failing audits that carry weight in it, with an example. */
function failing(lhr: Result, category: Category): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => {
      const audit = lhr.audits[ref.id];
      const items = (audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
      const example = items.slice(0, 2).map((item) => JSON.stringify(item).slice(0, 200));
      return `${ref.id} (${audit.displayValue || audit.score}) ${example.join(" | ")}`;
    });
}

async function signedInCookie(baseUrl: string): Promise<string> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await onboardDemoUser(page, baseUrl);
    return await cookieHeader(page);
  } finally {
    await browser.close();
  }
}

async function main() {
  let server: ProdServer | undefined;
  const stop = async () => server?.stop();
  process.once("SIGINT", () => void stop().then(() => process.exit(130)));
  try {
    if (!args.url) {
      const port = Number(process.env.LIGHTHOUSE_PORT ?? 3200);
      server = await startProdServer({
        port,
        pgPort: Number(process.env.LIGHTHOUSE_PG_PORT ?? 54332),
        dataDir: ".data/lighthouse",
      });
    }
    const baseUrl = args.url ?? server!.url;
    const cookie = await signedInCookie(baseUrl);
    const rows: string[] = [];
    const problems: string[] = [];
    let maxLoad = 0;
    for (const formFactor of formFactors) {
      for (const page of PAGES) {
        const results = [];
        for (let i = 0; i < runs; i++) {
          maxLoad = Math.max(maxLoad, loadavg()[0]);
          results.push(
            await audit(`${baseUrl}${page.path}`, formFactor, page.signedIn ? { Cookie: cookie } : {}),
          );
        }
        results.sort((a, b) => a.scores.performance - b.scores.performance);
        const { scores, lhr } = results[Math.floor(results.length / 2)];
        if (page.signedIn && !lhr.finalDisplayedUrl.endsWith(page.path))
          problems.push(`${page.path}: ended on ${lhr.finalDisplayedUrl}, not signed in?`);
        const perfRuns = results.map((r) => r.scores.performance).join("/");
        rows.push(
          `${formFactor.padEnd(8)} ${page.path.padEnd(26)} ${CATEGORIES.map((c) => String(scores[c]).padStart(c.length)).join("  ")}   (performance runs ${perfRuns})`,
        );
        for (const [category, min] of Object.entries(page.bar) as [Category, number][]) {
          if (scores[category] < min)
            problems.push(
              `${formFactor} ${page.path}: ${category} ${scores[category]} < ${min}: ${failing(lhr, category).join(", ")}`,
            );
        }
        console.log(rows.at(-1));
      }
    }
    // Simulated throttling scales the CPU time it observes, so a busy machine lowers performance.
    if (maxLoad > availableParallelism())
      console.log(
        `\nNote: load average up to ${maxLoad.toFixed(1)} on ${availableParallelism()} cores during the runs; performance is pessimistic on a busy machine.`,
      );
    console.log(`\n${"form".padEnd(8)} ${"page".padEnd(26)} ${CATEGORIES.join("  ")}`);
    for (const row of rows) console.log(row);
    if (problems.length) {
      console.log(`\nBelow the bar:\n${problems.map((p) => `  ${p}`).join("\n")}`);
      process.exitCode = 1;
    } else {
      console.log("\nEvery page meets its bar.");
    }
  } finally {
    await stop();
  }
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
