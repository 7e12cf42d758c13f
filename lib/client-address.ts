// Which client a request came from, for rate limits and the audit log. Framework-free so it can be
// unit-tested; lib/rate-limit.ts applies it with the configured TRUSTED_PROXY_HOPS.
//
// The X-Forwarded-For chain the app sees is always "what the client or proxies sent, then the socket
// address" (the production server, scripts/next-server.mjs, appends the socket address with
// lib/forwarded-for.mjs, as nginx's $proxy_add_x_forwarded_for does). Only the right-most entries were written by machines we trust: the last one by our own
// server, the TRUSTED_PROXY_HOPS before it by our proxies. Everything further left is whatever the
// client chose to send.

export const MAX_TRUSTED_PROXY_HOPS = 10;
const MAX_ADDRESS_LENGTH = 64;

/** TRUSTED_PROXY_HOPS: how many reverse proxies sit in front of the app (0 when clients connect directly). */
export function parseTrustedProxyHops(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return 0;
  const value = raw.trim();
  if (!/^\d+$/.test(value) || Number(value) > MAX_TRUSTED_PROXY_HOPS) {
    throw new Error(
      `TRUSTED_PROXY_HOPS must be a whole number from 0 to ${MAX_TRUSTED_PROXY_HOPS} (the number of reverse proxies in front of the app), not "${raw}".`,
    );
  }
  return Number(value);
}

/**
 * The client address: the entry `hops` places left of the right-most one. When the chain is shorter
 * than that (a proxy that does not append), the left-most entry is the best there is.
 */
export function clientAddressFrom(forwardedFor: string | null | undefined, hops: number): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return "unknown";
  const entry = chain[Math.max(0, chain.length - 1 - hops)];
  return normaliseAddress(entry);
}

/** IPv4-mapped IPv6 (::ffff:1.2.3.4) is the IPv4 address; keys stay short whatever was sent. */
export function normaliseAddress(address: string): string {
  const plain = address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
  return plain.slice(0, MAX_ADDRESS_LENGTH).toLowerCase();
}
