import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "./password";
import { createUser } from "./users";

// next-auth's own endpoints, called as a browser would behind https (AUTH_URL), to see the cookies it sets.
const PASSWORD = "violet tractor sings at noon";
let email: string;
let handlers: (typeof import("./index"))["handlers"];

beforeAll(async () => {
  vi.stubEnv("AUTH_URL", "https://skillshift.example");
  handlers = (await import("./index")).handlers;
  email = `c-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  await createUser({ name: "Ada", email, passwordHash: await hashPassword(PASSWORD) });
});
afterAll(() => vi.unstubAllEnvs());

const request = (
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: URLSearchParams } = {},
) =>
  new NextRequest(`https://skillshift.example/api/auth/${path}`, {
    ...init,
    headers: { origin: "https://skillshift.example", "x-forwarded-for": "203.0.113.5", ...init.headers },
  });

async function signIn(password: string) {
  const csrf = await handlers.GET(request("csrf"));
  const { csrfToken } = await csrf.json();
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return handlers.POST(
    request("callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
      body: new URLSearchParams({ csrfToken, email, password }),
    }),
  );
}

describe("session cookie behind https (real Postgres)", () => {
  it("is __Secure- prefixed, Secure, HttpOnly, SameSite=Lax, for the whole site", async () => {
    const response = await signIn(PASSWORD);
    const cookie = response.headers.getSetCookie().find((c) => c.includes("session-token="));
    expect(cookie).toBeDefined();
    const [pair, ...attributes] = cookie!.split(/;\s*/);
    expect(pair.startsWith("__Secure-authjs.session-token=")).toBe(true);
    expect(attributes).toEqual(expect.arrayContaining(["Path=/", "HttpOnly", "Secure", "SameSite=Lax"]));
    expect(attributes.some((a) => /^Domain=/i.test(a))).toBe(false);
  });

  it("is not set for a wrong password", async () => {
    const response = await signIn("not the password");
    expect(response.headers.getSetCookie().some((c) => c.includes("session-token="))).toBe(false);
  });
});
