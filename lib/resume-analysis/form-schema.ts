import { z } from "zod";

/** The resume form's fields besides the file; the server parses the same schema. */
export const resumeFormSchema = z.object({
  text: z
    .string()
    .max(100_000, "Paste at most 100,000 characters, or upload the file instead.")
    .optional()
    .default(""),
  jobDescription: z
    .string()
    .max(30_000, "Paste at most 30,000 characters of the job description.")
    .optional()
    .default(""),
  keepCopy: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});
export type ResumeFormInput = z.input<typeof resumeFormSchema>;
