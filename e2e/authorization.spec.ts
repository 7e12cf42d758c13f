// Two users in two browsers: B gets nothing of A's through the pages and routes that take an id,
// the exports, or the actions that take an id (called over HTTP with A's ids, as any client can).
// The full matrix, at the query and action level, is test/authz.
import type { Page } from "@playwright/test";
import { expect, signUp, test } from "./fixtures";
import { callAction, captureAction } from "./support/server-action";

async function setUpProfile(page: Page, skill: string) {
  await expect(page).toHaveURL(/\/onboarding$/);
  await page.getByRole("combobox", { name: "Current role" }).fill("backend");
  await page.getByRole("option", { name: /Backend Developer/ }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("combobox", { name: "Skill" }).fill(skill);
  await page.getByRole("option", { name: /as a custom skill/ }).click();
  await page.getByRole("button", { name: "Add skill" }).click();
  await expect(page.getByLabel(`Level of ${skill}`)).toBeVisible();
}

async function analyze(page: Page, origin: string, text: string): Promise<string> {
  const response = await page.request.post("/api/resume/analyses", {
    headers: { origin },
    multipart: { text, keepCopy: "on" },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).id;
}

test("user B can open, export, change or delete none of user A's data", async ({
  page,
  email,
  browser,
  baseURL,
}) => {
  // Two sign-ups, two onboardings and every action and route replayed: about 20 s on a quiet machine.
  test.setTimeout(60_000);
  // A: a custom skill and a kept resume analysis.
  await signUp(page, email, "Owner A");
  await setUpProfile(page, "Owner A secret skill");
  const aAnalysis = await analyze(page, baseURL!, "Owner A resume: Python and Kubernetes");
  const aExport = await (await page.request.get("/api/export/json")).json();
  const aSkill = aExport.skills.find((s: { customName: string }) => s.customName === "Owner A secret skill");
  const marks = [aAnalysis, aSkill.id, email, "Owner A secret skill", "Owner A resume"];

  // B, in another browser.
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: {
      "x-forwarded-for": `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    },
  });
  const b = await context.newPage();
  await signUp(b, email.replace("@", "-intruder@"), "Intruder B");
  await setUpProfile(b, "Intruder B skill");

  // The page that takes an id in its URL: a 404, as for an id that never existed.
  expect((await b.goto(`/resume/${aAnalysis}`))?.status()).toBe(404);
  await expect(b.getByText("Owner A resume")).toHaveCount(0);
  // The exports: B's own data only.
  for (const path of ["/api/export/json", "/api/export/csv"]) {
    const body = await (await b.request.get(path)).text();
    expect(body).toContain("Intruder B skill");
    for (const mark of marks) expect(body, path).not.toContain(mark);
  }

  // The actions that take an id, captured from B's own use, then sent with A's ids.
  await b.goto("/profile");
  const update = await captureAction(b, () => b.getByLabel("Level of Intruder B skill").selectOption("4"), {
    request: "send",
  });
  const bAnalysis = await analyze(b, baseURL!, "Intruder B resume: Go");
  await b.goto(`/resume/${bAnalysis}`);
  b.on("dialog", (dialog) => void dialog.accept());
  const del = await captureAction(b, () => b.getByRole("button", { name: "Delete this analysis" }).click(), {
    request: "send",
  });
  await b.goto("/profile");
  const remove = await captureAction(
    b,
    () => b.getByRole("button", { name: "Remove Intruder B skill" }).click(),
    { request: "send" },
  );

  const refused = async (action: typeof update, arg: unknown) => {
    const call = await callAction(b.request, action, arg);
    expect(call.status).toBe(200);
    expect(call.result, JSON.stringify(arg)).toMatchObject({ ok: false });
  };
  await refused(update, { id: aSkill.id, level: 1, yearsUsed: "" });
  await refused(remove, { id: aSkill.id });
  await refused(del, { id: aAnalysis });

  // A's data is as it was.
  expect((await page.goto(`/resume/${aAnalysis}`))?.status()).toBe(200);
  await expect(page.getByText("Owner A resume")).toBeVisible();
  const after = await (await page.request.get("/api/export/json")).json();
  expect(after.skills.find((s: { id: string }) => s.id === aSkill.id)).toMatchObject({
    level: aSkill.level,
    customName: "Owner A secret skill",
  });
  expect(after.resumeAnalyses.map((r: { id: string }) => r.id)).toEqual([aAnalysis]);
  await context.close();
});
