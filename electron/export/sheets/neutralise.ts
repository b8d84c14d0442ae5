/**
 * Spreadsheet formula injection: a cell a participant or facilitator typed that starts with = + - @
 * (or a tab / carriage return, or their full-width forms) would run as a formula when the CSV is
 * opened in Excel or LibreOffice (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`). Such text gets a leading
 * apostrophe, which spreadsheets read as "this is text" (OWASP's advice). Leading spaces do not
 * protect it: some programs trim them.
 */
const TRIGGER = /^[\s\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export function needsNeutralising(text: string): boolean {
  return TRIGGER.test(text);
}

export function neutraliseCell(text: string): string {
  return needsNeutralising(text) ? `'${text}` : text;
}
