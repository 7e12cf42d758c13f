import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, onboard, signUp, test } from "./fixtures";

/** The server runs with SKILLSHIFT_TEST_CLOCK=1: this cookie sets "now" for this browser only. */
const pretendItIs = (page: Page, baseURL: string, iso: string) =>
  page.context().addCookies([{ name: "skillshift-test-now", value: iso, url: baseURL }]);

test("skills on two days make two points; a goal set from a recommendation is completed, marked on the chart, and overdue ones stand out", async ({
  page,
  email,
  baseURL,
}) => {
  const clock = (iso: string) => pretendItIs(page, baseURL!, iso);
  await clock("2026-03-02T10:00:00Z");
  await onboard(page, email, "Backend Developer", [["k8s", /^Kubernetes/, "3"]]);

  await clock("2026-03-20T10:00:00Z");
  await page.goto("/dashboard");
  const skills = page.getByRole("region", { name: "Skills to learn" }).first();
  const first = skills.getByRole("button", { name: /^Set a goal for / }).first();
  const name = (await first.textContent())!.replace("Set a goal for ", "").trim();
  await first.click();
  await skills.getByLabel(`Due date for ${name}`).fill("2026-04-15");
  await skills.getByRole("button", { name: "Save goal" }).click();
  await expect(
    skills.getByRole("status").filter({ hasText: `Goal set: Reach ${name} at level 3` }),
  ).toBeVisible();

  await page.goto("/progress");
  const goals = page.getByRole("region", { name: "Goals" });
  await expect(goals.getByText("Due in 26 days (2026-04-15)")).toBeVisible();
  await goals.getByRole("button", { name: `Mark done: Reach ${name} at level 3 (Working)` }).click();
  await expect(goals.getByText("Done on 2026-03-20")).toBeVisible();
  await expect(
    page.getByRole("img", { name: /^2 days of history, 1 goal completed\. Resilience is now/ }),
  ).toBeVisible();
  await page.getByText("Show the figures as a table").click();
  await expect(page.getByRole("table", { name: "Daily figures" }).getByRole("row")).toHaveCount(3);

  const since = page.getByRole("region", { name: /^Since / });
  await since.getByLabel("Since").fill("2026-03-10");
  await since.getByRole("button", { name: "Compare" }).click();
  const summary = page.getByRole("region", { name: "Since 2026-03-10" });
  await expect(summary.getByText(`Added ${name} at level 3`)).toBeVisible();
  await expect(summary.getByText("Added Kubernetes at level 3")).toHaveCount(0);

  // A goal by hand, then a month later it is overdue on the dashboard.
  await goals.getByLabel("New goal").fill("Write a design doc for the billing service");
  await goals.getByLabel("Due date").fill("2026-04-01");
  await goals.getByRole("button", { name: "Add goal" }).click();
  await expect(goals.getByText("Write a design doc for the billing service", { exact: true })).toBeVisible();
  await clock("2026-05-01T10:00:00Z");
  await page.goto("/dashboard");
  const mine = page.getByRole("region", { name: "Your goals" });
  await expect(mine.getByText("1 overdue")).toBeVisible();
  await expect(mine.getByText("Overdue by 30 days (2026-04-01)")).toBeVisible();
});

test("an exported profile imports into a new account with its skills, goals and history; a wrong file imports nothing", async ({
  page,
  email,
  baseURL,
}) => {
  const clock = (iso: string) => pretendItIs(page, baseURL!, iso);
  await clock("2026-02-01T09:00:00Z");
  await onboard(page, email, "Backend Developer", [
    ["k8s", /^Kubernetes/, "4"],
    ["golang", /^Go\b/, "2"],
  ]);
  await page.goto("/progress");
  await page.getByLabel("New goal").fill("Run a game day");
  await page.getByLabel("Due date").fill("2026-03-01");
  await page.getByRole("button", { name: "Add goal" }).click();
  await expect(
    page.getByRole("region", { name: "Goals" }).getByText("Run a game day", { exact: true }),
  ).toBeVisible();

  await page.goto("/settings");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download everything (JSON)" }).click();
  const file = await (await download).path();
  expect(JSON.parse(await readFile(file, "utf8")).goals).toEqual([
    expect.objectContaining({ title: "Run a game day", dueOn: "2026-03-01" }),
  ]);

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await signUp(page, `new-${email}`);
  await expect(page).toHaveURL(/\/onboarding/);
  await page.goto("/settings");
  const importer = page.getByRole("region", { name: "Import a profile" });
  await importer.getByLabel("Exported JSON file").setInputFiles({
    name: "notes.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"version":2}'),
  });
  await importer.getByRole("button", { name: "Import" }).click();
  await expect(importer.getByRole("alert")).toContainText("Nothing was imported");

  await importer.getByLabel("Exported JSON file").setInputFiles(file);
  await importer.getByRole("button", { name: "Import" }).click();
  await expect(importer.getByRole("status")).toHaveText(
    /^Imported: 2 skills added, 0 raised, 1 goals, 2 history events, 1 daily snapshots/,
  );

  await page.goto("/profile");
  await expect(page.getByText("Kubernetes", { exact: true })).toBeVisible();
  await page.goto("/progress");
  await expect(
    page.getByRole("region", { name: "Goals" }).getByText("Run a game day", { exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: /^1 day of history/ })).toBeVisible();
});
