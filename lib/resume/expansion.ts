// How large a compressed file becomes once opened, found out before a reader opens it. Resumes are
// small; a file built to expand to gigabytes (a "zip bomb", or a PDF stream of the same kind) is
// refused here, with zlib's own output cap doing the inflating, instead of filling the heap later.
import { constants, inflateRawSync, inflateSync } from "node:zlib";
import { zipEntries } from "./zip-entries";

/** Far above a real resume opened (text, styles, fonts; PDF images are not counted). */
export const MAX_EXPANDED_BYTES = 50 * 1024 * 1024;

const tooLarge = (error: unknown) =>
  error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE";

/**
 * True when the DOCX's entries fit in `cap` bytes: the declared sizes first (free), then each
 * entry inflated with its declared size as the limit, so a header that lies cannot slip through.
 * Damaged entries are left for the reader to report.
 */
export function docxFitsWithin(bytes: Buffer, cap = MAX_EXPANDED_BYTES): boolean {
  const entries = zipEntries(bytes) ?? [];
  if (entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0) > cap) return false;
  for (const entry of entries) {
    if (entry.method !== 8 || entry.localHeaderOffset + 30 > bytes.length) continue;
    const start =
      entry.localHeaderOffset +
      30 +
      bytes.readUInt16LE(entry.localHeaderOffset + 26) +
      bytes.readUInt16LE(entry.localHeaderOffset + 28);
    try {
      inflateRawSync(bytes.subarray(start, start + entry.compressedSize), {
        maxOutputLength: Math.max(1, entry.uncompressedSize),
      });
    } catch (error) {
      if (tooLarge(error)) return false;
    }
  }
  return true;
}

const STREAM = /stream\r?\n/g;

/**
 * True when the PDF's Flate-compressed streams, images aside, inflate to at most `cap` bytes in
 * all. Nested Flate filters are inflated as often as they are named.
 */
export function pdfFitsWithin(bytes: Buffer, cap = MAX_EXPANDED_BYTES): boolean {
  const text = bytes.toString("latin1");
  let budget = cap;
  for (const match of text.matchAll(STREAM)) {
    const begin = match.index + match[0].length;
    // The stream's dictionary sits between the object's start and the keyword.
    const head = text.slice(Math.max(0, match.index - 2048), match.index);
    const dictionary = head.slice(head.lastIndexOf(" obj") + 1);
    const layers = dictionary.match(/\/FlateDecode\b|\/Fl\b/g)?.length ?? 0;
    if (layers === 0 || /\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    const end = text.indexOf("endstream", begin);
    let data: Buffer = bytes.subarray(begin, end === -1 ? bytes.length : end);
    try {
      for (let i = 0; i < layers; i++) {
        data = inflateSync(data, {
          maxOutputLength: Math.max(1, budget),
          finishFlush: constants.Z_SYNC_FLUSH,
        });
      }
      budget -= data.length;
    } catch (error) {
      if (tooLarge(error)) return false;
    }
  }
  return true;
}
