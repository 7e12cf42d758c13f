// Short title-case names that are also ordinary English ("Go", "Swift", "Spring", "Excel", "Access"):
// which spelling of a case-sensitive skill the text shows, and whether the words around it make it
// the ordinary word ("Go to market", "Swift delivery", "Spring 2011") rather than the technology.
import type { CharTables } from "./chars";
import { codeAt, isLineBreak, isLower, isUpper, normalizeSeparators, skipSpaces } from "./chars";
import { spellingMatches, type PatternInfo } from "./word-forms";

/** Words after an ambiguous name that confirm the technology ("Go developer", "Swift code", "Spring Integration"). */
export const TECH_HEADS = new Set(
  (
    "developer developers development engineer engineers engineering programmer programmers programming " +
    "code codebase coding language languages framework frameworks library libraries lib libs sdk api apis " +
    "app apps application applications service services microservices backend frontend stack module modules " +
    "script scripts scripting project projects expert expertise experience certified certification " +
    "version versions runtime compiler toolchain ecosystem router routing integration gem gems query hooks " +
    "server client cli studio engine cloud data security batch tools toolkit platform plugin plugins package " +
    "packages components templates web core mvc ui"
  ).split(" "),
);
/** Capitalised, alphabetic, at most six letters: the names that double as English words. */
const SHORT_TITLE_WORD = /^\p{Lu}\p{Ll}{1,5}$/u;
const SENTENCE_ENDS = new Set([...".!?:;|>"].map((c) => c.charCodeAt(0)));
const BULLETS = new Set([..."•·▪●◦‣⁃○■□◆◇►▶➢➤✓✔❖→–—"].map((c) => c.charCodeAt(0)));
const LINE_BULLETS = new Set([..."-*+"].map((c) => c.charCodeAt(0)));
const SEASONS = new Set(["Spring", "Summer", "Fall", "Autumn", "Winter"]);
const YEAR = /^((19|20)(\d\d|XX)|'?\d\d)$/;
const TERMS = new Set(["semester", "semesters", "term", "terms", "quarter", "session", "sessions", "break"]);

/** At the start of the text, a line, a sentence or a bullet: only spaces between it and `start`. */
export function atSentenceStart(t: CharTables, text: string, start: number): boolean {
  const i = skipSpaces(t, text, start - 1, -1);
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  if (isLineBreak(c) || SENTENCE_ENDS.has(c) || BULLETS.has(c)) return true;
  if (!LINE_BULLETS.has(c)) return false;
  const j = skipSpaces(t, text, i - 1, -1);
  return j < 0 || isLineBreak(text.charCodeAt(j));
}

/** The word starting at i (letters, digits, apostrophes). */
export function wordAt(t: CharTables, text: string, i: number): string {
  let j = i;
  while (j < text.length && (t.word[text.charCodeAt(j)] || text.charCodeAt(j) === 0x27)) j++;
  return text.slice(i, j);
}

/**
 * The next word on the line starts with a lowercase letter and is not a technology noun, nor "and"/"or"
 * before a capitalised word ("Excel and Word" is a list, "Swift and accurate" is not).
 */
export function ordinaryWordFollows(t: CharTables, text: string, end: number): boolean {
  const i = skipSpaces(t, text, end, 1);
  if (i === end || !isLower(t, codeAt(text, i))) return false;
  const word = wordAt(t, text, i);
  if (word === "and" || word === "or") {
    const j = skipSpaces(t, text, i + word.length, 1);
    return j === i + word.length || !isUpper(t, codeAt(text, j));
  }
  return !TECH_HEADS.has(word);
}

/** Season names beside a year or a term are dates: "Spring 2011", "(Spring, 2015)", "2013 Spring", "Spring semester". */
function seasonDate(t: CharTables, text: string, start: number, end: number): boolean {
  let i = end;
  while (i < text.length && (t.sep[text.charCodeAt(i)] === 1 || text.charCodeAt(i) === 0x2c)) i++;
  const next = wordAt(t, text, i);
  if (YEAR.test(next) || TERMS.has(next.toLowerCase())) return true;
  let j = start - 1;
  while (j >= 0 && (t.sep[text.charCodeAt(j)] === 1 || text.charCodeAt(j) === 0x2c)) j--;
  let k = j + 1;
  while (k > 0 && t.word[text.charCodeAt(k - 1)]) k--;
  return j >= 0 && k <= j && /^(19|20)\d\d$/.test(text.slice(k, j + 1));
}

export interface Picked {
  skill: number;
  /** Matched a short title-case word of a case-sensitive skill ("Go", "Excel", "Spring"). */
  titleWord: boolean;
  /** All-lowercase or all-caps spelling of a case-sensitive skill ("spring", "EXCEL"): kept only inside a list of skills. */
  caseVariant: boolean;
}

/** The first skill the candidate is valid for: exact spelling for case-sensitive skills, and the English-word rules. */
export function pickEntry(
  t: CharTables,
  text: string,
  start: number,
  end: number,
  info: PatternInfo,
): Picked | null {
  let slice: string | undefined;
  let variant: Picked | null = null;
  for (const entry of info.entries) {
    if (!entry.exact) return { skill: entry.skill, titleWord: false, caseVariant: false };
    slice ??= normalizeSeparators(text.slice(start, end));
    if (!spellingMatches(slice, entry.exact)) {
      if (!variant && (slice === slice.toLowerCase() || slice === slice.toUpperCase()))
        variant = { skill: entry.skill, titleWord: false, caseVariant: true };
      continue;
    }
    const titleWord = SHORT_TITLE_WORD.test(slice);
    if (titleWord && atSentenceStart(t, text, start) && ordinaryWordFollows(t, text, end)) continue;
    if (SEASONS.has(slice) && seasonDate(t, text, start, end)) continue;
    return { skill: entry.skill, titleWord, caseVariant: false };
  }
  return variant;
}
