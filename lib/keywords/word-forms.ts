// Turns skills into the pattern list the automaton is built from: names, aliases and simple plurals,
// normalised and deduplicated, each pattern with the skills it can stand for, in priority order.
import type { SkillDef } from "../catalog/types";
import { charTables, normalizePattern, normalizeSeparators } from "./chars";

/** A skill a pattern can stand for. */
export interface PatternEntry {
  /** Index into the skill list. */
  skill: number;
  /**
   * Case-sensitive skills: the spellings (separators normalised) the text must show. The first word
   * must match exactly; later words of a multi-word form may differ in case ("Apache Web Server").
   */
  exact: string[] | null;
  /** 0 = case-sensitive form, 1 = name or alias, 2 = generated plural. Lower is tried first. */
  rank: number;
}

export interface PatternInfo {
  /** Length of the normalised pattern (the match length when the text has no extra spaces). */
  length: number;
  /** The pattern holds a space, so the text may hold a longer separator run there. */
  hasSpace: boolean;
  /** Starts with a letter, digit or '.': the character before must not be a letter or digit. */
  boundedStart: boolean;
  /** Ends with a letter or digit: the character after must not be a letter, digit, '+' or '#'. */
  boundedEnd: boolean;
  /** A single letter ("c", "r"): extra rules against "C-suite", "R&D", "C.V.". */
  single: boolean;
  entries: PatternEntry[];
}

export interface CompiledForms {
  patterns: string[];
  infos: PatternInfo[];
}

const MIN_PLURAL_LENGTH = 3;

/** "api" → "apis", "database" → "databases", "switch" → "switches"; only for forms ending in a letter. */
export function pluralOf(form: string): string | null {
  if (form.length < MIN_PLURAL_LENGTH || !/\p{L}$/u.test(form)) return null;
  return /(s|x|ch|sh)$/i.test(form) ? `${form}es` : `${form}s`;
}

/** The text's spelling fits a case-sensitive form: first word identical, the rest equal ignoring case. */
export function spellingMatches(slice: string, exact: readonly string[]): boolean {
  for (const form of exact) {
    if (slice === form) return true;
    const space = form.indexOf(" ");
    if (
      space > 0 &&
      slice.length === form.length &&
      slice.startsWith(form.slice(0, space + 1)) &&
      slice.slice(space).toLowerCase() === form.slice(space).toLowerCase()
    )
      return true;
  }
  return false;
}

export function compileForms(skills: readonly SkillDef[]): CompiledForms {
  const { word } = charTables();
  const byPattern = new Map<string, PatternEntry[]>();
  const add = (pattern: string, entry: PatternEntry, spelling: string) => {
    if (!pattern) return;
    let entries = byPattern.get(pattern);
    if (!entries) byPattern.set(pattern, (entries = []));
    const same = entries.find((e) => e.skill === entry.skill && e.rank === entry.rank);
    if (!same) entries.push(entry);
    else if (same.exact && !same.exact.includes(spelling)) same.exact.push(spelling);
  };
  skills.forEach((skill, index) => {
    const forms = [skill.name, ...(skill.aliases ?? [])];
    // Soft skills are mass nouns whose plurals name other things: "communications" is an industry,
    // "delegations" are groups of people.
    const pluralize = skill.category !== "soft-skill";
    for (const form of forms) {
      const pattern = normalizePattern(form);
      if (skill.caseSensitive) {
        const spelling = normalizeSeparators(form);
        add(pattern, { skill: index, exact: [spelling], rank: 0 }, spelling);
        // Multi-word forms end in an ordinary word, so their plural is safe: "Oracle Databases".
        const plural = pluralize && spelling.includes(" ") ? pluralOf(spelling) : null;
        if (plural) add(normalizePattern(plural), { skill: index, exact: [plural], rank: 2 }, plural);
        continue;
      }
      add(pattern, { skill: index, exact: null, rank: 1 }, form);
      const plural = pluralize ? pluralOf(pattern) : null;
      if (plural) add(plural, { skill: index, exact: null, rank: 2 }, form);
    }
  });
  const patterns = [...byPattern.keys()];
  const infos = patterns.map((p): PatternInfo => {
    const first = p.charCodeAt(0);
    const last = p.charCodeAt(p.length - 1);
    return {
      length: p.length,
      hasSpace: p.includes(" "),
      boundedStart: word[first] === 1 || first === 0x2e,
      boundedEnd: word[last] === 1,
      single: p.length === 1 && word[first] === 1,
      entries: byPattern.get(p)!.sort((a, b) => a.rank - b.rank || a.skill - b.skill),
    };
  });
  return { patterns, infos };
}
