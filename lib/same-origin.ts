import { serverEnv } from "@/lib/env";

interface OriginSettings {
  /** AUTH_URL: the public address, accepted as well. */
  publicUrl?: string;
  /** Behind a trusted proxy the address the browser used is in X-Forwarded-Host and -Proto. */
  trustedProxyHops: number;
}

const settings = (): OriginSettings => ({
  publicUrl: process.env.AUTH_URL,
  trustedProxyHops: serverEnv().TRUSTED_PROXY_HOPS,
});

/**
 * For route handlers that change something: the request must come from a page of this app, at the
 * address the browser itself used (localhost, 127.0.0.1, a LAN address or the public name). Browsers
 * send Origin with every cross-origin request and every POST, and a page cannot forge it; `null`
 * (sandboxed frames, some redirects) and a missing Origin are refused. Server actions get the same
 * check from Next.js itself (Origin against Host).
 */
export function isSameOrigin(request: Request, { publicUrl, trustedProxyHops } = settings()): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null" || !URL.canParse(origin)) return false;
  const first = (name: string) => request.headers.get(name)?.split(",")[0].trim() || undefined;
  const proxied = trustedProxyHops > 0;
  const host = (proxied && first("x-forwarded-host")) || request.headers.get("host");
  const scheme = (proxied && first("x-forwarded-proto")) || new URL(request.url).protocol.replace(":", "");
  if (host && new URL(origin).origin === `${scheme}://${host}`.toLowerCase()) return true;
  return publicUrl !== undefined && URL.canParse(publicUrl) && origin === new URL(publicUrl).origin;
}

export const CROSS_SITE_MESSAGE = "Cross-site requests are not allowed.";
