// What a person reads when a PDF or Word file cannot be used, apart from the readers themselves so
// that the request's process never loads pdf.js or mammoth just to word a refusal.
import { MAX_EXPANDED_BYTES } from "./expansion";

/** Far more than a resume with a cover letter and a portfolio; a page costs memory and time to open. */
export const MAX_PDF_PAGES = 50;

export const PDF_MESSAGES = {
  encrypted:
    "This PDF is password-protected, so we can't read it. Save or print a copy without the password (or export it again from your editor) and upload that, or paste your resume text instead.",
  corrupted:
    "This PDF looks damaged or incomplete, so we couldn't read it. Try opening it on your computer and exporting it again as PDF, or paste your resume text instead.",
  noTextLayer:
    "This PDF has no selectable text — it looks like a scanned image or a photo. Export your resume as a text PDF from the app you wrote it in (in Word: File → Save As → PDF; in Google Docs: File → Download → PDF), or paste the text instead.",
  expands: `This PDF expands to more than ${MAX_EXPANDED_BYTES / 1024 / 1024} MB when opened, far more than a resume does. Export your resume again as PDF, or paste the text instead.`,
  tooManyPages: (pages: number) =>
    `This PDF has ${pages.toLocaleString("en-US")} pages; we read resumes of up to ${MAX_PDF_PAGES}. Upload just your resume, or paste the text instead.`,
} as const;

export const DOCX_MESSAGES = {
  corrupted:
    "This Word file looks damaged or incomplete, so we couldn't read it. Try opening it in Word or Google Docs and saving it again as .docx or PDF, or paste your resume text instead.",
  encrypted:
    "This Word document is password-protected, so we can't read it. Remove the password (in Word: File → Info → Protect Document) or save a copy as PDF, then upload that — or paste your resume text instead.",
  empty:
    "This Word document has no text in it. If your resume is a picture inside the document, paste the text instead; otherwise check you picked the right file.",
  expands: `This file expands to more than ${MAX_EXPANDED_BYTES / 1024 / 1024} MB when opened, far more than a resume does. Save your resume again as .docx or PDF, or paste the text instead.`,
} as const;
