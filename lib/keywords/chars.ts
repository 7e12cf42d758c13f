// Character classes and the length-preserving normalisation shared by patterns and text: one UTF-16
// unit in, one unit out, so an offset into the normalised text is an offset into the original.

/** Character code tables over all 65,536 UTF-16 units, built once on first use. */
export interface CharTables {
  /** Lowercase per unit (the unit itself when its lowercase has another length); separators → ' '. */
  fold: Uint16Array;
  /** 1 = whitespace (space, tab, newline, NBSP…), 2 = joiner ('-', '_'), 0 = anything else. */
  sep: Uint8Array;
  /** 1 for letters, digits and combining marks. */
  word: Uint8Array;
}

const JOINERS = [0x2d, 0x5f, 0x2010, 0x2011]; // - _ and the Unicode hyphens
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

let tables: CharTables | undefined;

export function charTables(): CharTables {
  if (tables) return tables;
  const fold = new Uint16Array(65536);
  const sep = new Uint8Array(65536);
  const word = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const ch = String.fromCharCode(c);
    const isSurrogate = c >= 0xd800 && c <= 0xdfff;
    if (!isSurrogate && /\s/.test(ch)) sep[c] = 1;
    else if (JOINERS.includes(c)) sep[c] = 2;
    if (sep[c]) {
      fold[c] = 0x20;
      continue;
    }
    const lower = isSurrogate ? ch : ch.toLowerCase();
    fold[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
    if (c < 128) word[c] = /[0-9A-Za-z]/.test(ch) ? 1 : 0;
    else if (!isSurrogate && WORD_RE.test(ch)) word[c] = 1;
  }
  tables = { fold, sep, word };
  return tables;
}

/** Folds a pattern the way the text is folded, then collapses separator runs to one space and trims. */
export function normalizePattern(pattern: string): string {
  const { fold } = charTables();
  let out = "";
  for (let i = 0; i < pattern.length; i++) out += String.fromCharCode(fold[pattern.charCodeAt(i)]);
  return out.replace(/ {2,}/g, " ").trim();
}

/** Separators to one space, runs collapsed, case kept: how a case-sensitive form is compared. */
export function normalizeSeparators(s: string): string {
  const { sep } = charTables();
  let plain = true; // only single spaces: nothing to change
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    plain = !sep[c] || (c === 0x20 && i > 0 && i < s.length - 1 && s.charCodeAt(i - 1) !== 0x20);
  }
  if (plain) return s;
  let out = "";
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (sep[c]) {
      if (!prevSpace) out += " ";
      prevSpace = true;
    } else {
      out += s[i];
      prevSpace = false;
    }
  }
  return out.trim();
}

/** Letters only (no digits); -1 (out of range) is not a letter. */
export const isLetter = (t: CharTables, c: number) => c >= 0 && t.word[c] === 1 && !(c >= 0x30 && c <= 0x39);
/** A lowercase letter: folds to itself and has an uppercase form. */
export const isLower = (t: CharTables, c: number) =>
  isLetter(t, c) && t.fold[c] === c && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c);
/** An uppercase letter. */
export const isUpper = (t: CharTables, c: number) => isLetter(t, c) && t.fold[c] !== c;
/** The code unit at i, or -1 outside the text. */
export const codeAt = (text: string, i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);
export const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/** From i, steps over spaces and tabs (not line breaks) in direction step; returns the first other index. */
export function skipSpaces(t: CharTables, text: string, i: number, step: 1 | -1): number {
  while (i >= 0 && i < text.length && t.sep[text.charCodeAt(i)] === 1 && !isLineBreak(text.charCodeAt(i)))
    i += step;
  return i;
}
