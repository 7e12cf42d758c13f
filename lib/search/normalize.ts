// Pure normalisation of job titles and search queries: the same function builds the indexed column
// (job_titles.normalized) and turns what people type into the form it is compared with, so case,
// accents, punctuation, plurals and a few abbreviations never decide a match. Typos are left to
// trigram similarity.

/** A word's singular form by plain English suffix rules, applied alike to titles and queries. */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/(?:ss|us|is|ous)$/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses|zzes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/**
 * Abbreviations people and O*NET both write, spelt out on both sides so "pharmacy tech" is the
 * title "Pharmacy Technician" and "HVAC Tech" answers "HVAC technician". Only unambiguous ones.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  tech: "technician",
  mgr: "manager",
  rep: "representative",
  asst: "assistant",
  sr: "senior",
  jr: "junior",
  dev: "developer",
  engr: "engineer",
};

/**
 * "Nurse Practitioners (NP)" → "nurse practitioner np"; "R.N." → "rn"; "Heavy & Tractor-Trailer
 * Truck Drivers" → "heavy and tractor trailer truck driver"; "C++" and "C#" keep their sign.
 */
export function normalizeTitle(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/(?<=[a-z0-9])['’.](?=[a-z0-9])/g, "")
    .replace(/[^a-z0-9+#]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const one = singular(w);
      return ABBREVIATIONS[one] ?? one;
    })
    .join(" ");
}
