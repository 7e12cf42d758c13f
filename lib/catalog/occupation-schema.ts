// One schema for the derived occupation data in catalog/ (written by `npm run catalog:derive` from
// ../shared/data; figures, codes and labels only, never a sentence from the sources). The derive
// script validates with it before writing, a unit test validates the committed files, and the
// catalog sync validates before loading them into PostgreSQL. Types come from z.infer.
import { z } from "zod";

/** SOC 2018 major groups as OEWS publishes them (BLS, Standard Occupational Classification 2018); 55 (military) is not in OEWS. */
export const SOC_MAJOR_GROUPS = [
  { code: "11", name: "Management" },
  { code: "13", name: "Business and Financial Operations" },
  { code: "15", name: "Computer and Mathematical" },
  { code: "17", name: "Architecture and Engineering" },
  { code: "19", name: "Life, Physical, and Social Science" },
  { code: "21", name: "Community and Social Service" },
  { code: "23", name: "Legal" },
  { code: "25", name: "Educational Instruction and Library" },
  { code: "27", name: "Arts, Design, Entertainment, Sports, and Media" },
  { code: "29", name: "Healthcare Practitioners and Technical" },
  { code: "31", name: "Healthcare Support" },
  { code: "33", name: "Protective Service" },
  { code: "35", name: "Food Preparation and Serving Related" },
  { code: "37", name: "Building and Grounds Cleaning and Maintenance" },
  { code: "39", name: "Personal Care and Service" },
  { code: "41", name: "Sales and Related" },
  { code: "43", name: "Office and Administrative Support" },
  { code: "45", name: "Farming, Fishing, and Forestry" },
  { code: "47", name: "Construction and Extraction" },
  { code: "49", name: "Installation, Maintenance, and Repair" },
  { code: "51", name: "Production" },
  { code: "53", name: "Transportation and Material Moving" },
] as const;

export type SocMajorGroupCode = (typeof SOC_MAJOR_GROUPS)[number]["code"];
const majorGroupCodes = SOC_MAJOR_GROUPS.map((g) => g.code) as [SocMajorGroupCode, ...SocMajorGroupCode[]];

export const WAGE_FIELDS = ["p10", "p25", "median", "p75", "p90"] as const;

export const socCode = z.string().regex(/^\d\d-\d{4}$/, "a SOC code such as 15-1252");
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "kebab-case");
const dollars = z.number().int().positive().nullable();
/** A share or score from a published data set, 0–1. */
const unit = z.number().min(0).max(1);

/**
 * A published figure for the occupation and its mid-rank percentile among the OEWS occupations that
 * have it (0–1: share below plus half the share equal). Null where the data set has no figure.
 */
export const researchFigure = z.object({ value: unit, percentile: unit }).strict().nullable();

export const occupationSchema = z
  .object({
    soc: socCode,
    /** BLS OEWS title, unchanged. */
    title: z.string().min(1),
    slug,
    majorGroup: z.enum(majorGroupCodes),
    majorGroupName: z.string().min(1),
    /** Wage-and-salary jobs, May 2024 (BLS TOT_EMP). */
    employment: z.number().int().nonnegative(),
    /** Annual wages in US dollars; null where BLS did not publish (not available, top-coded, or hourly only). */
    wages: z
      .object({ p10: dollars, p25: dollars, median: dollars, p75: dollars, p90: dollars, mean: dollars })
      .strict(),
    /** Percentiles that BLS top-coded: at least TOPCODE_ANNUAL_WAGE a year ("≥ $239,200"). */
    topcoded: z.array(z.enum(WAGE_FIELDS)),
    /** BLS publishes hourly wages only (performers): every annual wage is null. */
    hourlyOnly: z.boolean(),
    exposure: z
      .object({
        /** Eloundou et al. 2024, GPT-4 rated β (E1 + ½·E2 share of tasks), mean over the O*NET-SOC codes under this code. */
        gpt4Beta: researchFigure,
        /** Eloundou et al. 2024, human rated β, same averaging. */
        humanBeta: researchFigure,
        /** Tomlinson et al. 2025 (Microsoft), AI applicability score. */
        microsoft: researchFigure,
        /** Mean of the available percentiles above; null when none is available. */
        meanPercentile: unit.nullable(),
        /** The O*NET-SOC codes whose Eloundou figures were averaged. */
        onetCodes: z.array(z.string().regex(/^\d\d-\d{4}\.\d\d$/)),
      })
      .strict(),
    /** How many of the occupation's O*NET tasks raters labelled exposed (E1 or E2), out of `total`. Counts only. */
    tasks: z
      .object({
        total: z.number().int().positive(),
        humanExposed: z.number().int().nonnegative(),
        gpt4Exposed: z.number().int().nonnegative(),
      })
      .strict()
      .refine((t) => t.humanExposed <= t.total && t.gpt4Exposed <= t.total, "exposed counts exceed the total")
      .nullable(),
  })
  .strict()
  .superRefine((o, ctx) => {
    const group = SOC_MAJOR_GROUPS.find((g) => g.code === o.majorGroup);
    if (o.soc.slice(0, 2) !== o.majorGroup)
      ctx.addIssue({ code: "custom", message: `${o.soc} is not in major group ${o.majorGroup}` });
    if (group && group.name !== o.majorGroupName)
      ctx.addIssue({ code: "custom", message: `${o.soc}: major group name should be "${group.name}"` });
    for (const f of o.topcoded)
      if (o.wages[f] !== null)
        ctx.addIssue({ code: "custom", message: `${o.soc}: top-coded ${f} must be null` });
    if (o.hourlyOnly && Object.values(o.wages).some((w) => w !== null))
      ctx.addIssue({ code: "custom", message: `${o.soc}: hourly-only but has annual wages` });
  });

