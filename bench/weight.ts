// Page weight: the JavaScript a first visit downloads, per route. Each page's HTML from the running
// production server names its chunks (<script src> and <link rel=preload as=script>); each chunk is
// fetched once, gzipped at level 9 (what a CDN or proxy would serve) and summed per page. The part
// every page shares (the framework) is reported on its own, so the app's own share is visible.
import { brotliCompressSync, gzipSync } from "node:zlib";
import { within, type BenchResult } from "./result";

export interface WeighedPage {
  path: string;
  signedIn: boolean;
}

/** Public pages have the budget; signed-in pages are reported beside them. */
const PUBLIC_BUDGET_KB = 130;

function chunksOf(html: string): string[] {
  const found = new Set<string>();
  // noModule scripts are polyfills that browsers with ES modules (all current ones) never download.
  for (const m of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[0]);
    if (src && !/\bnoModule\b/i.test(m[0])) found.add(src[1]);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    if (/\bas="script"/.test(m[0]) || /rel="modulepreload"/.test(m[0])) {
      const href = /\bhref="([^"]+)"/.exec(m[0]);
      if (href) found.add(href[1]);
    }
  }
  return [...found]
    .map((src) => src.replace(/&amp;/g, "&"))
    .filter((src) => src.endsWith(".js") || src.includes(".js?"));
}

async function chunkSize(base: string, src: string): Promise<{ gzip: number; brotli: number }> {
  const r = await fetch(new URL(src, base));
  if (!r.ok) throw new Error(`${src} answered ${r.status}`);
  const body = Buffer.from(await r.arrayBuffer());
  return { gzip: gzipSync(body, { level: 9 }).length, brotli: brotliCompressSync(body).length };
}

/** One public page's first-load JavaScript, kB gzipped. */
export async function firstLoadKb(base: string, path: string): Promise<number> {
  const html = await (await fetch(`${base}${path}`)).text();
  const sizes = await Promise.all(chunksOf(html).map((src) => chunkSize(base, src)));
  return sizes.reduce((a, b) => a + b.gzip, 0) / 1024;
}

export async function benchWeight(
  base: string,
  pages: WeighedPage[],
  cookie: string,
): Promise<BenchResult[]> {
  const sizes = new Map<string, Promise<{ gzip: number; brotli: number }>>();
  const compressed = (src: string) => {
    if (!sizes.has(src)) sizes.set(src, chunkSize(base, src));
    return sizes.get(src)!;
  };
  const loaded = [];
  for (const page of pages) {
    const response = await fetch(`${base}${page.path}`, {
      headers: page.signedIn ? { cookie } : {},
      redirect: "manual",
    });
    const html = await response.text();
    if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}; cannot weigh it`);
    loaded.push({ ...page, chunks: chunksOf(html) });
  }
  const kb = async (chunks: string[], as: "gzip" | "brotli" = "gzip") =>
    (await Promise.all(chunks.map(compressed))).reduce((a, b) => a + b[as], 0) / 1024;
  // What every page loads (React, the Next.js router and runtime, the root layout's user menu): the
  // floor no page goes below.
  const shared = loaded.map((p) => p.chunks).reduce((a, b) => a.filter((c) => b.includes(c)));
  const floor = await kb(shared);
  const results: BenchResult[] = [
    {
      part: "weight",
      name: `shared by every page: React, Next.js, root layout (${shared.length} chunks)`,
      value: floor,
      unit: "kB gz",
    },
    {
      part: "weight",
      name: "the same, brotli (what most CDNs serve)",
      value: await kb(shared, "brotli"),
      unit: "kB br",
    },
  ];
  for (const page of loaded) {
    const total = await kb(page.chunks);
    const label = `${page.path}${page.signedIn ? " (signed in)" : ""}`;
    const name = `${label}: first-load JS (${page.chunks.length} chunks)`;
    results.push(
      page.signedIn
        ? { part: "weight", name, value: total, unit: "kB gz" }
        : within("weight", name, total, "kB gz", { max: PUBLIC_BUDGET_KB }),
    );
    results.push({
      part: "weight",
      name: `${label}: of which beyond the shared runtime`,
      value: total - floor,
      unit: "kB gz",
    });
  }
  return results;
}

export const WEIGHED_PAGES: WeighedPage[] = [
  { path: "/", signedIn: false },
  { path: "/roles", signedIn: false },
  { path: "/roles/backend-developer", signedIn: false },
  { path: "/login", signedIn: false },
  { path: "/signup", signedIn: false },
  { path: "/dashboard", signedIn: true },
  { path: "/profile", signedIn: true },
  { path: "/resume", signedIn: true },
  { path: "/progress", signedIn: true },
  { path: "/settings", signedIn: true },
];
