// Word (.docx) text through mammoth, which reads the document body in reading order and ignores layout.
import mammoth from "mammoth";
import { fail, type Extracted } from "./types";

export const DOCX_MESSAGES = {
  corrupted:
    "This Word file looks damaged or incomplete, so we couldn't read it. Try opening it in Word or Google Docs and saving it again as .docx or PDF, or paste your resume text instead.",
  encrypted:
    "This Word document is password-protected, so we can't read it. Remove the password (in Word: File → Info → Protect Document) or save a copy as PDF, then upload that — or paste your resume text instead.",
  empty:
    "This Word document has no text in it. If your resume is a picture inside the document, paste the text instead; otherwise check you picked the right file.",
} as const;

export async function readDocx(bytes: Uint8Array): Promise<Extracted> {
  try {
    // Raw text gives one paragraph per block with blank lines between them; mammoth's warnings (unknown styles and
    // the like) say nothing about whether the text is usable, so they are dropped.
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return { ok: true, text: value };
  } catch {
    return fail("corrupted", DOCX_MESSAGES.corrupted);
  }
}
