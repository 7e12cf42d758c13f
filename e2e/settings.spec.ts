import { readFile } from "node:fs/promises";
import { expect, onboard, PASSWORD, signIn, signUp, test } from "./fixtures";

const NEW_PASSWORD = "purple elephant riding bicycles";

test("changing the password keeps this browser signed in, signs out the others, and only the new one works", async ({
  page,
  browser,
  email,
}) => {
  await signUp(page, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  // A second device, signed in before the change.
  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.201.0.1" } });
  const otherPage = await other.newPage();
  await otherPage.goto("/login");
  await signIn(otherPage, email);
  await expect(otherPage.getByLabel("Signed in as Ada Lovelace")).toBeVisible();

  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Password changed. Other devices were signed out." }),
  ).toBeVisible();

  // This browser is still signed in; the other one is not.
  await page.reload();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByLabel("Signed in as Ada Lovelace")).toBeVisible();
  await otherPage.goto("/settings");
  await expect(otherPage).toHaveURL(/\/login\?callbackUrl=%2Fsettings/);
  await other.close();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/login");
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await page.goto("/login");
  await signIn(page, email, NEW_PASSWORD);
  await expect(page.getByLabel("Signed in as Ada Lovelace")).toBeVisible();
});

test("the export downloads the user's data as JSON and CSV, and only for them", async ({
  page,
  email,
  request,
}) => {
  await onboard(page, email, "Backend Developer", [["k8s", /^Kubernetes/, "3"]]);
  await page.goto("/settings");

  const json = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download everything (JSON)" }).click();
  const jsonFile = await json;
  expect(jsonFile.suggestedFilename()).toMatch(/^skillshift-export-\d{4}-\d\d-\d\d\.json$/);
  const data = JSON.parse(await readFile(await jsonFile.path(), "utf8"));
  expect(data).toMatchObject({
    version: 1,
    account: { name: "Ada Lovelace", email },
    profile: { roleSlug: "backend-developer" },
  });
  expect(data.skills).toEqual([
    expect.objectContaining({ name: "Kubernetes", skillSlug: "kubernetes", level: 3 }),
  ]);
  expect(data.skillEvents).toEqual([
    expect.objectContaining({ kind: "added", skillName: "Kubernetes", toLevel: 3 }),
  ]);
  expect(JSON.stringify(data)).not.toMatch(/passwordHash|argon2/);

  const csv = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download skills and history (CSV)" }).click();
  const csvFile = await csv;
  expect(csvFile.suggestedFilename()).toMatch(/\.csv$/);
  const text = await readFile(await csvFile.path(), "utf8");
  expect(text).toContain("name,catalog slug,custom,level,years used\r\nKubernetes,kubernetes,false,3,");
  expect(text).toMatch(/\r\n\r\ndate,kind,skill,from,to\r\n\S+,added,Kubernetes,,3\r\n$/);

  // Without a session: 401, nothing cached.
  const anonymous = await request.get("/api/export/json");
  expect(anonymous.status()).toBe(401);
  expect((await request.get("/api/export/csv")).status()).toBe(401);
});

test("deleting the account needs the password and the box ticked, then signs out for good", async ({
  page,
  email,
}) => {
  await onboard(page, email, "Backend Developer", [["k8s", /^Kubernetes/, "3"]]);
  await page.goto("/settings");
  const remove = page.getByRole("button", { name: "Delete my account" });

  await page.getByLabel("Password to confirm").fill("not my password at all");
  await page.getByLabel("I understand this deletes everything").check();
  await remove.click();
  await expect(page.getByText("That is not your password.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Signed in as Ada Lovelace")).toBeVisible();

  await page.getByLabel("Password to confirm").fill(PASSWORD);
  await remove.click();
  await expect(page.getByText("Tick the box to confirm that you want everything deleted.")).toBeVisible();

  await page.getByLabel("I understand this deletes everything").check();
  await remove.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings/);
  await signIn(page, email);
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
});
