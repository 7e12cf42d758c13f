import { addSkill, expect, signUp, test } from "./fixtures";

const percentOf = (text: string | null) => Number(text?.replace("%", ""));

test("a new user picks a role, adds five skills and acts on the top recommendation", async ({
  page,
  email,
}) => {
  await signUp(page, email, "Linus");
  await expect(page).toHaveURL(/\/onboarding$/);

  await page.getByRole("combobox", { name: "Current role" }).fill("backend");
  await page.getByRole("option", { name: /Backend Developer/ }).click();
  await page.getByLabel("Years of experience").fill("4");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Add your first skills" })).toBeVisible();

  let added = 0;
  const add = async (typed: string, pick: RegExp, level: string) => {
    await addSkill(page, typed, pick, level);
    await expect(page.getByRole("status").filter({ hasText: `at level ${level}.` })).toBeVisible();
    await expect(page.getByRole("list", { name: "Your skills" }).getByRole("listitem")).toHaveCount(++added);
  };
  await add("k8s", /^Kubernetes/, "2");
  await add("golang", /^Go\b/, "4");
  await add("postgres", /^PostgreSQL/, "4");
  await add("REST", /^REST API/, "5");
  await add("sql", /^SQL\b/, "4");
  await expect(page.getByRole("list", { name: "Your skills" }).getByRole("listitem")).toHaveCount(5);

  await page.getByRole("link", { name: "See my analysis" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.locator('[data-figure="E"]').first()).toHaveText("5.0");
  await expect(page.locator('[data-figure="P"]').first()).toHaveText(/^\d\.\d$/);
  await expect(page.locator('[data-figure="R"]').first()).toHaveText(/%$/);
  await expect(page.locator('[data-figure="A"]').first()).toHaveText(/%$/);

  const skills = page.getByRole("region", { name: "Skills to learn" }).first();
  const top = skills.getByRole("listitem").first();
  const stated = await top
    .getByText(/^Resilience .* → /)
    .locator("strong")
    .textContent();
  const before = percentOf(await page.locator('[data-figure="R"]').first().textContent());
  expect(percentOf(stated)).toBeGreaterThan(before);
  await top.getByRole("button", { name: /^(Add|Raise) .* at level 3$/ }).click();
  await expect(page.locator('[data-figure="R"]').first()).toHaveText(stated!);
});

test("every figure opens down to its tasks", async ({ page, email }) => {
  await signUp(page, email);
  await page.getByRole("combobox", { name: "Current role" }).fill("registered nurse");
  await page.getByRole("option", { name: /Registered Nurse/ }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("link", { name: "Skip for now" }).click();
  await expect(page.getByRole("heading", { name: "No skills yet" })).toBeVisible();
  await expect(page.locator('[data-figure="P"]').first()).toHaveText("—");
  await page.getByText("How is this computed?").first().click();
  await expect(page.getByText(/^E = 10 × Σ share × exposure/)).toBeVisible();

  await page.goto("/dashboard/target");
  await expect(page.getByRole("heading", { name: "No target role yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Choose a target role" })).toHaveAttribute("href", "/profile");
});

test("the target role is summed up on the dashboard and analysed in full on its own page", async ({
  page,
  email,
}) => {
  await signUp(page, email);
  await page.getByRole("combobox", { name: "Current role" }).fill("backend");
  await page.getByRole("option", { name: /Backend Developer/ }).click();
  await page.getByRole("combobox", { name: "Target role (optional)" }).fill("cloud architect");
  await page.getByRole("option", { name: /Cloud Architect/ }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await addSkill(page, "postgres", /^PostgreSQL/, "4");
  await expect(page.getByRole("status").filter({ hasText: "at level 4." })).toBeVisible();
  await page.getByRole("link", { name: "See my analysis" }).click();

  const target = page.getByRole("region", { name: "Your target: Cloud Architect" });
  await expect(target.getByText("Role exposure (E)")).toBeVisible();
  await expect(target.getByRole("list", { name: /^Tasks of/ })).toHaveCount(0);
  await target.getByRole("link", { name: "Your full analysis as Cloud Architect" }).click();

  await expect(page).toHaveURL(/\/dashboard\/target$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your target: Cloud Architect" })).toBeVisible();
  await expect(
    page
      .getByRole("list", { name: "Tasks of Cloud Architect with your coverage" })
      .getByRole("listitem")
      .first(),
  ).toBeVisible();
  const top = page
    .getByRole("region", { name: /^Skills to learn/ })
    .getByRole("listitem")
    .first();
  const stated = await top
    .getByText(/^Resilience .* → /)
    .locator("strong")
    .textContent();
  await top.getByRole("button", { name: /^(Add|Raise) .* at level 3$/ }).click();
  await expect(page.locator('[data-figure="R"]')).toHaveText(stated!);
  await page.getByRole("link", { name: "← Your analysis as Backend Developer" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});
