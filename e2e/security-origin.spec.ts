import { expect, signIn, signUp, test } from "./fixtures";
import { captureAction, replayAction } from "./server-action";

const FOREIGN = ["https://evil.example", "null"];

test("a server action posted from another origin, or from an opaque one, is refused and changes nothing", async ({ page, email }) => {
  await page.goto("/signup");
  const action = await captureAction(page, async () => {
    await page.getByLabel("Name").fill("Mallory's Victim");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("violet tractor sings at noon");
    await page.getByRole("button", { name: "Create account" }).click();
  });
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

test("mutating route handlers refuse another origin and an opaque one, even with a valid session", async ({ page, email, baseURL }) => {
  await signUp(page, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  const upload = (origin: string) =>
    page.request.post("/api/resume/analyses", { headers: { origin }, multipart: { text: "Python, SQL and Kubernetes for five years.", jobDescription: "" } });
  for (const origin of FOREIGN) {
    const response = await upload(origin);
    expect(response.status(), origin).toBe(403);
    expect(await response.json()).toEqual({ error: "Cross-site requests are not allowed." });
    expect((await page.request.post("/api/auth/signout", { headers: { origin }, form: {} })).status(), origin).toBe(403);
  }
  expect((await upload(baseURL!)).status()).toBe(200);
  // Still signed in: the refused sign-out did nothing.
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
});
