// Decides what a file really is from its bytes. Names and MIME types are only hints: browsers derive the MIME type
// from the extension, and people rename files ("resume.pages" → "resume.pdf").
import { zipEntries } from "./zip-entries";

export type Sniffed =
  | { kind: "pdf" }
  | { kind: "docx" }
  | { kind: "txt"; text: string }
  /** Starts like a ZIP but its directory is missing: a truncated or damaged archive. */
  | { kind: "broken-zip" }
  /** An OLE container holding an EncryptedPackage: how Word stores a password-protected .docx. */
  | { kind: "encrypted-office" }
  /**
   * Something we do not read. `label` names it when we recognise it; `fix` says whether it is a picture (paste the
   * text instead) or a document its own app can save as .docx/PDF.
   */
  | { kind: "other"; label?: string; fix?: "image" | "convert" };

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const IMAGES: [string, number[], number][] = [
  ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0],
  ["JPEG", [0xff, 0xd8, 0xff], 0],
  ["GIF", ascii("GIF8"), 0],
  ["TIFF", ascii("II*\0"), 0],
  ["TIFF", ascii("MM\0*"), 0],
  ["WebP", ascii("WEBP"), 8],
  ["HEIC", ascii("ftypheic"), 4],
  ["HEIC", ascii("ftypmif1"), 4],
];

export function sniff(bytes: Uint8Array): Sniffed {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The PDF spec lets the header sit anywhere in the first 1024 bytes, and pdf.js accepts that.
  if (buf.subarray(0, 1024).includes("%PDF-", 0, "latin1")) return { kind: "pdf" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(buf);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return buf.includes(Buffer.from("EncryptedPackage", "utf16le"))
      ? { kind: "encrypted-office" }
      : { kind: "other", label: "an older Word .doc file (or another legacy Office format)", fix: "convert" };
  }
  for (const [name, sig, at] of IMAGES) {
    if (startsWith(bytes, sig, at)) return { kind: "other", label: `an image (${name})`, fix: "image" };
  }
  const text = decodeText(bytes);
  if (text === null) return { kind: "other" };
  // RTF and HTML are valid text but would reach the analysis as markup, so name them instead.
  const head = text.slice(0, 512).trimStart().toLowerCase();
  if (head.startsWith("{\\rtf")) return { kind: "other", label: "a Rich Text (.rtf) file", fix: "convert" };
  if (head.startsWith("<!doctype html") || head.startsWith("<html"))
    return { kind: "other", label: "a web page (HTML)", fix: "convert" };
  return { kind: "txt", text };
}

function sniffZip(buf: Buffer): Sniffed {
  const names = zipEntries(buf)?.map((entry) => entry.name) ?? null;
  if (names === null) {
    // No readable directory (truncated, or ZIP64): local headers still carry names in clear, so a damaged Word file
    // goes to mammoth and is reported as corrupted rather than as the wrong type.
    return buf.includes("word/document.xml", 0, "latin1") ? { kind: "docx" } : { kind: "broken-zip" };
  }
  if (names.includes("word/document.xml")) return { kind: "docx" };
  const has = (prefix: string) => names.some((n) => n.startsWith(prefix));
  if (has("xl/")) return { kind: "other", label: "an Excel spreadsheet", fix: "convert" };
  if (has("ppt/")) return { kind: "other", label: "a PowerPoint presentation", fix: "convert" };
  if (names.includes("content.xml") && names.includes("mimetype")) {
    return { kind: "other", label: "an OpenDocument (LibreOffice) file", fix: "convert" };
  }
  if (has("Index/Document.iwa")) return { kind: "other", label: "an Apple Pages document", fix: "convert" };
  return { kind: "other", label: "a ZIP archive" };
}

/** Text if the bytes are UTF-8 (BOM optional) or BOM-marked UTF-16 and do not look binary; otherwise null. */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string | null;
  if (startsWith(bytes, [0xff, 0xfe])) text = decode("utf-16le", bytes.subarray(2));
  // Swap to little-endian ourselves rather than rely on the ICU data "utf-16be" needs.
  else if (startsWith(bytes, [0xfe, 0xff])) text = decode("utf-16le", swapPairs(bytes.subarray(2)));
  else {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    text = body.includes(0) ? null : decode("utf-8", body);
  }
  if (text === null || text.includes("\0")) return null;
  // Valid UTF-8 can still be binary (short runs happen to decode); real text has almost no control characters.
  const controls = text.match(/[\u0001-\u0008\u000E-\u001A\u001C-\u001F\u007F]/g)?.length ?? 0;
  return controls > text.length / 100 ? null : text;
}

function swapPairs(bytes: Uint8Array): Uint8Array | null {
  return bytes.length % 2 === 0 ? Buffer.from(bytes).swap16() : null;
}

function decode(encoding: "utf-8" | "utf-16le", bytes: Uint8Array | null): string | null {
  if (bytes === null) return null;
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
