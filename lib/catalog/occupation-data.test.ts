// The committed derived data (catalog/, written by `npm run catalog:derive`) against its schema.
// Reads only catalog/, never ../shared.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "./index";
import { crossCheckOccupationData, jobTitlesFileSchema, occupationsFileSchema } from "./occupation-schema";

const read = (name: string) => JSON.parse(readFileSync(join(process.cwd(), "catalog", name), "utf8"));

describe("catalog/occupations.json and catalog/job-titles.json", () => {
  const occupations = occupationsFileSchema.parse(read("occupations.json"));
  const titles = jobTitlesFileSchema.parse(read("job-titles.json"));

  it("hold every OEWS occupation, each with a job title, and agree with the curated roles", () => {
    expect(occupations.occupations).toHaveLength(831);
    expect(
      crossCheckOccupationData(
        occupations,
        titles,
        catalog.roles.map((r) => r.slug),
      ),
    ).toEqual([]);
    const employment = occupations.occupations.reduce((s, o) => s + o.employment, 0);
    expect(employment).toBe(154_186_300);
    expect(titles.groups.reduce((s, [, t]) => s + t.length, 0)).toBeGreaterThan(55_000);
  });

  it("carry the published reference points", () => {
    const bySoc = new Map(occupations.occupations.map((o) => [o.soc, o]));
    const dev = bySoc.get("15-1252")!;
    expect(dev).toMatchObject({
      title: "Software Developers",
      employment: 1_654_440,
      wages: { median: 133_080, mean: 144_570 },
    });
    expect(dev.exposure.humanBeta?.value).toBeCloseTo(0.447, 3);
    expect(dev.exposure.gpt4Beta?.value).toBeCloseTo(0.868, 3);
    expect(dev.exposure.microsoft?.value).toBeCloseTo(0.284, 3);
    expect(bySoc.get("29-1141")).toMatchObject({ employment: 3_282_010, wages: { median: 93_600 } });
    expect(bySoc.get("29-1022")?.topcoded).toEqual(["median", "p75", "p90"]);
    expect(bySoc.get("27-2011")).toMatchObject({ hourlyOnly: true, wages: { median: null, mean: null } });
  });

  it("every curated role's SOC code is an occupation", () => {
    const socs = new Set(occupations.occupations.map((o) => o.soc));
    for (const r of catalog.roles) if (r.socCode) expect(socs, r.slug).toContain(r.socCode);
  });
});
