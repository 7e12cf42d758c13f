import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { addSkill, expect, signUp, test } from "./fixtures";

// WCAG 2.0, 2.1 and 2.2, levels A and AA. Nothing is excluded: what axe finds is fixed in the components.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * Scans the page as it is in the light and then the dark theme. Reduced motion switches colour
 * transitions off (globals.css), so the scan never samples a colour half-way between themes.
 */
async function expectNoViolations(page: Page, what: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const found = violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
    expect(found, `${what}, ${colorScheme} theme`).toEqual([]);
  }
}

/** The header fills in from the session in the browser; scan once it has. */
async function visit(page: Page, path: string, signedIn: boolean) {
  await page.goto(path);
  await expect(page.locator("nav[data-session]")).toHaveAttribute(
    "data-session",
    signedIn ? "signed-in" : "signed-out",
  );
}

test("public pages, a 404 and form errors have no violations", async ({ page }) => {
  // axe takes seconds per page and theme on 2 cores; /roles holds ~800 elements.
  test.setTimeout(180_000);
  for (const path of ["/", "/roles", "/roles/backend-developer", "/login", "/signup", "/no-such-page"]) {
    await visit(page, path, false);
    await expectNoViolations(page, path);
  }
  expect((await page.goto("/roles/no-such-role"))?.status()).toBe(404);
  await expectNoViolations(page, "an unknown role");

  await page.goto("/roles?q=zzzz");
  await expect(page.getByText("No role matches these filters.")).toBeVisible();
  await expectNoViolations(page, "/roles with no match");

  await visit(page, "/signup", false);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expectNoViolations(page, "/signup with errors");
});

test("onboarding, the dashboard and the profile have no violations", async ({ page, email }) => {
  test.setTimeout(90_000);
  await signUp(page, email);
  await expect(page.getByRole("heading", { name: "What do you do?" })).toBeVisible();
  await expectNoViolations(page, "/onboarding, step 1");

  await page.getByRole("combobox", { name: "Current role" }).fill("backend");
  await expect(page.getByRole("option", { name: /Backend Developer/ })).toBeVisible();
  await expectNoViolations(page, "/onboarding with the role list open");
  await page.getByRole("option", { name: /Backend Developer/ }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Add your first skills" })).toBeVisible();
  await expectNoViolations(page, "/onboarding, step 2");

  await visit(page, "/dashboard", true);
  await expect(page.getByRole("heading", { name: "No skills yet" })).toBeVisible();
  await expectNoViolations(page, "/dashboard without skills");

  await visit(page, "/profile", true);
  await addSkill(page, "golang", /^Go\b/, "4");
  await expect(page.getByRole("status").filter({ hasText: "Added Go at level 4." })).toBeVisible();
  await expectNoViolations(page, "/profile with a toast");
  await page.getByLabel("Level of Go").selectOption("5");
  await expect(page.getByRole("status").filter({ hasText: "Saved Go at level 5 (Expert)." })).toBeVisible();

  await visit(page, "/dashboard", true);
  await page.getByText("How is this computed?").first().click();
  await expectNoViolations(page, "/dashboard with skills");
  await visit(page, "/dashboard/target", true);
  await expect(page.getByRole("heading", { name: "No target role yet" })).toBeVisible();
  await expectNoViolations(page, "/dashboard/target without a target");
});

test("resume, progress and settings have no violations", async ({ page, email }) => {
  test.setTimeout(90_000);
  await signUp(page, email);
  await page.getByRole("combobox", { name: "Current role" }).fill("backend");
  await page.getByRole("option", { name: /Backend Developer/ }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Add your first skills" })).toBeVisible();

  await visit(page, "/resume", true);
  await expectNoViolations(page, "/resume without a result");
  await page
    .getByLabel("Or paste your resume")
    .fill("Backend developer: Go, Kubernetes, PostgreSQL and Docker.");
  await page.getByLabel("Job description (optional)").fill("Go, Kafka and Rust.");
  await page.getByRole("button", { name: "Analyse resume" }).click();
  await expect(page.getByRole("heading", { name: "Results" })).toBeVisible();
  await expectNoViolations(page, "/resume with a result");
  await page.getByRole("link", { name: /pasted text/ }).click();
  await expect(page.getByRole("link", { name: "← All resume analyses" })).toBeVisible();
  await expectNoViolations(page, "/resume/[id]");

  await visit(page, "/progress", true);
  await expectNoViolations(page, "/progress");
  await visit(page, "/settings", true);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Tick the box to confirm that you want everything deleted.")).toBeVisible();
  await expectNoViolations(page, "/settings with errors");
});

test("the first Tab reaches a visible skip link that moves focus to the content", async ({ page }) => {
  await visit(page, "/roles", false);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Job title")).toBeFocused();
});

test("on a phone the header menu is a disclosure that closes on Escape and on navigation", async ({
  page,
  email,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await visit(page, "/", false);
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(page.getByRole("link", { name: "Roles", exact: true })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("link", { name: "Roles", exact: true })).toBeVisible();
  await expectNoViolations(page, "the open menu, signed out");
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();

  await signUp(page, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  await menu.click();
  await expect(page.getByRole("group", { name: "Signed in as Ada Lovelace" })).toBeVisible();
  await expectNoViolations(page, "the open menu, signed in");
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("link", { name: "Settings" })).toBeHidden();
});
