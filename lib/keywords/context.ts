// Rules that look at the neighbouring matches, applied after leftmost-longest selection. Candidates
// are flat quadruples in `found` (start, end, skill, flags); `kept` lists the offsets of the selected
// ones in text order, without overlaps.
import { TECH_HEADS, wordAt } from "./ambiguity";
import { charTables, codeAt, isLineBreak, isUpper, skipSpaces } from "./chars";

export const SINGLE_LETTER = 1;
export const TITLE_WORD = 2;
export const CASE_VARIANT = 4;
/** How far (UTF-16 units, each side, same line) to look for corroboration of a single letter. */
export const CONTEXT_WINDOW = 48;

const PROGRAMMING_WORDS =
  /\b(languages?|programming|programmer|programs?|code|coding|compilers?|compiled|embedded|firmware|developers?|development|software|scripts?|scripting|libraries|library|functions?|algorithms?)\b/i;
/** How far (UTF-16 units) a confident match in the same list may be from another-case spelling. */
export const LIST_WINDOW = 60;
const LINE_LIST_GAP = /^[ \t\u00a0]*[,;]?[ \t\u00a0]*[\n\r\u2022][ \t\u00a0\n\r\u2022]*$/;
const LIST_SEPARATOR = /[,;/|\u2022]/;
const SENTENCE_OR_LINE_END = /[.!?:\n\r]/;
/** What may stand right before and after a list item: separators, brackets, line breaks, a colon. */
const ITEM_EDGE = /[,;/|&\u2022()[\]:.\n\r]/;
const CONJUNCTION = /^(and|or)$/i;

/**
 * The kept offsets to reject: single letters ("C", "R") with no other skill or programming word near
 * them on the line (initials, grades, list markers); short title-case words inside a capitalised name
 * that is not a skill ("Spring Lake Park", "Premier Access Certified", "Elm Street"); and other-case
 * spellings of case-sensitive skills outside a list of skills ("I excel at", but "java, spring").
 */
export function rejectedInContext(text: string, found: readonly number[], kept: readonly number[]): number[] {
  const rejected: number[] = [];
  for (let i = 0; i < kept.length; i++) {
    const flags = found[kept[i] + 3];
    if (!flags) continue;
    if (
      (flags & SINGLE_LETTER && !letterCorroborated(text, found, kept, i)) ||
      (flags & TITLE_WORD && insideProperName(text, found, kept, i)) ||
      (flags & CASE_VARIANT && !inSkillList(text, found, kept, i))
    ) {
      rejected.push(kept[i]);
    }
  }
  return rejected;
}

function letterCorroborated(
  text: string,
  found: readonly number[],
  kept: readonly number[],
  i: number,
): boolean {
  const [start, end] = [found[kept[i]], found[kept[i] + 1]];
  let from = Math.max(0, start - CONTEXT_WINDOW);
  let to = Math.min(text.length, end + CONTEXT_WINDOW);
  for (let c = start - 1; c >= from; c--) if (isLineBreak(text.charCodeAt(c))) from = c + 1;
  for (let c = end; c < to; c++) if (isLineBreak(text.charCodeAt(c))) to = c;
  const other = (j: number) => !(found[kept[j] + 3] & SINGLE_LETTER);
  for (let j = i - 1; j >= 0 && found[kept[j] + 1] > from; j--) if (other(j)) return true;
  for (let j = i + 1; j < kept.length && found[kept[j]] < to; j++) if (other(j)) return true;
  return PROGRAMMING_WORDS.test(text.slice(from, to));
}

/**
 * A list item ("JNI, ant, Velocity"; "DOS, WINDOWS and Linux"; "Skills:\nspring\nhibernate") with a
 * confident match in the same list: a match on the line within LIST_WINDOW with a separator and no
 * sentence end between, or one line away in a one-per-line list.
 */
function inSkillList(text: string, found: readonly number[], kept: readonly number[], i: number): boolean {
  const [start, end] = [found[kept[i]], found[kept[i] + 1]];
  if (!listItemAt(text, start, end)) return false;
  for (let j = i - 1; j >= 0 && found[kept[j] + 1] >= start - LIST_WINDOW; j--) {
    if (!(found[kept[j] + 3] & CASE_VARIANT) && listBetween(text.slice(found[kept[j] + 1], start)))
      return true;
  }
  for (let j = i + 1; j < kept.length && found[kept[j]] <= end + LIST_WINDOW; j++) {
    if (!(found[kept[j] + 3] & CASE_VARIANT) && listBetween(text.slice(end, found[kept[j]]))) return true;
  }
  return false;
}

/** Stands alone between separators, brackets, line breaks or "and"/"or": not "backend database access". */
function listItemAt(text: string, start: number, end: number): boolean {
  const t = charTables();
  const left = skipSpaces(t, text, start - 1, -1);
  const right = skipSpaces(t, text, end, 1);
  let w = left;
  while (w > 0 && t.word[text.charCodeAt(w - 1)]) w--;
  const edge = (at: number, word: string) =>
    at < 0 || at >= text.length || ITEM_EDGE.test(text[at]) || CONJUNCTION.test(word);
  return edge(left, text.slice(w, left + 1)) && edge(right, wordAt(t, text, right));
}

const listBetween = (gap: string) =>
  LINE_LIST_GAP.test(gap) || (LIST_SEPARATOR.test(gap) && !SENTENCE_OR_LINE_END.test(gap));

/**
 * The next word, one space away, is capitalised, holds no digit and is neither a skill nor a technology
 * noun: "Spring Lake", "Access Certified", "Word Press", "Go Live". (The word before is no guide:
 * resume sections read "Operating Systems Windows, Linux".)
 */
function insideProperName(
  text: string,
  found: readonly number[],
  kept: readonly number[],
  i: number,
): boolean {
  const t = charTables();
  const right = found[kept[i] + 1] + 1;
  if (skipSpaces(t, text, right - 1, 1) !== right) return false;
  if (i + 1 < kept.length && found[kept[i + 1]] === right) return false;
  const word = wordAt(t, text, right);
  return isUpper(t, codeAt(text, right)) && !/\d/.test(word) && !TECH_HEADS.has(word.toLowerCase());
}
