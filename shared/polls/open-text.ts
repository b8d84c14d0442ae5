/** The longest open-text answer a phone may send, after cleaning (the file format's limit too). */
export const OPEN_TEXT_MAX_LENGTH = 280;

/**
 * Bidirectional formatting characters. An answer reaches the projector in front of the whole
 * room: an RLO (U+202E) would show "gnp.exe" for "exe.png", and unbalanced isolates can reorder
 * the text around the answer. Thai needs none of them; ZWSP/ZWJ/ZWNJ (word breaks, emoji) stay.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Line breaks and tabs become spaces: an answer is one line on the projector's wall. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** Every other control character (C0, DEL, C1) and the byte-order mark. */
const CONTROLS = /[\p{Cc}\uFEFF]/gu;

/**
 * What an open-text answer becomes before it is stored: NFC, control and bidi characters removed,
 * line breaks as spaces, runs of spaces collapsed, trimmed. Length is checked on the result.
 */
export function cleanOpenText(text: string): string {
  return text
    .normalize('NFC')
    .replace(BIDI_CONTROLS, '')
    .replace(BREAKS, ' ')
    .replace(CONTROLS, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
