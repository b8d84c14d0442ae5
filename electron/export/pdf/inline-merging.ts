/**
 * Joins the pieces of a line back together before pdfmake draws it.
 *
 * pdfmake draws every inline (every space-separated word, and every piece a Thai word was cut
 * into at a line end) as a separate text object: its own BT…ET, font, colour and position. That
 * makes files larger and slower to write, and extractors may see a gap at every join.
 * Neighbouring inlines that look the same and touch are drawn as one text object instead; the
 * line's layout (widths, x positions, breaks) is not changed.
 */
import type { Inline, Line } from './pdfmake-internals';
import { STYLE_GROUP } from './thai-line-breaking';

/** Properties that change how an inline is drawn; inlines merge only if all are equal. */
const DRAWING_PROPERTIES = [
  'font',
  'fontSize',
  'color',
  'opacity',
  'characterSpacing',
  'decoration',
  'decorationColor',
  'decorationStyle',
  'decorationThickness',
  'background',
  'link',
  'linkToPage',
  'linkToDestination',
  'sup',
  'sub',
  'height',
] as const;

/** Properties that tie an inline to something else (page references, TOC items): never merged. */
const REFERENCE_PROPERTIES = ['_pageNodeRef', '_pageRef', '_tocItemRef', 'justifyShift'] as const;

const TOUCHING = 1e-6;

/** A copy of `line` whose touching, identically drawn inlines are merged; `line` is untouched. */
export function withMergedInlines(line: Line): Line {
  const inlines = line.inlines;
  if (!inlines || inlines.length < 2) return line;
  const merged: Inline[] = [];
  let current: Inline | null = null;
  for (const inline of inlines) {
    if (current && canMerge(current, inline)) {
      current.text += inline.text;
      current.width += inline.width;
      current.trailingCut = inline.trailingCut ?? 0;
      if (inline.lineEnd) current.lineEnd = true;
      continue;
    }
    current = { ...inline };
    merged.push(current);
  }
  if (merged.length === inlines.length) return line;
  const copy = line.clone();
  copy.inlines = merged;
  return copy;
}

function canMerge(left: Inline, right: Inline): boolean {
  if (Math.abs(left.x + left.width - right.x) > TOUCHING) return false;
  // Pieces cut from one styled item share every style property: only positions can differ.
  const group = left[STYLE_GROUP];
  if (group !== undefined && group === right[STYLE_GROUP] && right.justifyShift === undefined) {
    return right._pageRef === undefined && right._pageNodeRef === undefined && right._tocItemRef === undefined;
  }
  if (!sameValue(left.fontFeatures, right.fontFeatures)) return false;
  for (const property of DRAWING_PROPERTIES) if (!sameValue(left[property], right[property])) return false;
  for (const property of REFERENCE_PROPERTIES) if (left[property] !== undefined || right[property] !== undefined) return false;
  return true;
}

/** Equal, or arrays of equal items (decorations, pattern colours, font features come as arrays). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return false;
}
