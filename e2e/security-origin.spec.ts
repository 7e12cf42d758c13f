import { expect, signIn, signUp, test } from "./fixtures";
import { captureAction, replayAction } from "./support/server-action";

const FOREIGN = ["https://evil.example", "null"];

test("a server action posted from another origin, or from an opaque one, is refused and changes nothing", async ({
  page,
  email,
}) => {
  await page.goto("/signup");
  const action = await captureAction(
    page,
    async () => {
      await page.getByLabel("Name").fill("Mallory's Victim");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("violet tractor sings at noon");
      await page.getByRole("button", { name: "Create account" }).click();
    },
    { request: "abort" },
  );
  for (const origin of FOREIGN) {
    const response = await replayAction(page, action, { headers: { origin } });
    expect(response.status(), origin).toBe(500);
  }
  // No account was made.
  await page.goto("/login");
  await signIn(page, email, "violet tractor sings at noon");
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();

  // The very same request from the app's own origin does create it: only Origin made the difference.
  const same = await replayAction(page, action);
  expect(same.status()).toBe(200);
  expect(same.headers()["x-action-redirect"]).toMatch(/\/onboarding(;|$)/);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
});

test("mutating route handlers refuse another origin and an opaque one, even with a valid session", async ({
  page,
  email,
  baseURL,
}) => {
  await signUp(page, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  const upload = (origin: string) =>
    page.request.post("/api/resume/analyses", {
      headers: { origin },
      multipart: { text: "Python, SQL and Kubernetes for five years.", jobDescription: "" },
    });
  for (const origin of FOREIGN) {
    const response = await upload(origin);
    expect(response.status(), origin).toBe(403);
    expect(await response.json()).toEqual({ error: "Cross-site requests are not allowed." });
    expect(
      (await page.request.post("/api/auth/signout", { headers: { origin }, form: {} })).status(),
      origin,
    ).toBe(403);
  }
  expect((await upload(baseURL!)).status()).toBe(200);
  // Still signed in: the refused sign-out did nothing.
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
});

test("resume analysis and import work when the app is opened at 127.0.0.1, not only at localhost", async ({
  browser,
  baseURL,
}) => {
  const numeric = baseURL!.replace("localhost", "127.0.0.1");
  const context = await browser.newContext({
    baseURL: numeric,
    extraHTTPHeaders: { "x-forwarded-for": `10.250.0.${Date.now() % 250}` },
  });
  const page = await context.newPage();
  await signUp(page, `numeric-${Date.now()}@example.com`);
  await expect(page).toHaveURL(/\/onboarding$/);

  await page.goto("/resume");
  await page.getByLabel("Or paste your resume").fill("Python, SQL and Kubernetes for five years.");
  await page.getByRole("button", { name: "Analyse resume" }).click();
  await expect(page.getByText("Cross-site requests are not allowed.")).toHaveCount(0);
  await expect(
    page
      .getByLabel("Your resume with found keywords highlighted")
      .locator("mark", { hasText: /^Kubernetes$/ }),
  ).toBeVisible();

  await page.goto("/settings");
  const importer = page.getByRole("region", { name: "Import a profile" });
  const file = {
    version: 1,
    exportedAt: "2026-01-01T00:00:00Z",
    profile: null,
    skills: [{ name: "Go", skillSlug: "go", customName: null, level: 3, yearsUsed: null }],
    resumeAnalyses: [],
    skillEvents: [],
    snapshots: [],
  };
  await importer.getByLabel("Exported JSON file").setInputFiles({
    name: "export.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await importer.getByRole("button", { name: "Import" }).click();
  await expect(importer.getByRole("status")).toHaveText(/^Imported: 1 skills added/);

  // Another origin is still refused at this address too.
  const foreign = await page.request.post("/api/import", {
    headers: { origin: "http://localhost.evil.example" },
    data: file,
  });
  expect(foreign.status()).toBe(403);
  await context.close();
});

test("sign-in never redirects off the app, and odd callback URLs never cause a server error", async ({
  page,
  email,
  baseURL,
}) => {
  await signUp(page, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  const payloads = [
    "/\t/evil.example",
    "/\t\\evil.example",
    "//evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "/\r\n/evil.example",
    "/dashboard%0d%0aSet-Cookie:x=1",
    "/rôles/ünïcode",
    "/\u0000",
  ];
  const origin = new URL(baseURL!).origin;
  for (const payload of payloads) {
    // Signed in, the sign-in page sends the visitor straight on: to where?
    const response = await page.request.get(`/login?callbackUrl=${encodeURIComponent(payload)}`, {
      maxRedirects: 0,
    });
    expect(response.status(), payload).toBeLessThan(500);
    expect(new URL(response.headers().location ?? "/", baseURL).origin, payload).toBe(origin);
  }
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/\t/evil.example")}`);
  expect(new URL(page.url()).origin).toBe(origin);
  // Signed out, the same payload after signing in also lands on the app's own page.
  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/\t/evil.example")}`);
  await signIn(page, email);
  await expect(page).toHaveURL(new RegExp(`^${baseURL}/(dashboard|onboarding)`));
});
