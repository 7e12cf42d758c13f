// Runs once when the Next.js server starts, before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { parseTrustedProxyHops } = await import("./lib/client-address");
  // Refuse to start with a malformed value rather than trust the wrong address later.
  parseTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
}
