// Word (.docx) text through mammoth, which reads the document body in reading order and ignores layout.
// Runs inside the parser worker (parse-pool.ts): it never sees a request's heap.
import mammoth from "mammoth";
import { docxFitsWithin } from "./expansion";
import { DOCX_MESSAGES } from "./messages";
import { fail, type Extracted } from "./types";

export async function readDocx(bytes: Uint8Array): Promise<Extracted> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!docxFitsWithin(buffer)) return fail("too-complex", DOCX_MESSAGES.expands);
  try {
    // Raw text gives one paragraph per block with blank lines between them; mammoth's warnings (unknown styles and
    // the like) say nothing about whether the text is usable, so they are dropped.
    const { value } = await mammoth.extractRawText({ buffer });
    return { ok: true, text: value };
  } catch {
    return fail("corrupted", DOCX_MESSAGES.corrupted);
  }
}
