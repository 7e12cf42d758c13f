import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAutomaton, type Automaton } from "./automaton";
import { normalizePattern } from "./chars";

/** Every (end, pattern) the automaton reports, as "end:pattern". */
function scan(a: Automaton, patterns: string[], text: string): string[] {
  const hits: string[] = [];
  let row = 0;
  for (let i = 0; i < text.length; i++) {
    row = a.trans[row + a.sym[text.charCodeAt(i)]];
    if (row >= 0) continue;
    row = ~row;
    for (let id = a.out[row / a.width]; id >= 0; id = a.next[id]) hits.push(`${i + 1}:${patterns[id]}`);
  }
  return hits.sort();
}

function naive(patterns: string[], text: string): string[] {
  const hits: string[] = [];
  for (const p of patterns)
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) hits.push(`${i + p.length}:${p}`);
  return hits.sort();
}

describe("buildAutomaton", () => {
  it("finds overlapping patterns (he, she, his, hers)", () => {
    const patterns = ["he", "she", "his", "hers"];
    const a = buildAutomaton(patterns);
    expect(scan(a, patterns, "ushers")).toEqual(["4:he", "4:she", "6:hers"]);
  });
  it("reports exactly what a naive search finds", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c"), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 12 }),
        fc.string({ unit: fc.constantFrom("a", "b", "c", "x"), maxLength: 60 }),
        (patterns, text) => {
          expect(scan(buildAutomaton(patterns), patterns, text)).toEqual(naive(patterns, text));
        },
      ),
    );
  });
  it("is case-insensitive and lets a whitespace run or one joiner stand for a pattern space", () => {
    const patterns = ["ci cd", "c++"].map(normalizePattern);
    const a = buildAutomaton(patterns);
    expect(scan(a, patterns, "CI CD|ci-cd|Ci_Cd|CI \n\t CD|C++")).toEqual([
      "11:ci cd",
      "17:ci cd",
      "26:ci cd",
      "30:c++",
      "5:ci cd",
    ]);
    expect(scan(a, patterns, "ci - cd|ci--cd")).toEqual([]);
  });
  it("sends characters in no pattern to the root", () => {
    const a = buildAutomaton(["ab"]);
    expect(a.sym["z".charCodeAt(0)]).toBe(0);
    expect(scan(a, ["ab"], "azb ab")).toEqual(["6:ab"]);
  });
});
