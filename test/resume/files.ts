// Builders for resume files made on the fly, so tests (unit and browser) never need binary fixtures in the repo.
// Test-only: pdf-lib and docx are devDependencies.
import { deflateSync, crc32 } from "node:zlib";
import { Document, Packer, Paragraph } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";

/** A line that is exactly this starts a new page in makeTextPdf. */
export const PAGE_BREAK = "\f";

const PAGE = { width: 612, height: 792, margin: 72, lineHeight: 16, fontSize: 11 };

/**
 * A PDF with a real text layer, one line per entry, Helvetica (so Latin-1 / WinAnsi characters only), no wrapping.
 * Pages break at PAGE_BREAK entries, after `linesPerPage` lines, or when a page is full.
 */
export async function makeTextPdf(
  lines: readonly string[],
  options: { linesPerPage?: number } = {},
): Promise<Uint8Array> {
  const fits = Math.floor((PAGE.height - 2 * PAGE.margin) / PAGE.lineHeight);
  const perPage = Math.min(options.linesPerPage ?? fits, fits);
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  let page = doc.addPage([PAGE.width, PAGE.height]);
  let row = 0;
  for (const line of lines) {
    if (line === PAGE_BREAK || row === perPage) {
      page = doc.addPage([PAGE.width, PAGE.height]);
      row = 0;
      if (line === PAGE_BREAK) continue;
    }
    page.drawText(line, {
      x: PAGE.margin,
      y: PAGE.height - PAGE.margin - row * PAGE.lineHeight,
      size: PAGE.fontSize,
      font,
    });
    row++;
  }
  return doc.save();
}

/** A .docx with one paragraph per line; lines starting with "- " or "• " become bullet-list items. */
export async function makeDocx(lines: readonly string[]): Promise<Uint8Array> {
  const children = lines.map((line) => {
    const bullet = /^(?:- |• )(.*)$/.exec(line);
    return bullet ? new Paragraph({ text: bullet[1], bullet: { level: 0 } }) : new Paragraph(line);
  });
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return new Uint8Array(buffer);
}

/** A valid RGB PNG of the given size (a diagonal gradient), built by hand: signature, IHDR, one IDAT, IEND. */
export function makePng(width = 16, height = 16): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit depth, truecolour, default compression/filter, no interlace
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++)
      rows.set([(x * 255) / width, (y * 255) / height, 128], y * (1 + width * 3) + 1 + x * 3);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      signature,
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(rows)),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

/** What a scanned resume looks like to us: pages that only draw a picture and carry no text operators. */
export async function makeImageOnlyPdf(pages = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(makePng(64, 80));
  for (let i = 0; i < pages; i++) {
    doc
      .addPage([PAGE.width, PAGE.height])
      .drawImage(image, { x: 0, y: 0, width: PAGE.width, height: PAGE.height });
  }
  return doc.save();
}
