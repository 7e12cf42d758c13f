// A genuinely encrypted PDF (standard security handler, RC4 40-bit, revision 2), built by hand because pdf-lib cannot
// encrypt. O and U are computed as the PDF spec (7.6.3) prescribes, so pdf.js really checks the password — it opens
// with the right one and raises PasswordException without it — instead of just tripping over a stray /Encrypt key.
// Test-only.
import { createHash } from "node:crypto";

const PADDING = Buffer.from("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A", "hex");
const FILE_ID = Buffer.from("5ca1ab1e5ca1ab1e5ca1ab1e5ca1ab1e", "hex");
const PERMISSIONS = -44; // print and copy allowed; the value only feeds the key

const md5 = (...parts: Buffer[]) => createHash("md5").update(Buffer.concat(parts)).digest();
const padded = (password: string) =>
  Buffer.concat([Buffer.from(password, "latin1"), PADDING]).subarray(0, 32);

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

/**
 * One page showing `text` (Helvetica, ASCII), encrypted. With an empty `userPassword` it opens without asking
 * (an "owner password only" PDF, which readers treat as ordinary); otherwise it needs `userPassword`.
 */
export function makeEncryptedPdf(options: {
  userPassword: string;
  ownerPassword?: string;
  text?: string;
}): Uint8Array {
  const { userPassword, ownerPassword = "owner", text = "Jane Doe, Software Engineer" } = options;
  const p = Buffer.alloc(4);
  p.writeInt32LE(PERMISSIONS);
  const owner = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword));
  const fileKey = md5(padded(userPassword), owner, p, FILE_ID).subarray(0, 5);
  const user = rc4(fileKey, PADDING);
  // Strings and streams are encrypted with a key derived from the file key and their object number (generation 0).
  const objectKey = (num: number) =>
    md5(fileKey, Buffer.from([num & 255, (num >> 8) & 255, num >> 16, 0, 0])).subarray(0, 10);
  const content = rc4(
    objectKey(4),
    Buffer.from(`BT /F1 14 Tf 72 720 Td (${text.replace(/[\\()]/g, "\\$&")}) Tj ET`, "latin1"),
  );
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} >>\nstream\n`, "latin1"),
      content,
      Buffer.from("\nendstream", "latin1"),
    ]),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString("hex")}> /U <${user.toString("hex")}> /P ${PERMISSIONS} >>`,
  ];
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n", "latin1")];
  const offsets: number[] = [];
  let length = parts[0].length;
  const push = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    const bytes = typeof body === "string" ? Buffer.from(body, "latin1") : body;
    push(
      Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, "latin1"), bytes, Buffer.from("\nendobj\n", "latin1")]),
    );
  });
  const xref = length;
  const id = FILE_ID.toString("hex");
  push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}` +
        `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`,
      "latin1",
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}
