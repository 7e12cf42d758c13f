import { expect, test } from "./fixtures";

test("a visitor browses roles, filters them and reads the Backend Developer report", async ({ page }) => {
  await page.goto("/roles");
  await expect(page.getByRole("heading", { name: "Role reports", level: 1 })).toBeVisible();
  const cards = page.getByRole("main").getByRole("listitem");
  expect(await cards.count()).toBeGreaterThanOrEqual(40);

  // The curated reports; the list of every occupation below has its own industries.
  const full = page.getByRole("region", { name: "Full reports" });
  await page.getByLabel("Industry", { exact: true }).selectOption({ label: "Healthcare" });
  await expect(full.getByRole("link", { name: /Registered Nurse/ })).toBeVisible();
  await expect(full.getByRole("link", { name: /Backend Developer/ })).toHaveCount(0);

  await page.getByLabel("Industry", { exact: true }).selectOption({ label: "All industries" });
  await page.getByLabel("Risk").selectOption("high");
  await expect(full.getByText(/High risk/).first()).toBeVisible();
  await expect(full.getByText(/Low risk/)).toHaveCount(0);

  await page.getByLabel("Risk").selectOption("");
  await page.getByLabel("Search roles").fill("back-end engineer");
  await expect(page).toHaveURL(/q=back-end\+engineer/);
  await full.getByRole("link", { name: /Backend Developer/ }).click();

  await expect(page.getByRole("heading", { name: "Backend Developer", level: 1 })).toBeVisible();
  await expect(page.getByText("5.0/10 · Moderate risk").first()).toBeVisible();
  await expect(page.getByRole("img", { name: /AI exposure: 5\.0 out of 10, moderate/ })).toBeVisible();
  for (const section of [
    "Tasks at risk",
    "Tasks that stay human",
    "AI tools entering the role",
    "Salary impact projection",
    "Adaptation strategy",
    "Certifications",
    "Related roles",
    "What the research says",
  ]) {
    const region = page.getByRole("region", { name: section });
    await expect(region).toBeVisible();
    expect(
      await region.getByRole("listitem").or(region.getByRole("row")).count(),
      section,
    ).toBeGreaterThanOrEqual(3);
  }
  await page.getByRole("region", { name: "Related roles" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/roles\/[a-z-]+$/);
});

test("an unknown role is a 404", async ({ page }) => {
  const response = await page.goto("/roles/no-such-role");
  expect(response?.status()).toBe(404);
});

test("the public API lists roles, returns a report and searches skills", async ({ request }) => {
  const list = await (await request.get("/api/v1/roles")).json();
  expect(list.roles.length).toBeGreaterThanOrEqual(40);
  expect(list.roles.find((r: { slug: string }) => r.slug === "backend-developer")).toEqual({
    slug: "backend-developer",
    title: "Backend Developer",
    industry: "technology",
    socCode: "15-1252",
    riskScore: 5,
    riskCategory: "moderate",
    hasFullReport: true,
  });
  const detail = await (await request.get("/api/v1/roles/backend-developer")).json();
  expect(detail.role.atRisk.length).toBeGreaterThanOrEqual(6);
  expect(detail.role.research.signals.socCode).toBe("15-1252");
  expect((await request.get("/api/v1/roles/nope")).status()).toBe(404);

  const skills = await (await request.get("/api/v1/skills?q=k8s")).json();
  expect(skills.skills[0]).toMatchObject({ slug: "kubernetes", name: "Kubernetes" });
  const bad = await request.get("/api/v1/skills");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/search term/);
});

test("the sitemap lists every role report", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  expect(xml).toContain("/roles/backend-developer");
  expect(xml.match(/\/roles\/[a-z-]+</g)?.length).toBeGreaterThanOrEqual(40);
});
