// PDF text through unpdf (a serverless build of pdf.js), which runs in Node without a worker or canvas.
// Runs inside the parser worker (parse-pool.ts): it never sees a request's heap.
import { getDocumentProxy } from "unpdf";
import { pdfFitsWithin } from "./expansion";
import { MAX_PDF_PAGES, PDF_MESSAGES } from "./messages";
import { MAX_RESUME_CHARS } from "./text";
import { fail, type Extracted } from "./types";

export async function readPdf(bytes: Uint8Array): Promise<Extracted> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!pdfFitsWithin(buffer)) return fail("too-complex", PDF_MESSAGES.expands);
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // pdf.js may take ownership of (detach) the buffer it is given, so hand it a copy and leave the caller's intact.
    // verbosity 0 keeps its console warnings, which can quote bits of the document, out of the server log.
    pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0 });
    if (pdf.numPages > MAX_PDF_PAGES) return fail("too-complex", PDF_MESSAGES.tooManyPages(pdf.numPages));
    // Page by page, stopping at the analyser's limit: a long file costs no more than it has to.
    const pages: string[] = [];
    for (let n = 1, length = 0; n <= pdf.numPages && length <= MAX_RESUME_CHARS; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const text = content.items
        .map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : ""))
        .join("");
      pages.push(text);
      length += text.length;
    }
    // A blank line between pages keeps page breaks visible without inventing a marker.
    return { ok: true, text: pages.join("\n\n"), pages: pdf.numPages };
  } catch (error) {
    // pdf.js asks for a password with a PasswordException (code 1: none given, 2: wrong one) when the user password is
    // not empty. If it failed some other way on a file that declares encryption, that is still the likelier cause.
    if (errorName(error) === "PasswordException" || hasEncryptEntry(buffer))
      return fail("encrypted", PDF_MESSAGES.encrypted);
    return fail("corrupted", PDF_MESSAGES.corrupted);
  } finally {
    await pdf?.destroy().catch(() => {});
  }
}

function errorName(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "name" in error ? String(error.name) : undefined;
}

/** The trailer (or cross-reference stream) names an /Encrypt dictionary: by reference or inline. */
function hasEncryptEntry(bytes: Buffer): boolean {
  return /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(bytes.toString("latin1"));
}
