// Occupation queries on the real PostgreSQL (loaded by the catalog sync in the global setup).
import { describe, expect, it } from "vitest";
import { getOccupation, getOccupationBySoc, listMajorGroups, listOccupations } from "./queries";

describe("occupation queries (real PostgreSQL)", () => {
  it("gets an occupation by slug with its curated specialisations and closest roles", async () => {
    const page = await getOccupation("software-developers");
    expect(page?.occupation).toMatchObject({
      soc: "15-1252",
      employment: 1_654_440,
      wages: { median: 133_080 },
    });
    expect(page?.hasFullReport).toBe(false);
    const specialisations = page!.specialisations.map((r) => r.slug);
    expect(specialisations).toContain("backend-developer");
    expect(specialisations).not.toContain("data-scientist");
    expect(page!.closestRoles.length).toBeGreaterThan(0);
    expect(page!.closestRoles.every((r) => r.socCode === "15-1252")).toBe(true);
  });

  it("offers the closest roles in the same group when none is inside the code", async () => {
    const page = await getOccupation("computer-programmers");
    expect(page?.specialisations).toEqual([]);
    expect(page?.closestRoles.map((r) => r.socCode?.slice(0, 4))).toContain("15-1");
    expect(await getOccupation("no-such-occupation")).toBeNull();
    expect((await getOccupationBySoc("29-1141"))?.title).toBe("Registered Nurses");
  });

  it("lists every occupation in pages, by group and exposure band, sorted", async () => {
    const all = await listOccupations({ pageSize: 1_000 });
    expect(all.total).toBe(831);
    expect(all.items).toHaveLength(831);
    const second = await listOccupations({ sort: "employment", page: 2, pageSize: 10 });
    expect(second.items).toHaveLength(10);
    const first = await listOccupations({ sort: "employment", pageSize: 10 });
    expect(first.items[0].employment).toBeGreaterThanOrEqual(second.items[0].employment);
    const tech = await listOccupations({ group: "15", exposure: "higher", sort: "exposure", pageSize: 100 });
    expect(tech.total).toBeGreaterThan(0);
    expect(tech.items.every((o) => o.majorGroup === "15" && o.meanPercentile! >= 2 / 3)).toBe(true);
    expect(tech.items.map((o) => o.meanPercentile)).toEqual(
      [...tech.items.map((o) => o.meanPercentile)].sort((a, b) => b! - a!),
    );
  });

  it("counts occupations and jobs per SOC major group", async () => {
    const groups = await listMajorGroups();
    expect(groups).toHaveLength(22);
    expect(groups.reduce((s, g) => s + g.occupations, 0)).toBe(831);
    expect(groups.reduce((s, g) => s + g.employment, 0)).toBe(154_186_300);
  });
});
