import { z } from "zod";
import { isPlainLine, PLAIN_LINE_MESSAGE } from "@/lib/plain-text";

export const MAX_SKILLS = 300;

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Choose an entry from the list.")
  .max(100);
const level = z.coerce
  .number({ error: "Choose a level from 1 to 5." })
  .int("Choose a level from 1 to 5.")
  .min(1, "Choose a level from 1 to 5.")
  .max(5, "Choose a level from 1 to 5.");
const yearsNumber = z.coerce
  .number({ error: "Years must be a number." })
  .min(0, "Years cannot be negative.")
  .max(60, "Use at most 60 years.");
// Years used is stored as a real: tenths are plenty, and rounding keeps out values a real cannot
// hold (5e-324 would fail the insert). Years of experience is an integer column: whole years only.
const years = z
  .union([z.literal(""), yearsNumber])
  .transform((v) => (v === "" ? null : Math.round(v * 10) / 10))
  .nullable()
  .optional();
const wholeYears = z
  .union([z.literal(""), yearsNumber.refine(Number.isInteger, "Use whole years, like 4.")])
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .optional();

export const roleChoiceSchema = z.object({
  roleSlug: slug,
  targetRoleSlug: z
    .union([z.literal(""), slug])
    .optional()
    .transform((v) => v || null),
  yearsExperience: wholeYears,
});
export type RoleChoiceInput = z.input<typeof roleChoiceSchema>;

/** A catalog skill by slug, or a custom one by name: exactly one of the two. */
export const addSkillSchema = z
  .object({
    skillSlug: z.union([z.literal(""), slug]).optional(),
    customName: z
      .string()
      .trim()
      .max(80, "Use at most 80 characters.")
      .refine(isPlainLine, PLAIN_LINE_MESSAGE)
      .optional(),
    level,
    yearsUsed: years,
  })
  .refine((v) => Boolean(v.skillSlug) !== Boolean(v.customName), {
    message: "Choose a skill from the list, or type a custom one.",
    path: ["skillSlug"],
  });
export type AddSkillInput = z.input<typeof addSkillSchema>;

export const updateSkillSchema = z.object({ id: z.uuid("Unknown skill."), level, yearsUsed: years });
export const removeSkillSchema = z.object({ id: z.uuid("Unknown skill.") });

export const raiseSkillSchema = z.object({ skillSlug: slug, level });
