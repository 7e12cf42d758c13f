import { makeDocx, makeTextPdf } from "../test/resume/files";
import { expect, onboard, test } from "./fixtures";

const RESUME = [
  "Jordan Lee - Backend Developer",
  "Built REST APIs in Go and Python on Kubernetes.",
  "Ran PostgreSQL and Redis in production; containerised services with Docker.",
];

test("a PDF resume is read, its keywords highlighted, and only profile skills suggested", async ({
  page,
  email,
}) => {
  await onboard(page, email, "Backend Developer", [
    ["golang", /^Go\b/, "4"],
    ["k8s", /^Kubernetes/, "3"],
    ["terraform", /^Terraform/, "3"],
  ]);
  await page.goto("/resume");
  await page.getByLabel("Upload a resume").setInputFiles({
    name: "jordan.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(await makeTextPdf(RESUME)),
  });
  await page.getByLabel("Keep a copy of my resume text").check();
  await page.getByRole("button", { name: "Analyse resume" }).click();

  await expect(page.getByRole("heading", { name: "Results for jordan.pdf" })).toBeVisible();
  const text = page.getByLabel("Your resume with found keywords highlighted");
  for (const word of ["Go", "Kubernetes", "PostgreSQL", "Docker"])
    await expect(text.locator("mark", { hasText: new RegExp(`^${word}$`) })).toBeVisible();

  const add = page.getByRole("region", { name: "Add to your resume" });
  await expect(add.getByText("Terraform")).toBeVisible();
  await expect(add.getByText("Kubernetes")).toHaveCount(0);
  await expect(add.getByText("Docker")).toHaveCount(0);

  const found = page.getByRole("region", { name: "Add found skills to your profile" });
  await found.getByLabel("Add Docker").check();
  await found.getByLabel("Level for Docker").selectOption("4");
  await found.getByRole("button", { name: /Add 1 to my profile/ }).click();
  await expect(found.getByText("Added 1 skill to your profile.")).toBeVisible();
  await page.goto("/profile");
  await expect(
    page.getByRole("list", { name: "Your skills" }).getByText("Docker", { exact: true }),
  ).toBeVisible();

  await page.goto("/resume");
  await expect(page.getByRole("link", { name: /jordan\.pdf/ })).toBeVisible();
});

test("a DOCX resume is matched against a job description", async ({ page, email }) => {
  await onboard(page, email, "Backend Developer", [
    ["k8s", /^Kubernetes/, "3"],
    ["kafka", /Kafka/, "2"],
  ]);
  await page.goto("/resume");
  await page.getByLabel("Upload a resume").setInputFiles({
    name: "jordan.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(await makeDocx(RESUME)),
  });
  await page
    .getByLabel("Job description (optional)")
    .fill("We need Go, Kubernetes, Kafka and Rust experience.");
  await page.getByRole("button", { name: "Analyse resume" }).click();

  const job = page.getByRole("region", { name: "Job description match" });
  await expect(job.locator('[data-figure="match"]')).toHaveText("50%");
  await expect(job.getByText("Kafka")).toBeVisible();
  await expect(job.getByText("Rust")).toBeVisible();
  await expect(page.getByText("The resume text was not kept", { exact: false })).toHaveCount(0);

  await page.getByRole("link", { name: /jordan\.docx/ }).click();
  await expect(page.getByText(/The resume text was not kept/)).toBeVisible();
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Delete this analysis" }).click();
  await expect(page).toHaveURL(/\/resume$/);
  await expect(page.getByRole("link", { name: /jordan\.docx/ })).toHaveCount(0);
});

test("bad input gets a clear message and stores nothing", async ({ page, email }) => {
  await onboard(page, email, "Backend Developer", []);
  await page.goto("/resume");
  await page.getByRole("button", { name: "Analyse resume" }).click();
  await expect(page.getByText("Paste your resume text or choose a file to upload.")).toBeVisible();
  await page.getByLabel("Upload a resume").setInputFiles({
    name: "photo.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  });
  await page.getByRole("button", { name: "Analyse resume" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /picture/i })).toBeVisible();
  await expect(page.getByText("None yet.", { exact: false })).toBeVisible();
});

test("the extract API finds skills with offsets and documents itself", async ({ request }) => {
  const res = await request.post("/api/v1/keywords/extract", {
    data: { text: "Shipped C++ and C# services; CI/CD on k8s." },
  });
  const body = await res.json();
  const bySlug = Object.fromEntries(
    body.skills.map((s: { slug: string; matches: { start: number; end: number; text: string }[] }) => [
      s.slug,
      s.matches[0],
    ]),
  );
  expect(bySlug.cpp).toEqual({ start: 8, end: 11, text: "C++" });
  expect(bySlug.csharp.text).toBe("C#");
  expect(bySlug.kubernetes.text).toBe("k8s");
  expect(
    (await request.post("/api/v1/keywords/extract", { data: { text: "x".repeat(100_001) } })).status(),
  ).toBe(400);
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(["/roles", "/roles/{slug}", "/skills", "/keywords/extract"]),
  );
});
