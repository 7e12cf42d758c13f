// Checks a candidate match against the original text: word boundaries, and the punctuation around a
// single letter ("C", "R") that shows it is something other than a language.
import type { CharTables } from "./chars";
import { codeAt, isLetter, isLineBreak, isUpper, skipSpaces } from "./chars";
import type { PatternInfo } from "./word-forms";

const PLUS = 0x2b;
const HASH = 0x23;
const DOT = 0x2e;
const AMP = 0x26;
const SLASH = 0x2f;
const COMMA = 0x2c;
const LPAREN = 0x28;
const RPAREN = 0x29;
const SINGLE_AFTER = new Set([..."-&'’\\"].map((c) => c.charCodeAt(0)));

/**
 * Word boundaries: a pattern starting with a letter, digit or '.' needs a non-word character before
 * it (".NET" does not fire inside "ASP.NET", "js" not inside "vue.js"); one ending in a letter or digit
 * needs no letter, digit, '+', '#' or '.'+letter after it ("C" never fires on "C#", "C++"). A pattern
 * ending in a symbol ("C++") only needs no letter after it, so "C++11" counts.
 */
export function boundariesOk(
  t: CharTables,
  text: string,
  start: number,
  end: number,
  info: PatternInfo,
): boolean {
  const before = codeAt(text, start - 1);
  const after = codeAt(text, end);
  if (info.boundedStart && before >= 0) {
    if (t.word[before]) return false;
    if (
      before === DOT &&
      text.charCodeAt(start) !== DOT &&
      start >= 2 &&
      t.word[text.charCodeAt(start - 2)] === 1
    )
      return false;
  }
  if (info.boundedEnd) {
    if (
      after >= 0 &&
      (t.word[after] || after === PLUS || after === HASH) &&
      !gluedVersion(t, text, end, info)
    )
      return false;
    if (after === DOT && isLetter(t, codeAt(text, end + 1))) return false;
  } else if (isLetter(t, after)) return false;
  if (info.single && !singleLetterOk(t, text, start, end)) return false;
  return !insideAddress(t, text, start, end);
}

const MAX_TOKEN = 200;
const AT = 0x40;
const COLON = 0x3a;

/** Part of a URL or an e-mail address: "https://github.com/…", "jane@oracle.com", "www.linkedin.com/in/…". */
function insideAddress(t: CharTables, text: string, start: number, end: number): boolean {
  const { sep, fold } = t;
  let a = start;
  for (
    let c = text.charCodeAt(a - 1);
    a > 0 && start - a < MAX_TOKEN && sep[c] !== 1;
    c = text.charCodeAt(--a - 1)
  ) {
    if (c === AT || (c === COLON && text.charCodeAt(a) === SLASH)) return true;
  }
  for (
    let b = end, c = text.charCodeAt(b);
    b < text.length && b - end < MAX_TOKEN && sep[c] !== 1;
    c = text.charCodeAt(++b)
  ) {
    if (c === AT || (c === COLON && text.charCodeAt(b + 1) === SLASH)) return true;
  }
  if (text.charCodeAt(a) === LPAREN) a++;
  const w = 0x77;
  return (
    fold[text.charCodeAt(a)] === w &&
    fold[text.charCodeAt(a + 1)] === w &&
    fold[text.charCodeAt(a + 2)] === w &&
    text.charCodeAt(a + 3) === DOT
  );
}

/** "8", "11", "2000", "5.0", "9.0.1", "10g" — not model or course numbers ("ASR901", "VFX102"). */
const VERSION = /^(\d+(\.\d+)+|(19|20)\d\d|\d{1,2})[a-z]?(?![\p{L}\p{N}+#])/u;

/** A version number glued to a name that ends in a letter: "IIS5.0", "Java8", "Oracle10g" (not after "C", "R"). */
function gluedVersion(t: CharTables, text: string, end: number, info: PatternInfo): boolean {
  return !info.single && isLetter(t, text.charCodeAt(end - 1)) && VERSION.test(text.slice(end, end + 16));
}

/** A lone letter at i: no word character before it, none (nor '+', '#') after it. */
function loneLetterAt(t: CharTables, text: string, i: number): boolean {
  const after = codeAt(text, i + 1);
  return (
    isLetter(t, codeAt(text, i)) &&
    !t.word[codeAt(text, i - 1)] &&
    !(after >= 0 && (t.word[after] || after === PLUS || after === HASH))
  );
}

/**
 * "C", "R" as a language, not "C-suite", "R&D", "R & D", "C.V.", "Lisa R. Hirschhorn", "Washington
 * D. C.", "Science (C)", "C/o", "SAP R/3" or "A/C" (but "C/C++" and "C & C++" count).
 */
function singleLetterOk(t: CharTables, text: string, start: number, end: number): boolean {
  const before = codeAt(text, start - 1);
  const after = codeAt(text, end);
  if (SINGLE_AFTER.has(after) || before === AMP || before === DOT) return false;
  if (after === DOT && looksLikeInitial(t, text, start, end)) return false;
  if (before === LPAREN && after === RPAREN) return false;
  if (after === SLASH) {
    const next = codeAt(text, end + 1);
    if (!isLetter(t, next) || !isUpper(t, next) || loneLetterAt(t, text, end + 1)) return false;
  }
  if (before === SLASH && loneLetterAt(t, text, start - 2)) return false;
  const right = skipSpaces(t, text, end, 1);
  if (codeAt(text, right) === AMP && loneLetterAt(t, text, skipSpaces(t, text, right + 1, 1))) return false;
  const left = skipSpaces(t, text, start - 1, -1);
  return !(codeAt(text, left) === AMP && loneLetterAt(t, text, skipSpaces(t, text, left - 1, -1)));
}

/** A letter followed by '.' is an initial or outline letter unless it ends a line or follows a lowercase word ("in C."). */
function looksLikeInitial(t: CharTables, text: string, start: number, end: number): boolean {
  const next = skipSpaces(t, text, end + 1, 1);
  const n = codeAt(text, next);
  if (n < 0 || isLineBreak(n)) return false;
  if (n === COMMA || n === 0x3b || n === LPAREN || (isLetter(t, n) && codeAt(text, next + 1) === DOT))
    return true;
  const prev = skipSpaces(t, text, start - 1, -1);
  const p = codeAt(text, prev);
  if (p < 0 || p === DOT || isLineBreak(p)) return true;
  let w = prev;
  while (w > 0 && t.word[text.charCodeAt(w - 1)]) w--;
  return isUpper(t, codeAt(text, w)); // "Lisa R." — the previous word is capitalised
}
