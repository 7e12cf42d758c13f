import { expect, test } from "./fixtures";

test("a cashier finds their occupation by job title and reads its published figures with their sources", async ({
  page,
}) => {
  await page.goto("/roles");
  await page.getByLabel("Job title").fill("cashiers");
  await page.getByRole("button", { name: "Search" }).click();
  const results = page.getByRole("list", { name: /Job titles matching cashiers/ });
  await expect(results.getByRole("link").first()).toHaveText("Cashiers");
  await results.getByRole("link", { name: "Cashiers", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Cashiers", level: 1 })).toBeVisible();
  await expect(page.getByText(/SOC 41-2011 · [\d,]+ jobs in the US/)).toBeVisible();
  await expect(page.getByText(/built from published data only/)).toBeVisible();
  const research = page.getByRole("region", { name: "Published AI exposure figures" });
  await expect(research.getByRole("row")).toHaveCount(4);
  await expect(research.getByText(/\d+(st|nd|rd|th) percentile/).first()).toBeVisible();
  const pay = page.getByRole("region", { name: "Pay" });
  await expect(pay.getByRole("row", { name: /Median \$[\d,]+/ })).toBeVisible();
  await expect(pay.getByText("Source: BLS OEWS, May 2024", { exact: false })).toBeVisible();
  await expect(page.getByText(/O\*NET 30\.0 Database/)).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Closest full reports" }).getByRole("link").first(),
  ).toBeVisible();
});

test("search forgives typos and shows the title that matched; a top-coded wage reads as at least $239,200", async ({
  page,
}) => {
  await page.goto("/roles?job=nurce+practitioner");
  await expect(
    page
      .getByRole("list", { name: /Job titles matching/ })
      .getByRole("link")
      .first(),
  ).toHaveText("Nurse Practitioners");
  await page.goto("/roles?job=RN");
  await expect(
    page
      .getByRole("list", { name: /Job titles matching/ })
      .getByText(/matched “RN”/)
      .first(),
  ).toBeVisible();
  await page.goto("/roles?job=zzqqxx");
  await expect(page.getByRole("status").filter({ hasText: "No job title matches “zzqqxx”" })).toBeVisible();

  await page.goto("/roles/chief-executives");
  await expect(
    page.getByRole("region", { name: "Pay" }).getByRole("row", { name: /90th percentile ≥ \$239,200/ }),
  ).toBeVisible();
});

test("every occupation can be browsed by industry, a page at a time", async ({ page }) => {
  await page.goto("/roles");
  const industries = page.getByRole("navigation", { name: "Browse by industry" });
  await expect(industries.getByRole("link", { name: /All industries \(831\)/ })).toBeVisible();
  await industries.getByRole("link", { name: /^Healthcare Practitioners and Technical/ }).click();
  await expect(page).toHaveURL(/group=29/);
  const table = page.getByRole("region", { name: "Occupations (scrolls sideways)" });
  await expect(table.getByRole("link", { name: "Registered Nurses" })).toBeVisible();
  await page.getByLabel("Sort occupations").selectOption("title");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/sort=title/);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next page →" }).click();
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("Page 2 of");
});

test("the API searches job titles and pages through every role and occupation", async ({ request }) => {
  const search = await (await request.get("/api/v1/roles?q=backend+developer")).json();
  expect(search.results[0]).toEqual({
    slug: "backend-developer",
    title: "Backend Developer",
    socCode: "15-1252",
    matchedTitle: "Backend Developer",
    hasFullReport: true,
  });
  expect(
    search.results.some(
      (r: { socCode: string; hasFullReport: boolean }) => r.socCode === "15-1252" && !r.hasFullReport,
    ),
  ).toBe(true);

  const first = await (await request.get("/api/v1/roles?limit=500")).json();
  expect(first.total).toBeGreaterThanOrEqual(831 + 40);
  expect(first.roles).toHaveLength(500);
  const second = await (await request.get(first.next)).json();
  expect(first.roles.length + second.roles.length).toBe(first.total);
  expect(second.next).toBeNull();
  const everyone = [...first.roles, ...second.roles];
  expect(new Set(everyone.map((r: { slug: string }) => r.slug)).size).toBe(first.total);
  expect(everyone.find((r: { slug: string }) => r.slug === "cashiers")).toMatchObject({
    socCode: "41-2011",
    riskScore: null,
    hasFullReport: false,
  });
  expect((await request.get("/api/v1/roles?limit=5000")).status()).toBe(400);
});
