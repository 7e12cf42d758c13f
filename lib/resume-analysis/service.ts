import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { resumeAnalyses, type StoredFoundSkill } from "@/db/schema";
import { findRole, findSkill } from "@/lib/catalog/by-slug";
import { analyzeUserProfile, levelsOf } from "@/lib/profile/analysis";
import { getExtractor, type FoundSkill } from "@/lib/keywords";
import { resumeSuggestions, type ResumeSuggestions } from "@/lib/suggestions/resume-suggestions";

export interface Highlight {
  start: number;
  end: number;
  slug: string;
}

/** Everything the result view shows; plain data, the same for a fresh and a stored analysis. */
export interface ResumeResult {
  id: string;
  createdAt: string;
  fileName: string | null;
  text: string | null;
  highlights: Highlight[];
  found: StoredFoundSkill[];
  inProfile: string[];
  suggestions: ResumeSuggestions;
}

const stored = (f: FoundSkill): StoredFoundSkill => ({
  slug: f.slug,
  name: f.name,
  category: f.category,
  count: f.matches.length,
});
const highlightsOf = (found: FoundSkill[]) =>
  found
    .flatMap((f) => f.matches.map((m) => ({ start: m.start, end: m.end, slug: f.slug })))
    .sort((a, b) => a.start - b.start);

async function suggestionsFor(
  userId: string,
  found: StoredFoundSkill[],
  jobFound: StoredFoundSkill[] | null,
) {
  const { profile, current, target } = await analyzeUserProfile(userId);
  const focus = target ?? current;
  const profileLevels = levelsOf(profile);
  return {
    inProfile: [...profileLevels.keys()],
    suggestions: resumeSuggestions({
      found,
      jobFound,
      profile: profileLevels,
      role: findRole(focus?.analysis.role.slug),
      recommendations: focus?.recommendations.skills,
      name: (slug) => findSkill(slug)?.name ?? slug,
    }),
    roleSlug: focus?.analysis.role.slug ?? null,
  };
}

/** Analyse, store (the text only with consent) and return the result, in one step. */
export async function analyzeAndSave(
  userId: string,
  input: { text: string; jobDescription: string; keepCopy: boolean; source: string; fileName: string | null },
): Promise<ResumeResult> {
  const extractor = getExtractor();
  const found = extractor.extract(input.text);
  const jobFound = input.jobDescription.trim() ? extractor.extract(input.jobDescription).map(stored) : null;
  const foundStored = found.map(stored);
  const { inProfile, suggestions, roleSlug } = await suggestionsFor(userId, foundStored, jobFound);
  const [row] = await db()
    .insert(resumeAnalyses)
    .values({
      userId,
      source: input.source,
      fileName: input.fileName,
      resumeText: input.keepCopy ? input.text : null,
      roleSlug,
      found: foundStored,
      jobSkills: jobFound,
      matchRate: suggestions.job?.matchRate ?? null,
    })
    .returning({ id: resumeAnalyses.id, createdAt: resumeAnalyses.createdAt });
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    fileName: input.fileName,
    text: input.text,
    highlights: highlightsOf(found),
    found: foundStored,
    inProfile,
    suggestions,
  };
}

/** A stored analysis of this user's, with suggestions from their profile as it is now. */
/** The user's analysis with this id; null for another user's, a deleted one, or an id that is no id at all. */
export async function getAnalysis(userId: string, id: string): Promise<ResumeResult | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db()
    .select()
    .from(resumeAnalyses)
    .where(and(eq(resumeAnalyses.id, id), eq(resumeAnalyses.userId, userId)));
  if (!row) return null;
  const { inProfile, suggestions } = await suggestionsFor(userId, row.found, row.jobSkills);
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    fileName: row.fileName,
    text: row.resumeText,
    highlights: row.resumeText ? highlightsOf(getExtractor().extract(row.resumeText)) : [],
    found: row.found,
    inProfile,
    suggestions,
  };
}

export async function listAnalyses(userId: string) {
  return db()
    .select({
      id: resumeAnalyses.id,
      createdAt: resumeAnalyses.createdAt,
      fileName: resumeAnalyses.fileName,
      source: resumeAnalyses.source,
      matchRate: resumeAnalyses.matchRate,
      skillCount: sql<number>`jsonb_array_length(${resumeAnalyses.found})`,
      kept: sql<boolean>`${resumeAnalyses.resumeText} is not null`,
    })
    .from(resumeAnalyses)
    .where(eq(resumeAnalyses.userId, userId))
    .orderBy(desc(resumeAnalyses.createdAt))
    .limit(50);
}

export async function deleteAnalysis(userId: string, id: string): Promise<boolean> {
  const rows = await db()
    .delete(resumeAnalyses)
    .where(and(eq(resumeAnalyses.id, id), eq(resumeAnalyses.userId, userId)))
    .returning({ id: resumeAnalyses.id });
  return rows.length > 0;
}
