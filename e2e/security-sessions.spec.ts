import type { Page } from "@playwright/test";
import { expect, PASSWORD, signIn, signUp, test } from "./fixtures";
import { captureAction, replayAction } from "./support/server-action";

const passwordOf = (n: number) => "Zq7!".repeat(40).slice(0, n);

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

for (const n of [8, 64, 128]) {
  test(`a password of ${n} characters works`, async ({ page, email }) => {
    await signUp(page, email, "Ada Lovelace", passwordOf(n));
    await expect(page).toHaveURL(/\/onboarding$/);
    await signOut(page);
    await page.goto("/login");
    await signIn(page, email, passwordOf(n));
    await expect(page.getByLabel("Signed in as Ada Lovelace")).toBeVisible();
  });
}

test("a password of 129 characters is refused", async ({ page, email }) => {
  await signUp(page, email, "Ada Lovelace", passwordOf(129));
  await expect(page.getByText("Use at most 128 characters.")).toBeVisible();
  await expect(page).toHaveURL(/\/signup$/);
});

test("an 80-character password does not work with only its first 72 characters", async ({ page, email }) => {
  await signUp(page, email, "Ada Lovelace", passwordOf(80));
  await expect(page).toHaveURL(/\/onboarding$/);
  await signOut(page);
  await page.goto("/login");
  await signIn(page, email, passwordOf(80).slice(0, 72));
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await page.goto("/login");
  await signIn(page, email, passwordOf(80));
  await expect(page.getByLabel("Signed in as Ada Lovelace")).toBeVisible();
});

test("a session cookie copied before sign-out is refused after it", async ({
  page,
  browser,
  context,
  email,
}) => {
  await signUp(page, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  const thief = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.211.0.1" } });
  await thief.addCookies(await context.cookies());
  const stolen = await thief.newPage();
  await stolen.goto("/settings");
  await expect(stolen.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();

  await signOut(page);

  await stolen.goto("/settings");
  await expect(stolen).toHaveURL(/\/login\?callbackUrl=%2Fsettings/);
  expect(await (await stolen.request.get("/api/auth/session")).json()).toBeNull();
  await thief.close();
});

test("settings lists where you are signed in, and “Sign out everywhere” ends every session", async ({
  page,
  browser,
  email,
}) => {
  await signUp(page, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  const laptop = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.212.0.1" } });
  const other = await laptop.newPage();
  await other.goto("/login");
  await signIn(other, email);
  await expect(other.getByLabel("Signed in as Ada Lovelace")).toBeVisible();

  await page.goto("/settings");
  const sessions = page.getByRole("region", { name: "Where you are signed in" });
  await expect(sessions.getByRole("row")).toHaveCount(3);
  await expect(sessions.getByRole("row").filter({ hasText: "(this browser)" })).toHaveCount(1);
  await expect(sessions.getByRole("row").filter({ hasText: "Chrome on" })).toHaveCount(2);

  await sessions.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings/);
  await other.goto("/settings");
  await expect(other).toHaveURL(/\/login\?callbackUrl=%2Fsettings/);
  await laptop.close();
});

test("50 wrong sign-ins in a minute from one client are throttled, and the owner still signs in from elsewhere", async ({
  page,
  browser,
  email,
}) => {
  await signUp(page, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  await signOut(page);

  const attacker = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.213.0.1" } });
  const attack = await attacker.newPage();
  await attack.goto("/login");
  const action = await captureAction(attack, () => signIn(attack, email, "guess number 0"), {
    request: "abort",
  });
  const answers: string[] = [];
  for (let i = 1; i <= 50; i++) {
    const response = await replayAction(attack, action, {
      args: [{ email, password: `guess number ${i}`, callbackUrl: "/dashboard" }],
    });
    const body = await response.text();
    answers.push(
      body.includes("Too many sign-in attempts")
        ? "throttled"
        : body.includes("Wrong email or password.")
          ? "wrong"
          : body,
    );
  }
  expect(answers.filter((a) => a === "wrong").length).toBeLessThanOrEqual(10);
  expect(answers.slice(10)).toEqual(Array(40).fill("throttled"));
  // Throttled means throttled: even the right password gets no session from that client now.
  const right = await replayAction(attack, action, {
    args: [{ email, password: PASSWORD, callbackUrl: "/dashboard" }],
  });
  expect(await right.text()).toContain("Too many sign-in attempts");
  expect(await (await attack.request.get("/api/auth/session")).json()).toBeNull();
  await attacker.close();

  await page.goto("/login");
  await signIn(page, email);
  await expect(page.getByLabel("Signed in as Ada Lovelace")).toBeVisible();
});
