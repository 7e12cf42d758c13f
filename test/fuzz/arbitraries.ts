// Random input for fuzzing server actions and API routes: what a hostile or broken client can
// send. Server action arguments arrive through React's reply decoding, which can carry more than
// JSON (undefined, Dates, BigInts, Maps, Sets, NaN, Infinity), so those are here too.
import fc from "fast-check";

/** Strings that have broken apps before: NUL and control bytes, lone surrogates, SQL and path tricks, numbers in disguise. */
const NASTY = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0007\u001b[2J",
  "\uD800",
  "\uDFFF x",
  "\uFEFF",
  "😀",
  "é",
  "'; drop table users; --",
  "\\",
  "%",
  "_",
  "$1",
  "${x}",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  '=HYPERLINK("http://x")',
  "3",
  " 3 ",
  "3.5",
  "1e3",
  "-1",
  "-0",
  "0x10",
  "NaN",
  "Infinity",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "kubernetes",
  "backend-developer",
  "00000000-0000-0000-0000-000000000000",
];

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 70, maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...NASTY).chain((s) => fc.string({ maxLength: 8 }).map((t) => `${t}${s}${t}`)),
  },
);

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 400 }) },
  { weight: 1, arbitrary: fc.double() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      0,
      -0,
      1,
      5,
      6,
      60,
      61,
      Number.MAX_SAFE_INTEGER,
      NaN,
      Infinity,
      -Infinity,
      1e308,
    ),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
);

/** Any value a client can send: scalars, arrays, objects (with odd keys), Maps and Sets. */
export const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    tie("array"),
    tie("object"),
    tie("collection"),
  ),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(
    fc.oneof(nastyString, fc.constantFrom("__proto__", "constructor", "id", "level")),
    tie("value"),
    { maxKeys: 4 },
  ),
  collection: fc.oneof(
    fc.array(tie("value"), { maxLength: 3 }).map((a) => new Set(a)),
    fc.array(fc.tuple(nastyString, tie("value")), { maxLength: 3 }).map((a) => new Map(a)),
  ),
})).value;

/**
 * Payloads for an input with the given fields: anything at all, objects with those keys and any
 * values, valid objects, and near-valid ones (some fields swapped for something hostile, some left
 * out), so that both the schema and the handler behind it get exercised.
 */
export function payloadsFor(
  hostile: Record<string, fc.Arbitrary<unknown>>,
  valid: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<unknown> {
  const keys = Object.keys(hostile);
  const per = (make: (k: string) => fc.Arbitrary<unknown>) =>
    Object.fromEntries(keys.map((k) => [k, make(k)]));
  return fc.oneof(
    { weight: 1, arbitrary: anyValue },
    {
      weight: 1,
      arbitrary: fc.record(
        per(() => anyValue),
        { requiredKeys: [] },
      ),
    },
    {
      weight: 2,
      arbitrary: fc.record(
        per((k) => fc.oneof(hostile[k], anyValue)),
        { requiredKeys: [] },
      ),
    },
    {
      weight: 3,
      arbitrary: fc.record(
        per((k) =>
          fc.oneof({ weight: 3, arbitrary: valid[k] ?? hostile[k] }, { weight: 1, arbitrary: hostile[k] }),
        ),
      ),
    },
    { weight: 3, arbitrary: fc.record(per((k) => valid[k] ?? hostile[k])) },
  );
}

/** Level-like values: mostly in range, often not quite. */
export const levelish = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.constantFrom("1", "5", " 4 ", "0", "6", 2.5, "3.0", -1, ""),
  anyValue,
);
export const yearsish = fc.oneof(
  fc.constantFrom("", null, undefined, 0, 60, 60.5, "12", "-1", "1e2"),
  fc.double({ min: -5, max: 70 }),
  anyValue,
);
