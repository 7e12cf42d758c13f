// Turns an uploaded resume (PDF, Word .docx or plain text) or pasted text into plain text for the analysis.
// Bad input never throws: every failure comes back as a code plus a message that can be shown to the user as is.
// File content is never logged.
import { DOCX_MESSAGES, PDF_MESSAGES } from "./messages";
import { ParserBusyError, parseInWorker } from "./parse-pool";
import { sniff, type Sniffed } from "./sniff";
import { MAX_RESUME_CHARS, capText, lacksTextLayer, normaliseText } from "./text";
import { fail, type Extracted, type ResumeKind, type ResumeReadResult } from "./types";

export type { ResumeFileError, ResumeKind, ResumeReadError, ResumeReadOk, ResumeReadResult } from "./types";
export { MAX_RESUME_CHARS } from "./text";

export const MAX_RESUME_BYTES = 5 * 1024 * 1024;

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** What we take. `accept` goes straight into <input type="file" accept>; the server decides by content regardless. */
export const ACCEPTED_RESUME_TYPES = {
  extensions: [".pdf", ".docx", ".txt"],
  mimeTypes: ["application/pdf", DOCX_MIME, "text/plain"],
  accept: `.pdf,.docx,.txt,application/pdf,${DOCX_MIME},text/plain`,
} as const;

const TRY_INSTEAD =
  "Upload your resume as a PDF, Word (.docx) or plain-text (.txt) file, or paste the text instead.";

const MESSAGES = {
  emptyFile:
    "This file is empty (0 bytes). Check that you picked the right file, or paste your resume text instead.",
  noText:
    "This file has no text in it. Check that you picked the right file, or paste your resume text instead.",
  tooLarge: `This file is larger than the ${MAX_RESUME_BYTES / 1024 / 1024} MB limit. Save a smaller version (for example without large images) or paste your resume text instead.`,
  busy: "Many files are being read right now. Try again in a few seconds.",
  pasteEmpty: "Paste the text of your resume into the box first.",
  pasteTooLong: `That's more than ${MAX_RESUME_CHARS.toLocaleString("en-US")} characters, which is far longer than a resume. Paste just your resume text.`,
} as const;

export async function readResumeFile(input: {
  name: string;
  type: string;
  bytes: Uint8Array;
}): Promise<ResumeReadResult> {
  const { bytes } = input;
  if (bytes.byteLength === 0) return fail("empty", MESSAGES.emptyFile);
  if (bytes.byteLength > MAX_RESUME_BYTES) return fail("too-large", MESSAGES.tooLarge);
  try {
    const found = sniff(bytes);
    switch (found.kind) {
      case "pdf":
      case "docx":
        return finish(found.kind, await parseInWorker({ kind: found.kind, bytes }));
      case "txt":
        return finish("txt", { ok: true, text: found.text });
      case "encrypted-office":
        return fail("encrypted", DOCX_MESSAGES.encrypted);
      case "broken-zip":
        return claimed(input) === "docx"
          ? fail("corrupted", DOCX_MESSAGES.corrupted)
          : wrongType(input, { kind: "other", label: "a ZIP archive" });
      case "other":
        return wrongType(input, found);
    }
  } catch (error) {
    if (error instanceof ParserBusyError) return fail("busy", MESSAGES.busy);
    // The sniffers and readers catch their own failures; this only keeps the "never throws" promise for the unforeseen.
    return fail(
      "corrupted",
      "We couldn't read this file. Try saving it again as PDF or Word (.docx), or paste your resume text instead.",
    );
  }
}

export async function readPastedResume(text: string): Promise<ResumeReadResult> {
  const normalised = normaliseText(text);
  if (normalised === "") return fail("empty", MESSAGES.pasteEmpty);
  if (normalised.length > MAX_RESUME_CHARS) return fail("too-large", MESSAGES.pasteTooLong);
  return { ok: true, text: normalised, kind: "txt" };
}

function finish(kind: ResumeKind, extracted: Extracted): ResumeReadResult {
  if (!extracted.ok) return extracted;
  const normalised = normaliseText(extracted.text);
  if (kind === "pdf" && lacksTextLayer(normalised)) return fail("no-text-layer", PDF_MESSAGES.noTextLayer);
  if (normalised === "") return fail("empty", kind === "docx" ? DOCX_MESSAGES.empty : MESSAGES.noText);
  const { text, truncated } = capText(normalised);
  return {
    ok: true,
    text,
    kind,
    ...(extracted.pages !== undefined && { pages: extracted.pages }),
    ...(truncated && { truncated: true as const }),
  };
}

function wrongType(
  input: { name: string; type: string },
  found: Extract<Sniffed, { kind: "other" }>,
): ResumeReadResult {
  const claim = claimed(input);
  // Only worth pointing out when the name claims a format we accept ("resume.pdf"), not for "resume.doc".
  const ext = extension(input.name);
  const misnamed = ext !== undefined && ext in CLAIM_NAMES ? ext : undefined;
  const what = found.label
    ? `${misnamed ? `Although its name ends in .${misnamed}, this` : "This"} file is ${found.label}, which we can't read.`
    : claim
      ? `This file isn't a real ${CLAIM_NAMES[claim]}: its contents don't match its name, so it may be a different kind of file that was renamed.`
      : "We don't recognise this kind of file.";
  const fix =
    found.fix === "convert"
      ? "Open it in the app that made it and save or export it as Word (.docx) or PDF, then upload that — or paste your resume text instead."
      : found.fix === "image"
        ? "We need a document with text, not a picture: upload your resume as a PDF, Word (.docx) or plain-text (.txt) file, or paste the text instead."
        : TRY_INSTEAD;
  return fail("wrong-type", `${what} ${fix}`);
}

const CLAIM_NAMES = { pdf: "PDF", docx: "Word (.docx) file", txt: "text file" } as const;

const extension = (name: string) => name.toLowerCase().match(/\.([a-z0-9]{1,8})$/)?.[1];

/** The format the name or MIME type claims; used only to word messages, never to decide how to read the bytes. */
function claimed({ name, type }: { name: string; type: string }): keyof typeof CLAIM_NAMES | undefined {
  const ext = extension(name);
  const mime = type.toLowerCase().split(";")[0].trim();
  if (ext === "pdf" || mime === "application/pdf") return "pdf";
  if (ext === "docx" || mime === DOCX_MIME) return "docx";
  if (ext === "txt" || mime === "text/plain") return "txt";
  return undefined;
}
