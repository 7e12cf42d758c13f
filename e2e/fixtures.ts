import { test as base, expect, type Page } from "@playwright/test";

let counter = 0;

/** Each test is its own client (rate limits are per client) and gets a fresh email. */
export const test = base.extend<{ email: string }>({
  extraHTTPHeaders: async ({}, provide, info) => {
    await provide({
      "x-forwarded-for": `10.${info.workerIndex}.${Math.floor(counter / 250)}.${++counter % 250}`,
    });
  },
  email: async ({}, provide, info) => {
    await provide(
      `user-${info.workerIndex}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`,
    );
  },
});

export { expect };

export const PASSWORD = "correct horse battery staple";

export async function signUp(page: Page, email: string, name = "Ada Lovelace", password = PASSWORD) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs up and completes onboarding with a role and catalog skills picked through the autocomplete. */
export async function onboard(
  page: Page,
  email: string,
  role: string,
  skills: [typed: string, option: RegExp, level: string][],
) {
  await signUp(page, email);
  await page.getByRole("combobox", { name: "Current role" }).fill(role);
  await page
    .getByRole("option", { name: new RegExp(role, "i") })
    .first()
    .click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Add your first skills" })).toBeVisible();
  for (const [i, [typed, option, level]] of skills.entries()) {
    await addSkill(page, typed, option, level);
    // The list, not the "Added …" toast: an earlier toast may still be showing.
    await expect(page.getByRole("list", { name: "Your skills" }).getByRole("listitem")).toHaveCount(i + 1);
  }
}

export async function addSkill(page: Page, typed: string, option: RegExp, level: string) {
  await page.getByRole("combobox", { name: "Skill" }).fill(typed);
  await page.getByRole("option", { name: option }).first().click();
  await page.getByLabel("Level", { exact: true }).selectOption(level);
  await page.getByRole("button", { name: "Add skill" }).click();
}
