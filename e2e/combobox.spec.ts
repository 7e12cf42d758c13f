import type { Locator, Page } from "@playwright/test";
import { expect, signUp, test } from "./fixtures";

// The role combobox of onboarding: its options are the catalog's roles matching every typed word, at most 12.

/** The option aria-activedescendant points at (the active one; focus stays in the input). */
async function activeOption(page: Page, input: Locator): Promise<Locator> {
  const id = await input.getAttribute("aria-activedescendant");
  expect(id, "an active option").toBeTruthy();
  return page.locator(`[id="${id}"]`);
}

async function expectActive(page: Page, input: Locator, option: Locator) {
  await expect
    .poll(async () =>
      (await activeOption(page, input)).evaluate(
        (el, expected) => el === expected,
        await option.elementHandle(),
      ),
    )
    .toBe(true);
}

/** Wholly inside the listbox's visible box (scrolled into view). */
async function expectInView(option: Locator, listbox: Locator) {
  await expect
    .poll(async () => {
      const [o, l] = [await option.boundingBox(), await listbox.boundingBox()];
      return !!o && !!l && o.y >= l.y - 1 && o.y + o.height <= l.y + l.height + 1;
    })
    .toBe(true);
}

test.beforeEach(async ({ page, email }) => {
  await signUp(page, email);
  await expect(page.getByRole("heading", { name: "What do you do?" })).toBeVisible();
});

test("arrows, Home and End move the active option and keep it in view; Enter chooses", async ({ page }) => {
  const input = page.getByRole("combobox", { name: "Current role" });
  const listbox = page.getByRole("listbox", { name: "Current role" });
  await input.fill("e");
  await expect(listbox).toBeVisible();
  await expect(input).toHaveAttribute("aria-expanded", "true");
  const options = listbox.getByRole("option");
  const count = await options.count();
  expect(count, "a list long enough to scroll").toBeGreaterThanOrEqual(8);
  expect(await listbox.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);

  // Typing makes the first option active; Down and Up move by one.
  await expectActive(page, input, options.first());
  await input.press("ArrowDown");
  await expectActive(page, input, options.nth(1));
  await input.press("ArrowDown");
  await expectActive(page, input, options.nth(2));
  await input.press("ArrowUp");
  await expectActive(page, input, options.nth(1));

  // End and Home jump to the last and the first, each scrolled into the listbox's view.
  await input.press("End");
  await expectActive(page, input, options.last());
  await expectInView(options.last(), listbox);
  expect(await listbox.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await input.press("Home");
  await expectActive(page, input, options.first());
  await expectInView(options.first(), listbox);
  expect(await listbox.evaluate((el) => el.scrollTop)).toBe(0);

  // Walking down one by one keeps every active option in view.
  for (let i = 1; i < count; i++) {
    await input.press("ArrowDown");
    await expectActive(page, input, options.nth(i));
    await expectInView(options.nth(i), listbox);
  }

  // Enter chooses the active option: its name fills the input and the list closes.
  await input.press("Home");
  await input.press("ArrowDown");
  const name = (await options.nth(1).locator("span").first().textContent())!;
  await input.press("Enter");
  await expect(listbox).toBeHidden();
  await expect(input).toHaveAttribute("aria-expanded", "false");
  await expect(input).toHaveValue(name);
  await expect(input).toBeFocused();

  // Opened again, the list shows the chosen role as selected.
  await input.press("ArrowDown");
  await expect(listbox).toBeVisible();
  await expect(listbox.getByRole("option", { selected: true })).toHaveText(new RegExp(`^${name}`));

  // The form takes it: Continue goes on to the skills.
  await input.press("Escape");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Add your first skills" })).toBeVisible();
});

test("Escape closes the list and keeps the text", async ({ page }) => {
  const input = page.getByRole("combobox", { name: "Current role" });
  const listbox = page.getByRole("listbox", { name: "Current role" });
  await input.fill("developer");
  await expect(listbox).toBeVisible();
  await input.press("Escape");
  await expect(listbox).toBeHidden();
  await expect(input).toHaveAttribute("aria-expanded", "false");
  await expect(input).not.toHaveAttribute("aria-activedescendant");
  await expect(input).toHaveValue("developer");
  await expect(input).toBeFocused();
  // Down opens it again.
  await input.press("ArrowDown");
  await expect(listbox).toBeVisible();
});

test("with no match the list stays closed and says so; keys there do no harm", async ({ page }) => {
  const input = page.getByRole("combobox", { name: "Current role" });
  const listbox = page.getByRole("listbox", { name: "Current role" });
  await input.fill("zzzz");
  await expect(page.getByRole("status").filter({ hasText: "No matches" })).toBeVisible();
  await expect(listbox).toBeHidden();
  await expect(input).toHaveAttribute("aria-expanded", "false");

  for (const key of ["ArrowDown", "ArrowUp", "Home", "End", "ArrowDown"]) await input.press(key);
  await expect(input).not.toHaveAttribute("aria-activedescendant");
  await expect(input).toHaveValue("zzzz");
  await expect(page.getByRole("status").filter({ hasText: "No matches" })).toBeVisible();
  // Enter with nothing to choose submits the form, which asks for a role.
  await input.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Choose an entry from the list." })).toBeVisible();

  // Typing something that matches brings the options back, and they work.
  await input.fill("backend");
  await expect(page.getByText("No matches")).toBeHidden();
  await expect(listbox.getByRole("option", { name: /Backend Developer/ })).toBeVisible();
  await input.press("Enter");
  await expect(input).toHaveValue("Backend Developer");
});

test("the skill combobox searches the server, pointer and keyboard alike", async ({ page }) => {
  await page.getByRole("combobox", { name: "Current role" }).fill("backend");
  await page.getByRole("option", { name: /Backend Developer/ }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  const input = page.getByRole("combobox", { name: "Skill" });
  await input.fill("k8s");
  const listbox = page.getByRole("listbox", { name: "Skill" });
  await expect(listbox.getByRole("option", { name: /^Kubernetes/ })).toBeVisible();
  // The last option offers the typed text as a custom skill; End reaches it.
  await input.press("End");
  await expectActive(page, input, listbox.getByRole("option", { name: /as a custom skill/ }));
  await input.press("Home");
  await expectActive(page, input, listbox.getByRole("option", { name: /^Kubernetes/ }));
  await input.press("Enter");
  await expect(input).toHaveValue("Kubernetes");
  await expect(listbox).toBeHidden();
});
