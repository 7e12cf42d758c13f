import { describe, expect, it } from "vitest";
import { clientAddressFrom, parseTrustedProxyHops } from "./client-address";

describe("TRUSTED_PROXY_HOPS", () => {
  it.each([
    [undefined, 0],
    ["", 0],
    ["0", 0],
    [" 2 ", 2],
    ["10", 10],
  ])("%s → %i", (raw, hops) => {
    expect(parseTrustedProxyHops(raw)).toBe(hops);
  });

  it.each(["-1", "1.5", "two", "11", "1e1"])("refuses %s with a message that says what to set", (raw) => {
    expect(() => parseTrustedProxyHops(raw)).toThrow(
      /TRUSTED_PROXY_HOPS must be a whole number from 0 to 10/,
    );
  });
});

describe("client address from X-Forwarded-For (the socket address always last)", () => {
  it("with no proxy, is the socket address whatever the client claims", () => {
    expect(clientAddressFrom("127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientAddressFrom("6.6.6.6, 203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddressFrom("1.1.1.1, 2.2.2.2, 203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("behind one proxy, is what that proxy saw, not what the client wrote before it", () => {
    // client → proxy (appends the client's address) → app (appends the proxy's).
    expect(clientAddressFrom("198.51.100.7, 10.0.0.2", 1)).toBe("198.51.100.7");
    expect(clientAddressFrom("6.6.6.6, 198.51.100.7, 10.0.0.2", 1)).toBe("198.51.100.7");
  });

  it("behind two proxies, skips both", () => {
    expect(clientAddressFrom("6.6.6.6, 198.51.100.7, 10.0.0.3, 10.0.0.2", 2)).toBe("198.51.100.7");
  });

  it("takes the left-most entry when the chain is shorter than the proxies configured", () => {
    expect(clientAddressFrom("10.0.0.2", 1)).toBe("10.0.0.2");
    expect(clientAddressFrom("198.51.100.7, 10.0.0.2", 5)).toBe("198.51.100.7");
  });

  it("reads IPv4-mapped IPv6 as IPv4, tolerates spacing and empty entries, caps the length", () => {
    expect(clientAddressFrom("::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientAddressFrom(" 198.51.100.7 ,, ::1 ", 1)).toBe("198.51.100.7");
    expect(clientAddressFrom("2001:DB8::1", 0)).toBe("2001:db8::1");
    expect(clientAddressFrom(`${"x".repeat(500)}, ::1`, 1)).toHaveLength(64);
  });

  it("says unknown when there is nothing to go on", () => {
    expect(clientAddressFrom(null, 0)).toBe("unknown");
    expect(clientAddressFrom(" , ", 1)).toBe("unknown");
  });
});
