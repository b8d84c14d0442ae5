import { breakOpportunities, containsThai } from '../../shared/text/thai-segment';

/**
 * Thai text that wraps only between words, the phone's ThaiText (renderer/ui/ThaiText.tsx): the
 * browser's own Thai line breaking is ICU alone, which cuts words such as งบ|ประมาณ or เครือ|ข่าย.
 * The text is split at the line-break opportunities of the project's one segmenter
 * (shared/text/thai-segment: ICU plus the protected-words list, the same as the facilitator's
 * screen, the charts and the PDF); each run between two of them is a `<span class="thai-run">`
 * (`white-space: nowrap` in phone.css: a class, as the CSP allows no style attribute), and the
 * breaks are offered with `<wbr>`. Text without Thai stays one text node.
 *
 * A phone without `Intl.Segmenter` (iOS Safari before 14.1, older Firefox) keeps its own line
 * breaking: the text is shown whole, as before, rather than not at all.
 */
const canSegment = typeof Intl !== 'undefined' && typeof (Intl as { Segmenter?: unknown }).Segmenter === 'function';

/** A run longer than this is left to the browser: a pasted address must not push the page wider. */
const LONGEST_RUN = 40;

/** The pieces of `text` between its line-break opportunities (one piece when it has no Thai). */
export function thaiRuns(text: string): string[] {
  if (!canSegment || !containsThai(text)) return [text];
  let positions: number[];
  try {
    positions = breakOpportunities(text);
  } catch {
    return [text];
  }
  const runs: string[] = [];
  let start = 0;
  for (const position of positions) {
    runs.push(text.slice(start, position));
    start = position;
  }
  runs.push(text.slice(start));
  return runs.filter((run) => run !== '');
}

/**
 * `text` as DOM nodes that break only between words (see above); always text nodes, never markup.
 * Runs sit in one `<span class="thai-text">`: where the text is put straight into a flex container
 * (`.choice label` is a column), the runs must stay one item that wraps as a line of text, not an
 * item each.
 */
export function thaiText(text: string): Node {
  const runs = thaiRuns(text);
  if (runs.length <= 1) return document.createTextNode(text);
  const fragment = document.createElement('span');
  fragment.className = 'thai-text';
  runs.forEach((run, index) => {
    if (index > 0) fragment.appendChild(document.createElement('wbr'));
    if (run.length > LONGEST_RUN || run.trim() === '') {
      fragment.appendChild(document.createTextNode(run));
      return;
    }
    const span = document.createElement('span');
    span.className = 'thai-run';
    span.appendChild(document.createTextNode(run));
    fragment.appendChild(span);
  });
  return fragment;
}

/** Replaces what `node` shows with `text`, wrapped as `thaiText` does. */
export function setThaiText(node: Node, text: string): void {
  while (node.firstChild) node.removeChild(node.firstChild);
  if (text !== '') node.appendChild(thaiText(text));
}
