import { expect, PASSWORD, signIn, signUp, test } from "./fixtures";

test("a new user signs up, signs out and signs back in", async ({ page, email }) => {
  await signUp(page, email, "Grace Hopper");
  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByLabel("Signed in as Grace Hopper")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);

  await signIn(page, email);
  // Signed in, back at the page asked for; with no role yet the dashboard sends them to set one up.
  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByLabel("Signed in as Grace Hopper")).toBeVisible();
});

test("a wrong password gets one generic message and no session", async ({ page, email }) => {
  await signUp(page, email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/login");
  await signIn(page, email, "not the right password");
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await page.goto("/login");
  await signIn(page, "nobody-here@example.com", PASSWORD);
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("signing up twice with one email says the account exists", async ({ page, browser, email }) => {
  await signUp(page, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  const other = await browser.newPage({ extraHTTPHeaders: { "x-forwarded-for": "10.200.0.1" } });
  await signUp(other, email.toUpperCase(), "Someone Else");
  await expect(other.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
  await expect(other.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await other.close();
});

test("a common password is refused with a clear message, next to the field", async ({ page, email }) => {
  await signUp(page, email, "Ada", "password123");
  await expect(
    page.getByText("This password is one of the most common and easy to guess. Choose another."),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/signup$/);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
});

test("a protected page sends a visitor to sign in and back again", async ({ page, email }) => {
  await signUp(page, email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/profile?tab=skills");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fprofile%3Ftab%3Dskills/);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/profile\?tab=skills$/);
});

test("a double click while the form's check is still loading signs in once", async ({ page, email }) => {
  await signUp(page, email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/login");
  // The schema loads on first use: held back here, as on a slow connection.
  await page.route("**/_next/static/chunks/**", async (route) => {
    await new Promise((r) => setTimeout(r, 1_500));
    await route.continue();
  });
  const actions: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) actions.push(r.url());
  });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the right password");
  const submit = page.getByRole("button", { name: "Sign in" });
  await submit.click();
  await expect(submit).toHaveAttribute("aria-busy", "true");
  // Forced: Playwright would wait for a busy (aria-disabled) button to be enabled; a person does not.
  await submit.click({ force: true });
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  expect(actions).toHaveLength(1);
});
