import { expect, onboard, test } from "./fixtures";

test("progress shows today's figures, the changes since a date, and a table alternative", async ({
  page,
  email,
}) => {
  await onboard(page, email, "Backend Developer", [
    ["k8s", /^Kubernetes/, "3"],
    ["system design", /^System design/, "2"],
  ]);
  await page.getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expect(
    page.getByRole("img", { name: /1 day of history\. Resilience is now \d+\.\d%/ }),
  ).toBeVisible();
  await page.getByText("Show the figures as a table").click();
  await expect(page.getByRole("table", { name: "Daily figures" }).getByRole("row")).toHaveCount(2);

  const since = page.getByRole("region", { name: /^Since / });
  await expect(since.getByText("Added Kubernetes at level 3")).toBeVisible();
  await expect(since.getByText("Added System design at level 2")).toBeVisible();
  await since.getByLabel("Since").fill("2099-01-01");
  await since.getByRole("button", { name: "Compare" }).click();
  await expect(
    page.getByRole("region", { name: "Since 2099-01-01" }).getByText("No skill changes since 2099-01-01."),
  ).toBeVisible();
});