export const SOURCE_IDS = [
  "bls-oews-2024",
  "onet-30-alternate-titles",
  "eloundou-2024",
  "microsoft-2025",
  "soc-2018",
] as const;

export const occupationsFileSchema = z
  .object({
    generatedBy: z.literal("npm run catalog:derive"),
    /** See catalog/SOURCES.md. */
    sources: z.array(z.enum(SOURCE_IDS)),
    topcodedAnnualWage: z.number().int().positive(),
    occupations: z.array(occupationSchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = { soc: new Set<string>(), slug: new Set<string>() };
    let previous = "";
    for (const o of file.occupations) {
      if (seen.soc.has(o.soc)) ctx.addIssue({ code: "custom", message: `duplicate SOC code ${o.soc}` });
      if (seen.slug.has(o.slug)) ctx.addIssue({ code: "custom", message: `duplicate slug ${o.slug}` });
      if (o.soc <= previous)
        ctx.addIssue({ code: "custom", message: `occupations out of order at ${o.soc}` });
      seen.soc.add(o.soc);
      seen.slug.add(o.slug);
      previous = o.soc;
    }
  });

/** One SOC code with its O*NET alternate titles and O*NET short titles (acronyms such as "RN"). */
export const jobTitleGroupSchema = z.tuple([socCode, z.array(z.string().min(1)), z.array(z.string().min(1))]);

export const jobTitlesFileSchema = z
  .object({
    generatedBy: z.literal("npm run catalog:derive"),
    sources: z.array(z.enum(SOURCE_IDS)),
    /** [oews soc, titles, short titles], by SOC code; titles sorted and unique within a code. */
    groups: z.array(jobTitleGroupSchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    let previous = "";
    for (const [soc, titles, short] of file.groups) {
      if (soc <= previous)
        ctx.addIssue({ code: "custom", message: `job-title groups out of order at ${soc}` });
      previous = soc;
      for (const list of [titles, short]) {
        for (let i = 1; i < list.length; i++) {
          if (!(list[i - 1] < list[i]))
            ctx.addIssue({ code: "custom", message: `${soc}: titles not sorted and unique at "${list[i]}"` });
        }
      }
    }
  });

export type Occupation = z.infer<typeof occupationSchema>;
export type OccupationsFile = z.infer<typeof occupationsFileSchema>;
export type JobTitlesFile = z.infer<typeof jobTitlesFileSchema>;
export type ResearchFigure = z.infer<typeof researchFigure>;

/** Problems between the two files and the curated roles; empty when they agree. */
export function crossCheckOccupationData(
  occupations: OccupationsFile,
  titles: JobTitlesFile,
  roleSlugs: readonly string[],
): string[] {
  const problems: string[] = [];
  const socs = new Set(occupations.occupations.map((o) => o.soc));
  const titled = new Set<string>();
  for (const [soc] of titles.groups) {
    if (!socs.has(soc)) problems.push(`job titles for ${soc}, which is not an occupation`);
    titled.add(soc);
  }
  for (const o of occupations.occupations) if (!titled.has(o.soc)) problems.push(`${o.soc} has no job title`);
  const roles = new Set(roleSlugs);
  for (const o of occupations.occupations)
    if (roles.has(o.slug)) problems.push(`occupation slug ${o.slug} is a curated role's slug`);
  return problems;
}
