// PDF text through unpdf (a serverless build of pdf.js), which runs in Node without a worker or canvas.
import { extractText, getDocumentProxy } from "unpdf";
import { fail, type Extracted } from "./types";

export const PDF_MESSAGES = {
  encrypted:
    "This PDF is password-protected, so we can't read it. Save or print a copy without the password (or export it again from your editor) and upload that, or paste your resume text instead.",
  corrupted:
    "This PDF looks damaged or incomplete, so we couldn't read it. Try opening it on your computer and exporting it again as PDF, or paste your resume text instead.",
  noTextLayer:
    "This PDF has no selectable text — it looks like a scanned image or a photo. Export your resume as a text PDF from the app you wrote it in (in Word: File → Save As → PDF; in Google Docs: File → Download → PDF), or paste the text instead.",
} as const;

export async function readPdf(bytes: Uint8Array): Promise<Extracted> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // pdf.js may take ownership of (detach) the buffer it is given, so hand it a copy and leave the caller's intact.
    // verbosity 0 keeps its console warnings, which can quote bits of the document, out of the server log.
    pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0 });
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    // A blank line between pages keeps page breaks visible without inventing a marker.
    return { ok: true, text: text.join("\n\n"), pages: totalPages };
  } catch (error) {
    // pdf.js asks for a password with a PasswordException (code 1: none given, 2: wrong one) when the user password is
    // not empty. If it failed some other way on a file that declares encryption, that is still the likelier cause.
    if (errorName(error) === "PasswordException" || hasEncryptEntry(bytes)) return fail("encrypted", PDF_MESSAGES.encrypted);
    return fail("corrupted", PDF_MESSAGES.corrupted);
  } finally {
    await pdf?.destroy().catch(() => {});
  }
}

/** True when the PDF has no letters or digits at all: nothing a person wrote survived, which is what a scan looks like. */
export function lacksTextLayer(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

function errorName(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "name" in error ? String(error.name) : undefined;
}

/** The trailer (or cross-reference stream) names an /Encrypt dictionary: by reference or inline. */
function hasEncryptEntry(bytes: Uint8Array): boolean {
  return /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"));
}
