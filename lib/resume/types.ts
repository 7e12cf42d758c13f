// Result shapes shared by the readers, so the upload route and the paste form can treat both the same way.

export type ResumeFileError =
  "empty" | "too-large" | "too-complex" | "busy" | "wrong-type" | "corrupted" | "encrypted" | "no-text-layer";

export type ResumeKind = "pdf" | "docx" | "txt";

export type ResumeReadOk = {
  ok: true;
  text: string;
  kind: ResumeKind;
  /** PDFs only. */
  pages?: number;
  /** Present when the text was cut at MAX_RESUME_CHARS. */
  truncated?: true;
};

export type ResumeReadError = { ok: false; code: ResumeFileError; message: string };

export type ResumeReadResult = ResumeReadOk | ResumeReadError;

export const fail = (code: ResumeFileError, message: string): ResumeReadError => ({
  ok: false,
  code,
  message,
});

/** What a format reader hands back before normalising: raw text, or a failure it could name precisely. */
export type Extracted = { ok: true; text: string; pages?: number } | ResumeReadError;
