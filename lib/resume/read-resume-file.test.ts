import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import {
  MAX_RESUME_BYTES,
  MAX_RESUME_CHARS,
  readPastedResume,
  readResumeFile,
  type ResumeReadResult,
} from "./read-resume-file";
import { makeEncryptedPdf } from "@/test/resume/encrypted-pdf";
import { PAGE_BREAK, makeDocx, makeImageOnlyPdf, makePng, makeTextPdf } from "@/test/resume/files";

const file = (name: string, bytes: Uint8Array, type = "") => readResumeFile({ name, type, bytes });
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Fails with the whole result in view, so a wrong code shows the message that came with it. */
function expectError(result: ResumeReadResult, code: string, message: RegExp) {
  expect(result).toMatchObject({ ok: false, code });
  if (!result.ok) expect(result.message).toMatch(message);
}

function pseudoRandomBytes(length: number, seed = 42): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0, x = seed; i < length; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

describe("readResumeFile: readable files", () => {
  it("reads a two-page text PDF, keeping the page break as a blank line", async () => {
    const pdf = await makeTextPdf([
      "Jane Doe",
      "Senior   Software Engineer",
      PAGE_BREAK,
      "Experience",
      "Acme Corp, 2019-2024",
    ]);
    const result = await file("resume.pdf", pdf, "application/pdf");
    expect(result).toEqual({
      ok: true,
      kind: "pdf",
      pages: 2,
      text: "Jane Doe\nSenior Software Engineer\n\nExperience\nAcme Corp, 2019-2024",
    });
  });

  it("paginates long input in makeTextPdf and leaves the caller's bytes intact", async () => {
    const pdf = await makeTextPdf(["one", "two", "three"], { linesPerPage: 2 });
    const copy = pdf.slice();
    expect(await file("cv.pdf", pdf)).toMatchObject({ ok: true, pages: 2, text: "one\ntwo\n\nthree" });
    expect(pdf).toEqual(copy);
  });

  it("reads a DOCX with paragraphs and a bullet list", async () => {
    const docx = await makeDocx([
      "Jane Doe",
      "Data analyst\twith 5 years in retail",
      "Skills",
      "- SQL",
      "• Python",
      "- Tableau",
      "Education",
    ]);
    const result = await file("resume.docx", docx);
    expect(result).toMatchObject({ ok: true, kind: "docx" });
    expect(result.ok && result.pages).toBe(undefined);
    expect(result.ok && result.text.split(/\n+/)).toEqual([
      "Jane Doe",
      "Data analyst with 5 years in retail",
      "Skills",
      "SQL",
      "Python",
      "Tableau",
      "Education",
    ]);
  });

  it("reads UTF-8 text, dropping the BOM and turning CRLF into LF", async () => {
    const bytes = utf8("\uFEFFJosé Núñez\r\nProduct  manager \r\n\r\n\r\n\r\nMünchen\r\n");
    expect(await file("resume.txt", bytes, "text/plain")).toEqual({
      ok: true,
      kind: "txt",
      text: "José Núñez\nProduct manager\n\nMünchen",
    });
  });

  it("reads UTF-16 text with a BOM, little- and big-endian", async () => {
    const le = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Zoë Chen\r\nUX — 東京", "utf16le")]),
    );
    expect(await file("resume.txt", le)).toEqual({ ok: true, kind: "txt", text: "Zoë Chen\nUX — 東京" });
    const be = new Uint8Array(
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("Zoë Chen", "utf16le").swap16()]),
    );
    expect(await file("resume.txt", be)).toEqual({ ok: true, kind: "txt", text: "Zoë Chen" });
  });

  it("goes by content, not name: plain text called .pdf is read as text", async () => {
    expect(await file("resume.pdf", utf8("Jane Doe\nEngineer"), "application/pdf")).toEqual({
      ok: true,
      kind: "txt",
      text: "Jane Doe\nEngineer",
    });
  });

  it("caps very long text at MAX_RESUME_CHARS and says so", async () => {
    const result = await file("long.txt", utf8("skill ".repeat(30_000)));
    expect(result).toMatchObject({ ok: true, truncated: true });
    expect(result.ok && result.text.length).toBeLessThanOrEqual(MAX_RESUME_CHARS);
    expect(await file("short.txt", utf8("skill"))).not.toHaveProperty("truncated");
  });

  it("reads a PDF that is encrypted with only an owner password (it opens without asking)", async () => {
    const pdf = makeEncryptedPdf({ userPassword: "" });
    expect(await file("resume.pdf", pdf)).toEqual({
      ok: true,
      kind: "pdf",
      pages: 1,
      text: "Jane Doe, Software Engineer",
    });
  });
});

