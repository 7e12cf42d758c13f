// A signed-up, onboarded user with a handful of skills, made through the browser as a person would,
// so the signed-in pages have something to show.
import { chromium, type Browser, type Page } from "@playwright/test";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

const SKILLS: [typed: string, option: RegExp, level: string][] = [
  ["golang", /^Go\b/, "4"],
  ["postgres", /^PostgreSQL/, "4"],
  ["k8s", /^Kubernetes/, "2"],
  ["system design", /^System design/, "3"],
  ["copilot", /Copilot/, "3"],
];

export async function onboardDemoUser(
  page: Page,
  baseUrl: string,
  email = `demo-${Date.now()}@example.com`,
): Promise<void> {
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse battery staple");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/onboarding$/);
  await page.getByRole("combobox", { name: "Current role" }).fill("backend");
  await page
    .getByRole("option", { name: /Backend Developer/ })
    .first()
    .click();
  await page.getByRole("combobox", { name: "Target role (optional)" }).fill("site reliability");
  await page
    .getByRole("option", { name: /Site Reliability Engineer/ })
    .first()
    .click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("heading", { name: "Add your first skills" }).waitFor();
  for (const [i, [typed, option, level]] of SKILLS.entries()) {
    await page.getByRole("combobox", { name: "Skill" }).fill(typed);
    await page.getByRole("option", { name: option }).first().click();
    await page.getByLabel("Level", { exact: true }).selectOption(level);
    await page.getByRole("button", { name: "Add skill" }).click();
    await page.getByRole("list", { name: "Your skills" }).getByRole("listitem").nth(i).waitFor();
  }
}

/** The session cookie as a Cookie header, for tools that cannot share the browser's jar. */
export async function cookieHeader(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}
