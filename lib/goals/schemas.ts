import { z } from "zod";
import { isPlainLine, PLAIN_LINE_MESSAGE } from "@/lib/plain-text";

export const GOAL_KINDS = ["skill", "tool", "certification", "manual"] as const;
/** Open goals a user may keep at once. */
export const MAX_GOALS = 200;

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Choose an entry from the list.")
  .max(100);
const dueOn = z.iso.date("Choose a due date.");

/**
 * A goal from a recommendation (skill or tool to a level, a certification) or written by hand.
 * For catalog goals the server writes the title; the browser only sends what it points at.
 */
export const goalSchema = z
  .object({
    kind: z.enum(GOAL_KINDS),
    targetSlug: z
      .union([z.literal(""), slug])
      .nullish()
      .transform((v) => v || null),
    level: z.coerce
      .number()
      .int()
      .min(1, "Choose a level from 1 to 5.")
      .max(5, "Choose a level from 1 to 5.")
      .nullish(),
    title: z
      .string()
      .trim()
      .max(120, "Use at most 120 characters.")
      .refine(isPlainLine, PLAIN_LINE_MESSAGE)
      .optional(),
    dueOn,
  })
  .superRefine((v, ctx) => {
    if (v.kind === "manual" && !v.title)
      ctx.addIssue({ code: "custom", path: ["title"], message: "Say what you want to achieve." });
    if (v.kind !== "manual" && !v.targetSlug)
      ctx.addIssue({ code: "custom", path: ["targetSlug"], message: "Choose what the goal is about." });
    if ((v.kind === "skill" || v.kind === "tool") && !v.level)
      ctx.addIssue({ code: "custom", path: ["level"], message: "Choose a level from 1 to 5." });
  });
export type GoalInput = z.input<typeof goalSchema>;

export const goalIdSchema = z.object({ id: z.uuid("Unknown goal.") });
