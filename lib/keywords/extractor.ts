// Finds catalog skills in free text: one pass of a dense Aho–Corasick DFA over the text, each
// candidate checked against the original text, then leftmost-longest selection of the survivors.
import type { SkillCategory, SkillDef } from "../catalog/types";
import { buildAutomaton } from "./automaton";
import { charTables } from "./chars";
import { pickEntry } from "./ambiguity";
import { CASE_VARIANT, rejectedInContext, SINGLE_LETTER, TITLE_WORD } from "./context";
import { compileForms } from "./word-forms";
import { boundariesOk } from "./rules";

export interface SkillMatch {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character (exclusive). */
  end: number;
  /** text.slice(start, end). */
  text: string;
}

export interface FoundSkill {
  slug: string;
  name: string;
  category: SkillCategory;
  /** Every occurrence, in text order. */
  matches: SkillMatch[];
}

export interface Extractor {
  /** Skills in order of first appearance, each with all its matches. */
  extract(text: string): FoundSkill[];
  /** Number of distinct normalised patterns (names, aliases, plurals) and DFA states. */
  readonly size: { patterns: number; states: number };
}

export function buildExtractor(skills: readonly SkillDef[]): Extractor {
  const t = charTables();
  const { patterns, infos } = compileForms(skills);
  const { sym, width, trans, out, next, states } = buildAutomaton(patterns);
  const { sep, word } = t;
  // Per pattern, for the quick rejection in the scan loop: fixed length (0 when separator runs may
  // stretch it) and whether the pattern needs a word boundary before (1) and after (2).
  const fixedLength = Int32Array.from(infos, (info) => (info.hasSpace ? 0 : info.length));
  const bounded = Uint8Array.from(infos, (info) => (info.boundedStart ? 1 : 0) | (info.boundedEnd ? 2 : 0));
  const isLetterCode = (c: number) => word[c] === 1 && (c < 0x30 || c > 0x39);

  /** Start of a match of `id` ending at `end`: walks back over the pattern when separator runs may be longer. */
  const startOf = (text: string, end: number, id: number): number => {
    const info = infos[id];
    if (!info.hasSpace) return end - info.length;
    const p = patterns[id];
    let i = end - 1;
    for (let j = p.length - 1; j >= 0; j--) {
      if (p.charCodeAt(j) === 0x20) while (i >= 0 && sep[text.charCodeAt(i)]) i--;
      else i--;
    }
    return i + 1;
  };

  const extract = (text: string): FoundSkill[] => {
    // Candidates that pass the per-match rules, as flat quadruples: start, end, skill index, flags.
    const found: number[] = [];
    let row = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      row = trans[row + sym[text.charCodeAt(i)]];
      if (row >= 0) continue;
      row = ~row;
      for (let id = out[row / width]; id >= 0; id = next[id]) {
        const end = i + 1;
        // Most candidates are short names inside longer words ("go" in "good", "r" in "for"): reject
        // those with two table lookups before anything else.
        const length = fixedLength[id];
        if (length > 0) {
          if (bounded[id] & 1 && end > length && word[text.charCodeAt(end - length - 1)] === 1) continue;
          if (bounded[id] & 2 && end < n && isLetterCode(text.charCodeAt(end))) continue;
        }
        const start = startOf(text, end, id);
        const info = infos[id];
        if (!boundariesOk(t, text, start, end, info)) continue;
        const picked = pickEntry(t, text, start, end, info);
        if (!picked) continue;
        const flags =
          (info.single ? SINGLE_LETTER : 0) |
          (picked.titleWord ? TITLE_WORD : 0) |
          (picked.caseVariant ? CASE_VARIANT : 0);
        found.push(start, end, picked.skill, flags);
      }
    }
    // Select, then drop what the neighbourhood rejects and select again, so a shorter or later
    // candidate can take the place of a rejected one ("access control" after rejecting "access").
    let kept = select(found);
    for (
      let rejected = rejectedInContext(text, found, kept);
      rejected.length;
      rejected = rejectedInContext(text, found, kept)
    ) {
      for (const o of rejected) found[o + 2] = -1;
      kept = select(found);
    }
    return group(found, kept, text);
  };

  /** Leftmost-longest: by start, then longest first; skips rejected candidates and anything overlapping a kept one. */
  const select = (found: number[]): number[] => {
    const order: number[] = [];
    for (let o = 0; o < found.length; o += 4) if (found[o + 2] >= 0) order.push(o);
    order.sort((a, b) => found[a] - found[b] || found[b + 1] - found[a + 1]);
    const kept: number[] = [];
    let reach = 0;
    for (const o of order) {
      if (found[o] < reach) continue;
      kept.push(o);
      reach = found[o + 1];
    }
    return kept;
  };

  const group = (found: number[], kept: number[], text: string): FoundSkill[] => {
    const bySkill = new Map<number, FoundSkill>();
    for (const o of kept) {
      const [start, end, index] = [found[o], found[o + 1], found[o + 2]];
      let skill = bySkill.get(index);
      if (!skill) {
        const def = skills[index];
        skill = { slug: def.slug, name: def.name, category: def.category, matches: [] };
        bySkill.set(index, skill);
      }
      skill.matches.push({ start, end, text: text.slice(start, end) });
    }
    return [...bySkill.values()];
  };

  return { extract, size: { patterns: patterns.length, states } };
}
