// Files built to exhaust a parser, made on the fly: the shapes a security probe used against the
// resume upload (a PDF of tens of thousands of pages, a PDF stream and DOCX paragraphs that inflate
// to hundreds of megabytes). None is kept in the repository.
import { crc32, createDeflate, createDeflateRaw } from "node:zlib";

const MB = 1024 * 1024;

/** Deflates `head`, about `size` bytes of `pattern` repeated, and `tail`, streaming, so the test never holds them whole. */
async function deflateRepeated(
  pattern: string,
  size: number,
  raw: boolean,
  head = "",
  tail = "",
): Promise<Buffer> {
  const unit = Buffer.from(
    pattern.repeat(Math.ceil(MB / pattern.length)).slice(0, MB - (MB % pattern.length)),
    "latin1",
  );
  const deflate = raw ? createDeflateRaw({ level: 9 }) : createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  const ended = new Promise((done) => deflate.on("end", done));
  deflate.write(head);
  for (let left = size; left > 0; left -= unit.length) {
    if (!deflate.write(left >= unit.length ? unit : unit.subarray(0, left)))
      await new Promise((go) => deflate.once("drain", go));
  }
  deflate.end(tail);
  await ended;
  return Buffer.concat(out);
}

/** A PDF with `objects` numbered from 1 and a correct cross-reference table. */
function pdfOf(objects: (string | Buffer)[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n", "latin1")];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    const part = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, "latin1"),
      Buffer.isBuffer(body) ? body : Buffer.from(body, "latin1"),
      Buffer.from("\nendobj\n", "latin1"),
    ]);
    offsets.push(length);
    parts.push(part);
    length += part.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`),
  ].join("");
  parts.push(
    Buffer.from(
      `${xref}trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${length}\n%%EOF\n`,
      "latin1",
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}

const TEXT_STREAM = "BT /F1 12 Tf 72 720 Td (Resume) Tj ET";
const FONT = "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>";

/** A PDF of `pages` pages sharing one small content stream: 36,000 pages is about 3.5 MB. */
export function manyPagesPdf(pages = 36_000): Uint8Array {
  const first = 5;
  const kids = Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(" ");
  const page = `<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 3 0 R/Resources<</Font<</F1 4 0 R>>>>>>`;
  return pdfOf([
    "<</Type/Catalog/Pages 2 0 R>>",
    `<</Type/Pages/Count ${pages}/Kids[${kids}]>>`,
    `<</Length ${TEXT_STREAM.length}>>\nstream\n${TEXT_STREAM}\nendstream`,
    FONT,
    ...Array.from({ length: pages }, () => page),
  ]);
}

/**
 * A PDF of `pages` pages sharing one content stream that inflates to `expandsTo` bytes of drawing
 * operators (lines, no text). One stream passes the expansion check once; every page makes pdf.js
 * parse all of it again, which is how a file within every size limit can still exhaust a parser.
 */
export async function inflatingStreamPdf(expandsTo = 600 * MB, pages = 1): Promise<Uint8Array> {
  const data = await deflateRepeated("0 0 m 1 1 l S\n", expandsTo, false);
  const stream = Buffer.concat([
    Buffer.from(`<</Length ${data.length}/Filter/FlateDecode>>\nstream\n`, "latin1"),
    data,
    Buffer.from("\nendstream", "latin1"),
  ]);
  const first = 5;
  const kids = Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(" ");
  const page =
    "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 3 0 R/Resources<</Font<</F1 4 0 R>>>>>>";
  return pdfOf([
    "<</Type/Catalog/Pages 2 0 R>>",
    `<</Type/Pages/Count ${pages}/Kids[${kids}]>>`,
    stream,
    FONT,
    ...Array.from({ length: pages }, () => page),
  ]);
}

/**
 * A DOCX whose document.xml holds paragraphs that inflate to `expandsTo` bytes. `declared` is the
 * size the archive claims for it: honest by default, or a lie to get past a check of the header.
 */
export async function inflatingDocx(
  expandsTo = 315 * MB,
  declared: "honest" | "lie" = "honest",
): Promise<Uint8Array> {
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
  const paragraph = "<w:p><w:r><w:t>Resume line</w:t></w:r></w:p>";
  const tail = "</w:body></w:document>";
  const body = await deflateRepeated(paragraph, expandsTo, true, head, tail);
  const files: [string, Buffer, number][] = [
    ["[Content_Types].xml", Buffer.from(CONTENT_TYPES), CONTENT_TYPES.length],
    ["_rels/.rels", Buffer.from(RELS), RELS.length],
    ["word/document.xml", body, declared === "honest" ? expandsTo : 4_096],
  ];
  return zip(files);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A ZIP archive; entries given as raw deflate bytes are stored deflated, the others stored as is. */
function zip(files: [name: string, data: Buffer, declaredSize: number][]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data, declaredSize] of files) {
    const deflated = name === "word/document.xml";
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(deflated ? 8 : 0, 8);
    local.writeUInt32LE(deflated ? 0 : crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declaredSize, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(deflated ? 8 : 0, 10);
    central.writeUInt32LE(deflated ? 0 : crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declaredSize, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
