/**
 * Text from files made elsewhere, made harmless where it is written out of
 * the page: in a terminal, where an escape sequence in a name can erase and
 * recolour what came before it, and in a spreadsheet. What is neutralised:
 * the C0 and C1 control characters (escape sequences begin with one) and
 * DEL, line and paragraph breaks, and the bidirectional embeddings,
 * overrides and isolates that can reorder the text around them (U+202A–
 * U+202E, U+2066–U+2069). Marks that only give a direction (U+200E, U+200F,
 * U+061C) stay: they move nothing outside themselves.
 */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const LINE_LIKE = /[\t\n\v\f\r\u0085\u2028\u2029]/;

const ESCAPES: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * For a terminal: each such character written as its escape (`\n`,
 * `\u001B`, `\u202E`), visible and inert, so what a file holds is shown and
 * nothing it holds acts.
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** For a spreadsheet cell: line breaks and tabs become a space, the other such characters are left out. */
export function singleLine(text: string): string {
  return text.replace(UNSAFE, (char) => (LINE_LIKE.test(char) ? ' ' : ''));
}
