// Aho–Corasick automaton over normalised patterns, compiled to a dense DFA: one table lookup per
// character of text. Whitespace runs collapse (a state entered by a space loops on more spaces), so
// "CI  CD" matches "ci cd"; a joiner ('-', '_') counts as one separator but does not extend a run,
// so "Java - Spring" does not match "java spring".
import { charTables } from "./chars";

export interface Automaton {
  /** Symbol of each UTF-16 unit: 0 = in no pattern (goes to the root), 1 = whitespace, 2 = joiner. */
  sym: Uint8Array | Uint16Array;
  /** Alphabet size: row width of `trans`. */
  width: number;
  /**
   * Transitions, premultiplied: from row r (state × width, the root is 0), the next row is
   * trans[r + symbol], stored as ~row when that state ends a pattern.
   */
  trans: Int32Array;
  /** Per state (row / width): the longest pattern ending here, or -1. */
  out: Int32Array;
  /** Per pattern: the next shorter pattern that is a suffix of it (dictionary-suffix link), or -1. */
  next: Int32Array;
  states: number;
}

const SPACE = 1;
const JOINER = 2;

/** Patterns must be normalised (normalizePattern), non-empty and distinct; ids are their indices. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const { fold, sep } = charTables();
  const symOfChar = new Map<number, number>([[0x20, SPACE]]);
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (!symOfChar.has(c)) symOfChar.set(c, symOfChar.size + 2);
    }
  }
  const width = symOfChar.size + 2;
  const sym = width <= 256 ? new Uint8Array(65536) : new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) sym[c] = sep[c] === 2 ? JOINER : (symOfChar.get(fold[c]) ?? 0);

  // Trie in a growable dense table; -1 marks a missing edge until the breadth-first pass fills it.
  let trans = new Int32Array(1024 * width).fill(-1);
  const terminal: number[] = [-1];
  const entered: number[] = [0]; // symbol on the edge into each state
  let states = 1;
  const patternEnd = new Int32Array(patterns.length);
  patterns.forEach((p, id) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const a = symOfChar.get(p.charCodeAt(i))!;
      let t = trans[s * width + a];
      if (t < 0) {
        if ((states + 1) * width > trans.length) {
          const grown = new Int32Array(trans.length * 2).fill(-1);
          grown.set(trans);
          trans = grown;
        }
        t = states++;
        terminal.push(-1);
        entered.push(a);
        trans[s * width + a] = t;
      }
      s = t;
    }
    terminal[s] = id;
    patternEnd[id] = s;
  });
  trans = trans.slice(0, states * width);

  const fail = new Int32Array(states);
  const out = new Int32Array(states).fill(-1);
  const queue = new Int32Array(states);
  let head = 0;
  let tail = 1; // queue[0] = root
  while (head < tail) {
    const u = queue[head++];
    out[u] = terminal[u] >= 0 ? terminal[u] : u === 0 ? -1 : out[fail[u]];
    const row = u * width;
    const failRow = fail[u] * width;
    for (let a = 0; a < width; a++) {
      const v = trans[row + a];
      if (v >= 0 && a !== 0) {
        fail[v] = u === 0 ? 0 : trans[failRow + a];
        queue[tail++] = v;
      } else {
        trans[row + a] = u === 0 ? 0 : trans[failRow + a];
      }
    }
  }
  for (let u = 0; u < states; u++) {
    const row = u * width;
    if (entered[u] === SPACE) {
      trans[row + SPACE] = u;
      trans[row + JOINER] = 0;
    } else {
      trans[row + JOINER] = trans[row + SPACE];
    }
  }
  const next = new Int32Array(patterns.length);
  for (let id = 0; id < patterns.length; id++) next[id] = out[fail[patternEnd[id]]];
  // Premultiply targets by the row width and mark targets that end a pattern with ~, so the scan is
  // one lookup and one sign test per character.
  for (let i = 0; i < trans.length; i++) {
    const v = trans[i];
    trans[i] = out[v] >= 0 ? ~(v * width) : v * width;
  }
  return { sym, width, trans, out, next, states };
}
