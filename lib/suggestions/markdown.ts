import type { Found, ResumeSuggestions } from "./resume-suggestions";

const list = (items: string[], empty: string) =>
  items.length ? items.map((i) => `- ${i}`).join("\n") : `_${empty}_`;

/** The suggestions as a Markdown document to copy or download. */
export function suggestionsMarkdown(s: ResumeSuggestions, found: readonly Found[], when: Date): string {
  const parts = [
    `# Resume keyword suggestions`,
    `_SkillShift, ${when.toISOString().slice(0, 10)}_`,
    `## Found in your resume (${found.length})`,
    list(
      found.map((f) => `${f.name}${f.count > 1 ? ` (${f.count}×)` : ""}`),
      "No catalog skills found.",
    ),
    `## Add to your resume`,
    list(
      s.addToResume.map(
        (a) =>
          `**${a.name}** (your level ${a.level}/5): ${a.where.kind === "bullet" ? `in the bullet about “${a.where.task}”` : "in your skills section"}`,
      ),
      "Every skill in your profile is already on your resume.",
    ),
    `## Learn first`,
    list(
      s.learnFirst.map((l) => `${l.name}: +${(l.gain * 100).toFixed(1)} points of resilience`),
      "No recommendation right now.",
    ),
  ];
  if (s.job) {
    parts.push(
      `## Job description match: ${Math.round(s.job.matchRate * 100)}%`,
      `### You have it, add it`,
      list(
        s.job.haveIt.map((x) => x.name),
        "Nothing missing that you already have.",
      ),
      `### You'd need to learn it`,
      list(
        s.job.toLearn.map((x) => x.name),
        "Nothing to learn for this job.",
      ),
    );
  }
  return `${parts.join("\n\n")}\n`;
}
