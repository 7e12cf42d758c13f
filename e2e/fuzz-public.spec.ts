// Sign-up, sign-in and Auth.js's own routes under random input, over HTTP against a server of
// their own (so the test can look in its database). The server actions behind signed-in pages are
// fuzzed in vitest (test/fuzz); these two sign in through Auth.js, which needs a real request.
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import postgres from "postgres";
import { nastyString } from "../test/fuzz/arbitraries";
import { PASSWORD } from "./fixtures";
import { ownApp, ownDatabase } from "./support/own-server";
import { callAction, captureAction } from "./support/server-action";

const RUNS = Number(process.env.SKILLSHIFT_FUZZ_HTTP_RUNS ?? 120);
let clients = 0;
const freshClient = () => ({
  "x-forwarded-for": `10.${(++clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`,
});
const normalised = (email: unknown) => (typeof email === "string" ? email.trim().toLowerCase() : null);

test("sign-up, sign-in and /api/auth/* under random input: never a 500; an account exists exactly when sign-up said so", async ({
  browser,
  playwright,
}) => {
  test.setTimeout(240_000);
  const database = await ownDatabase(".data/e2e-fuzz");
  const app = await ownApp(database.url).catch(async (error) => {
    await database.remove();
    throw error;
  });
  const sql = postgres(database.url, { max: 2, onnotice: () => {} });
  try {
    const context = await browser.newContext({ baseURL: app.baseURL, extraHTTPHeaders: freshClient() });
    const page = await context.newPage();
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Fuzz Owner");
    await page.getByLabel("Email").fill("owner@example.com");
    await page.getByLabel("Password").fill(PASSWORD);
    const signUp = await captureAction(
      page,
      () => page.getByRole("button", { name: "Create account" }).click(),
      { request: "send" },
    );
    await expect(page).toHaveURL(/\/onboarding$/, { timeout: 20_000 });
    const signedOut = await (
      await browser.newContext({ baseURL: app.baseURL, extraHTTPHeaders: freshClient() })
    ).newPage();
    await signedOut.goto("/login");
    await signedOut.getByLabel("Email").fill("owner@example.com");
    await signedOut.getByLabel("Password").fill("not the password");
    const logIn = await captureAction(
      signedOut,
      () => signedOut.getByRole("button", { name: "Sign in" }).click(),
      { request: "send" },
    );
    await expect(signedOut.getByText("Wrong email or password.")).toBeVisible();
    // The random requests come from a client of their own, with no cookies to start with.
    const request = await playwright.request.newContext({ baseURL: app.baseURL });

    const created = new Set(["owner@example.com"]);
    // PostgreSQL text cannot hold NUL, so no account can have such an address (and the query would fail).
    const usersWith = async (email: string) =>
      email.includes("\u0000")
        ? 0
        : (await sql`select count(*)::int as n from users where email = ${email}`)[0].n;
    const name = fc.oneof(nastyString, fc.string({ minLength: 1, maxLength: 30 }));
    const email = fc.oneof(
      nastyString,
      fc.emailAddress(),
      fc.constant("owner@example.com"),
      fc.uuid().map((u) => ` Fuzz-${u}@Example.com`),
    );
    const password = fc.oneof(
      nastyString,
      fc.string({ minLength: 8, maxLength: 40 }),
      fc.constantFrom(PASSWORD, "password", "x".repeat(129)),
    );
    // Mostly complete forms, so that the accepted path runs too; the rest anything at all.
    const form = <T>(fields: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
      fc.oneof(
        { weight: 1, arbitrary: fc.jsonValue() },
        { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) },
        { weight: 3, arbitrary: fc.record(fields) },
      );
    await fc.assert(
      fc.asyncProperty(form({ name, email, password }), async (payload) => {
        const call = await callAction(request, signUp, payload, freshClient());
        expect(call.status).toBe(200);
        const e = normalised((payload as { email?: unknown })?.email);
        if (call.redirect) {
          expect(call.redirect).toMatch(/\/onboarding$/);
          expect(e && !created.has(e)).toBeTruthy();
          created.add(e!);
        } else {
          expect(call.result?.ok).toBe(false);
        }
        if (e) expect(await usersWith(e)).toBe(created.has(e) ? 1 : 0);
      }),
      { numRuns: RUNS },
    );

    const sessions = async () => (await sql`select count(*)::int as n from sessions`)[0].n;
    const callbackUrl = fc.oneof(
      nastyString,
      fc.constantFrom(
        "/dashboard",
        "//evil.example",
        "https://evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
      ),
    );
    await fc.assert(
      fc.asyncProperty(form({ email, password, callbackUrl }), async (payload) => {
        const before = await sessions();
        const call = await callAction(request, logIn, payload, freshClient());
        expect(call.status).toBe(200);
        const p = payload as { email?: unknown; password?: unknown };
        if (call.redirect) {
          // Only the right password signs in, and only to a path on this site.
          expect(normalised(p.email)).toBe("owner@example.com");
          expect(p.password).toBe(PASSWORD);
          expect(new URL(call.redirect, app.baseURL).origin).toBe(app.baseURL);
          expect(await sessions()).toBe(before + 1);
        } else {
          expect(call.result?.ok).toBe(false);
          expect(await sessions()).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );

    // Auth.js's own endpoints: anything from anyone is answered, never with a 500.
    const path = fc.oneof(
      fc.constantFrom(
        "session",
        "csrf",
        "providers",
        "signin",
        "signout",
        "callback/credentials",
        "error",
        "verify-request",
      ),
      nastyString.map((s) => encodeURIComponent(s.toWellFormed())),
    );
    const fields = fc.dictionary(
      fc.constantFrom("email", "password", "csrfToken", "callbackUrl", "json"),
      nastyString,
      { maxKeys: 5 },
    );
    await fc.assert(
      fc.asyncProperty(path, fc.constantFrom("GET", "POST"), fields, async (p, method, body) => {
        const url = `/api/auth/${p}`;
        const response =
          method === "GET"
            ? await request.get(url, { maxRedirects: 0, headers: freshClient() })
            : await request.post(url, { form: body, maxRedirects: 0, headers: freshClient() });
        expect(response.status(), `${method} ${url}`).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
    await app.stop();
    await database.remove();
  }
});
