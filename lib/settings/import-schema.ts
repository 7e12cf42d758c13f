import { z } from "zod";
import { GOAL_KINDS } from "@/lib/goals/schemas";
import { MAX_SKILLS } from "@/lib/profile/schemas";

// The file "Download everything" writes (version 1), checked field by field before anything is
// written. Shared by the browser (an instant answer for a wrong file) and the server.

const at = z.iso
  .datetime({ offset: true, error: "A date and time in the file is not valid." })
  .transform((v) => new Date(v));
const day = z.iso.date("A day in the file is not valid.");
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(100);
const level = z.number().int().min(1).max(5);
// PostgreSQL text cannot hold NUL; refusing it here keeps a bad file from failing half-way.
const noNul = (s: string) => !s.includes("\u0000");
const text = (max: number) =>
  z.string().trim().min(1).max(max).refine(noNul, "Text in the file contains a NUL character.");
const share = z.number().min(0).max(1);
const found = z
  .array(z.object({ slug, name: text(200), category: text(50), count: z.number().int().min(0).max(100_000) }))
  .max(2_000);

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const importSchema = z.object({
  version: z.literal(1, "This is not a SkillShift export, or it comes from a newer version."),
  exportedAt: at,
  profile: z
    .object({
      roleSlug: slug.nullable(),
      targetRoleSlug: slug.nullable(),
      yearsExperience: z.number().int().min(0).max(60).nullable(),
    })
    .nullable(),
  skills: z
    .array(
      z.object({
        name: text(200),
        skillSlug: slug.nullable(),
        customName: text(80).nullable(),
        level,
        yearsUsed: z.number().min(0).max(60).nullable(),
      }),
    )
    .max(MAX_SKILLS, `A profile holds at most ${MAX_SKILLS} skills.`),
  goals: z
    .array(
      z.object({
        kind: z.enum(GOAL_KINDS),
        targetSlug: slug.nullable(),
        level: level.nullable(),
        title: text(200),
        dueOn: day,
        createdAt: at,
        doneAt: at.nullable(),
      }),
    )
    .max(2_000)
    .default([]),
  resumeAnalyses: z
    .array(
      z.object({
        createdAt: at,
        source: text(20),
        fileName: z.string().max(255).refine(noNul).nullable(),
        resumeText: z
          .string()
          .max(200_000)
          .refine(noNul, "Text in the file contains a NUL character.")
          .nullable(),
        roleSlug: slug.nullable(),
        found,
        jobSkills: found.nullable(),
        matchRate: share.nullable(),
      }),
    )
    .max(1_000),
  skillEvents: z
    .array(
      z.object({
        at,
        kind: z.enum(["added", "level_changed", "removed"]),
        skillSlug: slug.nullable(),
        customName: text(80).nullable(),
        skillName: text(200),
        fromLevel: level.nullable(),
        toLevel: level.nullable(),
      }),
    )
    .max(100_000),
  snapshots: z
    .array(
      z.object({
        roleSlug: slug,
        day,
        exposure: z.number().min(0).max(10),
        personalExposure: z.number().min(0).max(10).nullable(),
        resilience: share,
        aiLeverage: share,
        skillCount: z.number().int().min(0).max(MAX_SKILLS),
        taskCoverage: z.record(z.string().max(100), share),
        updatedAt: at,
      }),
    )
    .max(100_000),
});
export type ImportFile = z.output<typeof importSchema>;

/** The first problem in words, with where it is ("skills → 3 → level"). */
export function describeImportError(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue.path.map((p) => (typeof p === "number" ? p + 1 : String(p))).join(" → ");
  return where ? `${issue.message} (at ${where})` : issue.message;
}
