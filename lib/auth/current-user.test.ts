import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { serverEnv } from "@/lib/env";
import { hashPassword } from "./password";
import { endSession } from "./sessions";
import { createUser } from "./users";

// The request a page renders for: only its cookie matters here.
let cookie = "";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ cookie }) }));

const PASSWORD = "violet tractor sings at noon";
let user: { id: string; email: string };
let auth: typeof import("./index");
let currentUser: (typeof import("./current-user"))["currentUser"];

beforeAll(async () => {
  auth = await import("./index");
  ({ currentUser } = await import("./current-user"));
  const email = `u-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  user = await createUser({ name: "Ada", email, passwordHash: await hashPassword(PASSWORD) });
});
afterEach(() => vi.unstubAllEnvs());

/** Signs in through Auth.js's own endpoints, as the login form does, and returns the session cookie. */
async function signIn(origin: string): Promise<string> {
  vi.stubEnv("AUTH_URL", origin);
  const request = (
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: URLSearchParams } = {},
  ) =>
    new NextRequest(`${origin}/api/auth/${path}`, {
      ...init,
      headers: { origin, "x-forwarded-for": "203.0.113.9", ...init.headers },
    });
  const csrf = await auth.handlers.GET(request("csrf"));
  const { csrfToken } = await csrf.json();
  const response = await auth.handlers.POST(
    request("callback/credentials", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: csrf.headers
          .getSetCookie()
          .map((c) => c.split(";")[0])
          .join("; "),
      },
      body: new URLSearchParams({ csrfToken, email: user.email, password: PASSWORD }),
    }),
  );
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token="));
  if (!session) throw new Error("no session cookie");
  return session.split(";")[0];
}

describe("currentUser: the session cookie Auth.js issued, checked against the session table (real Postgres)", () => {
  it("finds the user behind an http and an https sign-in", async () => {
    for (const origin of ["http://localhost:3000", "https://skillshift.example"]) {
      cookie = await signIn(origin);
      expect(await currentUser()).toEqual({ id: user.id, name: "Ada", email: user.email });
    }
  });

  it("is null without a cookie, with a garbage one, and once the session has ended", async () => {
    cookie = "";
    expect(await currentUser()).toBeNull();
    cookie = "authjs.session-token=not-a-token";
    expect(await currentUser()).toBeNull();
    cookie = await signIn("http://localhost:3000");
    const sid = (await import("./session-token")).currentSessionId;
    await endSession((await sid())!);
    expect(await currentUser()).toBeNull();
  });

  it("refuses a token presented under the other cookie name", async () => {
    const secret = serverEnv().AUTH_SECRET;
    const claims = { sub: user.id, sid: "00000000-0000-4000-8000-000000000000" };
    const plain = await encode({ token: claims, secret, salt: "authjs.session-token" });
    cookie = `__Secure-authjs.session-token=${plain}`;
    expect(await (await import("./session-token")).currentSessionId()).toBeNull();
    cookie = `authjs.session-token=${plain}`;
    expect(await (await import("./session-token")).currentSessionId()).toBe(claims.sid);
  });
});
