import "server-only";
import { createHash } from "node:crypto";
import { DATABASE_UNAVAILABLE_MESSAGE, RETRY_AFTER_SECONDS } from "./database-error";

const COMMON_HEADERS = {
  "Retry-After": String(RETRY_AFTER_SECONDS),
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
};

/** The API's answer while the database is unreachable: the usual `{ error }` shape, status 503. */
export function unavailableJson(): Response {
  return Response.json({ error: DATABASE_UNAVAILABLE_MESSAGE }, { status: 503, headers: COMMON_HEADERS });
}

// Self-contained (the proxy answers before the app renders): no scripts, one inline style allowed
// by its hash, and a policy of its own so the page stays locked down whatever else sets headers.
const STYLE = `body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#0f172a;background:#f8fafc}
main{max-width:36rem;margin:12vh auto;padding:0 1.25rem}h1{font-size:1.6rem;line-height:1.25;margin:0 0 .75rem}
a{color:#1d4ed8}.retry{display:inline-block;margin:1rem 0;padding:.55rem 1.1rem;border-radius:.5rem;background:#1d4ed8;color:#fff;text-decoration:none;font-weight:600}
.retry:focus-visible{outline:3px solid #93c5fd;outline-offset:2px}p{margin:.5rem 0}.muted{color:#475569;font-size:.9rem}
@media (prefers-color-scheme:dark){body{color:#e2e8f0;background:#0b1120}a{color:#93c5fd}.retry{background:#2563eb;color:#fff}.muted{color:#94a3b8}}`;
const STYLE_HASH = createHash("sha256").update(STYLE).digest("base64");
const PAGE_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page answer: what happened, that nothing is lost, and a link that retries the same address. */
export function unavailablePage(url: URL): Response {
  // A same-site path only: the link retries this page and can never point elsewhere.
  const retry = escapeHtml(`${url.pathname}${url.search}`.replace(/^\/{2,}/, "/"));
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Temporarily unavailable · SkillShift</title><style>${STYLE}</style></head>
<body><main>
<h1>SkillShift can't reach its database right now</h1>
<p>Your data is safe: everything you saved is kept, and nothing half-finished was stored.</p>
<p>This usually clears up in a moment.</p>
<a class="retry" href="${retry}">Try again</a>
<p class="muted">Role reports still work meanwhile: <a href="/roles">browse roles</a> or go to the <a href="/">home page</a>.</p>
</main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      ...COMMON_HEADERS,
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": PAGE_CSP,
    },
  });
}
