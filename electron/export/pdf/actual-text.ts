/**
 * Wraps chosen glyphs of a drawn text fragment in `/Span <</ActualText …>> BDC … EMC`.
 *
 * Used only for the few Thai clusters whose marks cannot be drawn left to right in written order
 * (see glyph-text.ts, actualTextSpans). pdfkit writes a fragment as content operators
 * (`BT`, `Tm`, `[<glyphs> kerning …] TJ`, `ET`); the TJ arrays are split at the span edges so
 * the marked content encloses exactly the span's glyphs.
 */
import type { ActualTextSpan } from './glyph-text';

const TJ = /^\[(.*)\] TJ$/s;
const TOKEN = /<([0-9a-fA-F]*)>|(-?[0-9.]+)/g;
const GLYPH_HEX_DIGITS = 4;

export function withActualText(operators: readonly string[], spans: readonly ActualTextSpan[]): string[] {
  if (spans.length === 0) return [...operators];
  const out: string[] = [];
  let glyph = 0;
  let spanIndex = 0;
  let open = false;

  for (const operator of operators) {
    const match = TJ.exec(operator);
    if (!match) {
      // Marked content may sit inside a text object but must not cross its end.
      if (open && operator === 'ET') {
        out.push('EMC');
        open = false;
        spanIndex += 1;
      }
      out.push(operator);
      continue;
    }
    let pieces: string[] = [];
    let hex = '';
    const flushHex = (): void => {
      if (hex) pieces.push(`<${hex}>`);
      hex = '';
    };
    const flushTJ = (): void => {
      flushHex();
      if (pieces.length > 0) out.push(`[${pieces.join(' ')}] TJ`);
      pieces = [];
    };
    for (const token of match[1]!.matchAll(TOKEN)) {
      if (token[2] !== undefined) {
        flushHex();
        pieces.push(token[2]);
        continue;
      }
      const digits = token[1]!;
      for (let at = 0; at < digits.length; at += GLYPH_HEX_DIGITS) {
        const span = spans[spanIndex];
        if (!open && span && glyph === span.start) {
          flushTJ();
          out.push(`/Span <</ActualText ${utf16Hex(span.text)}>> BDC`);
          open = true;
        }
        hex += digits.slice(at, at + GLYPH_HEX_DIGITS);
        glyph += 1;
        if (open && span && glyph === span.end) {
          flushTJ();
          out.push('EMC');
          open = false;
          spanIndex += 1;
        }
      }
    }
    flushTJ();
  }
  if (open) out.push('EMC');
  return out;
}

/** A PDF text string in UTF-16BE with byte order mark, as hex. */
function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}
