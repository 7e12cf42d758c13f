import { expect, signUp, test } from "./fixtures";

const STATIC_PAGE = "/roles/backend-developer";
const DYNAMIC_PAGE = "/login";
const API = "/api/v1/roles";

const directive = (policy: string | undefined, name: string) =>
  policy?.split("; ").find((d) => d.startsWith(`${name} `));

test("static pages, dynamic pages and the API all carry the security headers", async ({ request }) => {
  for (const path of [STATIC_PAGE, DYNAMIC_PAGE, API]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    const policy = headers["content-security-policy"];
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"])
      expect(policy, path).toContain(d);
    // Plain http: no HSTS (browsers would ignore it anyway).
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
});

test("behind an https proxy every response carries HSTS", async ({ request }) => {
  for (const path of [STATIC_PAGE, DYNAMIC_PAGE, API]) {
    const response = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers()["strict-transport-security"], path).toBe("max-age=31536000");
  }
});

test("dynamic pages get a fresh nonce on every script, with no inline code allowed otherwise", async ({
  request,
}) => {
  const nonces = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get(DYNAMIC_PAGE);
    const scripts = directive(response.headers()["content-security-policy"], "script-src");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    const nonce = scripts?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    nonces.push(nonce);
    const tags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(3);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("public role reports stay static and cacheable, with a policy that needs no nonce", async ({
  request,
}) => {
  const response = await request.get(STATIC_PAGE);
  expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  expect(directive(response.headers()["content-security-policy"], "script-src")).toBe(
    "script-src 'self' 'unsafe-inline'",
  );
});

test("pages hydrate with no Content-Security-Policy violation, static and dynamic, signed out and in", async ({
  page,
  email,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(message.text()))
      violations.push(message.text());
  });
  // The header's account links are drawn by client code: visible means the page hydrated.
  for (const path of ["/", "/roles", STATIC_PAGE, "/login", "/forgot-password"]) {
    await page.goto(path);
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" }), path).toBeVisible();
  }
  await signUp(page, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  for (const path of ["/settings", STATIC_PAGE, "/profile"]) {
    await page.goto(path);
    await expect(page.getByLabel("Signed in as Ada Lovelace"), path).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test("the session cookie is HttpOnly and SameSite=Lax (Secure and __Secure- behind https: lib/auth/session-cookie.test.ts)", async ({
  page,
  context,
  email,
}) => {
  await signUp(page, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  const session = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ name: "authjs.session-token", httpOnly: true, sameSite: "Lax", path: "/" });
});

test("the data export is never cached", async ({ page, email }) => {
  await signUp(page, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  for (const path of ["/api/export/json", "/api/export/csv"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toBe("no-store");
  }
});
