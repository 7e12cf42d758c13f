import type { Page } from "@playwright/test";
import { expect, PASSWORD, signIn, signUp, test } from "./fixtures";

const NEW_PASSWORD = "purple elephant riding bicycles";
const SAME_ANSWER =
  /If an account exists for .+, we have sent it a link to choose a new password\. The link works once, for 10 minutes\./;

async function askForReset(page: Page, address: string) {
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").fill(address);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: SAME_ANSWER })).toBeVisible();
}

/** The reset link from the development outbox (the email is sent just after the answer). */
async function resetLink(page: Page, address: string): Promise<string> {
  const email = page.getByRole("article", { name: `Email to ${address}: Reset your SkillShift password` });
  await expect(async () => {
    await page.goto("/dev/outbox");
    await expect(email.first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  return (await email
    .first()
    .getByRole("link", { name: /\/reset-password\?token=/ })
    .getAttribute("href"))!;
}

test("a forgotten password is reset by an emailed link that works once, and every session ends", async ({
  page,
  browser,
  email,
}) => {
  await signUp(page, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  const phone = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.220.0.1" } });
  const phonePage = await phone.newPage();
  await phonePage.goto("/login");
  await signIn(phonePage, email);
  await expect(phonePage.getByLabel("Signed in as Ada Lovelace")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await askForReset(page, email);
  const link = await resetLink(page, email);
  expect(new URL(link).searchParams.get("token")).toMatch(/^[A-Za-z0-9_-]{43}$/);

  await page.goto(link);
  await page.getByLabel("New password").fill("password123");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(
    page.getByText("This password is one of the most common and easy to guess. Choose another."),
  ).toBeVisible();
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/login\?reset=done$/);
  await expect(page.getByRole("status").filter({ hasText: "every device was signed out" })).toBeVisible();

  // The phone was signed out; the old password is gone; the new one works.
  await phonePage.goto("/settings");
  await expect(phonePage).toHaveURL(/\/login\?callbackUrl=%2Fsettings/);
  await phone.close();
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await page.goto("/login");
  await signIn(page, email, NEW_PASSWORD);
  await expect(page.getByLabel("Signed in as Ada Lovelace")).toBeVisible();

  // The link does not work twice.
  await page.goto(link);
  await expect(page.getByText("This reset link has expired or was already used.")).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);
});

test("asking for an address with no account gets the same answer and sends nothing", async ({
  page,
  email,
}) => {
  const nobody = `nobody-${email}`;
  await askForReset(page, nobody);
  await signUp(page, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await askForReset(page, email);
  // Once the real account's email is there, the earlier request has long been handled: it sent nothing.
  await resetLink(page, email);
  await expect(
    page.getByRole("article", { name: new RegExp(`Email to ${nobody.replace(/[.+]/g, "\\$&")}`) }),
  ).toHaveCount(0);
});

test("a made-up or truncated token is refused", async ({ page }) => {
  for (const token of ["", "not-a-token", "A".repeat(43)]) {
    await page.goto(`/reset-password?token=${token}`);
    await expect(page.getByText("This reset link has expired or was already used.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Ask for a new link" })).toBeVisible();
  }
});
