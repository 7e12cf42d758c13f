// Names people type are single lines of text. Control characters have no place in them, and NUL
// cannot be stored at all (PostgreSQL text refuses it, which would fail the insert): such input
// gets a message instead.
const CONTROL = /[\u0000-\u001F\u007F]/;

export const isPlainLine = (s: string) => !CONTROL.test(s);
export const PLAIN_LINE_MESSAGE = "Use letters, numbers, spaces and punctuation only.";

/** The same characters removed, for text that is kept as given otherwise (an uploaded file's name). */
export const withoutControlChars = (s: string) => s.replace(/[\u0000-\u001F\u007F]/g, "");
