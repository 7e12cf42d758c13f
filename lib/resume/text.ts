// Light clean-up shared by every input: enough to make the text predictable for the analysis, without reflowing it
// (line breaks carry structure in resumes: headings, bullets, dates).

/** Longer text is cut (files) or refused (paste); real resumes are a few thousand characters. */
export const MAX_RESUME_CHARS = 100_000;

export function normaliseText(raw: string): string {
  return (
    raw
      .replace(/\r\n?|[\u2028\u2029]/g, "\n")
      // Form feeds are page breaks in exported text files; a blank line keeps them visible without the control char.
      .replace(/[\f\v]/g, "\n\n")
      // Invisible characters that only get in the way of matching words (BOMs left mid-text, zero-width spaces).
      .replace(/[\u200B\u2060\uFEFF]/g, "")
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, "")
      // Tabs and exotic spaces (NBSP, em space, …) are just spaces here; runs of them collapse to one.
      .replace(/[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, " ")
      .replace(/ ?\n ?/g, "\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}

/** Cuts at MAX_RESUME_CHARS without splitting a surrogate pair. */
export function capText(text: string): { text: string; truncated: boolean } {
  if (text.length <= MAX_RESUME_CHARS) return { text, truncated: false };
  let cut = text.slice(0, MAX_RESUME_CHARS);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return { text: cut.trimEnd(), truncated: true };
}

/** True when the PDF has no letters or digits at all: nothing a person wrote survived, which is what a scan looks like. */
export function lacksTextLayer(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}
