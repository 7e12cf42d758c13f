/**
 * For route handlers that change something: the request must come from a page of this app. Browsers
 * send Origin with every cross-origin request and every POST, and a page cannot forge it; `null`
 * (sandboxed frames, some redirects) and a missing Origin are refused too. Server actions get the
 * same check from Next.js itself (Origin against Host).
 */
export function isSameOrigin(request: Request, publicUrl = process.env.AUTH_URL): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  if (origin === new URL(request.url).origin) return true;
  // Behind a proxy the URL Next.js rebuilds may differ from the public one.
  return publicUrl !== undefined && URL.canParse(publicUrl) && origin === new URL(publicUrl).origin;
}

export const CROSS_SITE_MESSAGE = "Cross-site requests are not allowed.";