describe("readResumeFile: files we cannot use", () => {
  it("empty: a 0-byte file, and a text file of only whitespace", async () => {
    expectError(await file("resume.pdf", new Uint8Array(0)), "empty", /empty \(0 bytes\)/);
    expectError(await file("resume.txt", utf8(" \r\n\t \n")), "empty", /no text in it/);
  });

  it("empty: a DOCX with no text", async () => {
    expectError(await file("resume.docx", await makeDocx(["", "   "])), "empty", /Word document has no text/);
  });

  it("too-large: 5 MB + 1 byte, before looking inside", async () => {
    const bytes = new Uint8Array(MAX_RESUME_BYTES + 1).fill(0x61);
    expectError(await file("resume.txt", bytes), "too-large", /larger than the 5 MB limit/);
    expect(await file("resume.txt", bytes.subarray(0, MAX_RESUME_BYTES))).toMatchObject({
      ok: true,
      truncated: true,
    });
  });

  it("wrong-type: a PNG renamed .pdf", async () => {
    const result = await file("resume.pdf", makePng(), "application/pdf");
    expectError(result, "wrong-type", /name ends in \.pdf, this file is an image \(PNG\).*not a picture/);
  });

  it("wrong-type: a legacy Word .doc, as is or renamed .docx, is pointed to DOCX or PDF", async () => {
    const doc = new Uint8Array(4096);
    doc.set(OLE_HEADER);
    const asIs = await file("resume.doc", doc, "application/msword");
    expectError(
      asIs,
      "wrong-type",
      /^This file is an older Word \.doc file.*save or export it as Word \(\.docx\) or PDF/,
    );
    expectError(
      await file("resume.docx", doc),
      "wrong-type",
      /name ends in \.docx, this file is an older Word \.doc file.*\(\.docx\) or PDF/,
    );
  });

  it("wrong-type: random bytes named .docx", async () => {
    expectError(
      await file("resume.docx", pseudoRandomBytes(4096)),
      "wrong-type",
      /isn't a real Word \(\.docx\) file.*renamed/,
    );
    expectError(
      await file("setup.exe", pseudoRandomBytes(4096, 7)),
      "wrong-type",
      /don't recognise this kind of file/,
    );
  });

  it("corrupted: the first 200 bytes of a real PDF", async () => {
    const pdf = (await makeTextPdf(["Jane Doe"])).subarray(0, 200);
    expectError(await file("resume.pdf", pdf), "corrupted", /PDF looks damaged or incomplete/);
  });

  it("corrupted: the first half of a real DOCX", async () => {
    const docx = await makeDocx(["Jane Doe", "Engineer"]);
    expectError(
      await file("resume.docx", docx.subarray(0, docx.length >> 1)),
      "corrupted",
      /Word file looks damaged or incomplete/,
    );
  });

  it("encrypted: a PDF that needs a password (and the fixture really is one)", async () => {
    const pdf = makeEncryptedPdf({ userPassword: "secret" });
    // pdf.js itself must ask for the password, and the right one must open it: the password path is real.
    await expect(getDocumentProxy(pdf.slice(), { verbosity: 0 })).rejects.toMatchObject({
      name: "PasswordException",
      code: 1,
    });
    const unlocked = await getDocumentProxy(pdf.slice(), { verbosity: 0, password: "secret" });
    expect((await extractText(unlocked, { mergePages: true })).text).toBe("Jane Doe, Software Engineer");
    expectError(await file("resume.pdf", pdf), "encrypted", /PDF is password-protected/);
  });

  it("encrypted: a password-protected DOCX (an OLE file holding an EncryptedPackage)", async () => {
    const bytes = new Uint8Array(4096);
    bytes.set(OLE_HEADER);
    bytes.set(Buffer.from("EncryptedPackage", "utf16le"), 1024);
    expectError(await file("resume.docx", bytes), "encrypted", /Word document is password-protected/);
  });

  it("no-text-layer: an image-only (scanned-looking) PDF", async () => {
    expectError(
      await file("scan.pdf", await makeImageOnlyPdf(2)),
      "no-text-layer",
      /looks like a scanned image.*text PDF.*paste/,
    );
  });
});

describe("readPastedResume", () => {
  it("trims and normalises like a file", async () => {
    expect(await readPastedResume("  Jane Doe\r\n\r\n\r\nSQL,   Python  \n")).toEqual({
      ok: true,
      kind: "txt",
      text: "Jane Doe\n\nSQL, Python",
    });
  });

  it("rejects empty and whitespace-only text", async () => {
    expectError(await readPastedResume(""), "empty", /Paste the text of your resume/);
    expectError(await readPastedResume(" \n\t\u00A0 "), "empty", /Paste the text of your resume/);
  });

  it("rejects text over the character limit instead of cutting it", async () => {
    expect(await readPastedResume("a".repeat(MAX_RESUME_CHARS))).toMatchObject({ ok: true });
    expectError(
      await readPastedResume("a".repeat(MAX_RESUME_CHARS + 1)),
      "too-large",
      /more than 100,000 characters/,
    );
  });
});
