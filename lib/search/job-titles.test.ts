// Job-title search on the real PostgreSQL (the global setup migrates and syncs the catalog, which
// loads catalog/occupations.json and catalog/job-titles.json).
import { describe, expect, it } from "vitest";
import { COMMON_SEARCHES } from "./common-searches";
import { searchRoles } from "./job-titles";

describe("searchRoles (real PostgreSQL)", () => {
  it(`finds the right occupation in the top 3 for at least 90 % of ${COMMON_SEARCHES.length} common searches`, async () => {
    expect(COMMON_SEARCHES).toHaveLength(50);
    const misses: string[] = [];
    for (const [query, expected] of COMMON_SEARCHES) {
      const top = await searchRoles(query, { limit: 3 });
      if (!top.some((r) => r.socCode && expected.includes(r.socCode)))
        misses.push(
          `"${query}" → ${top.map((r) => `${r.title} ${r.socCode ?? "-"} (matched "${r.matchedTitle}")`).join("; ") || "nothing"}`,
        );
    }
    const rate = (COMMON_SEARCHES.length - misses.length) / COMMON_SEARCHES.length;
    console.log(
      `job-title search: top-3 hit rate ${(rate * 100).toFixed(0)} % over ${COMMON_SEARCHES.length} common searches${misses.length ? `; misses:\n  ${misses.join("\n  ")}` : ""}`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it("ranks a curated specialisation first when the title names it, then its occupation", async () => {
    const results = await searchRoles("backend developer");
    // Not asserting the role's title or match level: db/catalog-sync.test.ts renames this role for a moment.
    expect(results[0]).toMatchObject({
      kind: "role",
      slug: "backend-developer",
      socCode: "15-1252",
      hasFullReport: true,
    });
    const dev = results.findIndex((r) => r.kind === "occupation" && r.socCode === "15-1252");
    expect(dev).toBeGreaterThan(0);
    expect(results[dev]).toMatchObject({ title: "Software Developers", hasFullReport: false });
    const alias = await searchRoles("Back-End Developers");
    expect(alias.slice(0, 2)).toMatchObject([
      { kind: "role", slug: "backend-developer", matchedTitle: "Back-end developer", match: 3 },
      { kind: "occupation", slug: "software-developers", socCode: "15-1252", match: 3 },
    ]);
  });

  it("shows the title that matched, acronyms included", async () => {
    const [first, ...rest] = await searchRoles("rn");
    expect(first).toMatchObject({ kind: "role", slug: "registered-nurse", matchedTitle: "RN" });
    expect(rest.find((r) => r.socCode === "29-1141" && r.kind === "occupation")).toMatchObject({
      slug: "registered-nurses",
      matchedTitle: "RN",
    });
  });

  it("lists every occupation a title maps to", async () => {
    const results = await searchRoles("Machine Learning Engineer", { limit: 20 });
    const exact = results.filter((r) => r.kind === "occupation" && r.match === 3).map((r) => r.socCode);
    expect(exact).toEqual(expect.arrayContaining(["15-1221", "15-1299", "15-2051"]));
  });

  it("is forgiving of case, punctuation, plurals and typos", async () => {
    for (const q of ["ELECTRICIANS", "electrician.", "electrican", "Electrician's"]) {
      expect(
        (await searchRoles(q, { limit: 3 })).map((r) => r.socCode),
        q,
      ).toContain("47-2111");
    }
  });

  it("answers nothing for nothing, and caps the limit", async () => {
    expect(await searchRoles("  -- ")).toEqual([]);
    expect(await searchRoles("zzqxj")).toEqual([]);
    expect((await searchRoles("manager", { limit: 500 })).length).toBeLessThanOrEqual(50);
  });
});
