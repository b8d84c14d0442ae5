import { Fragment, memo, useMemo } from 'react';
import { breakOpportunities, containsThai } from '../../shared/text/thai-segment';
import { UI_PROTECTED_WORDS } from './thai-ui-words';

/**
 * Thai text that wraps only between words, using the same segmentation as the PDF minutes
 * (shared/text/thai-segment.ts: ICU plus a list of words ICU gets wrong). Chromium's own Thai line
 * breaking is ICU alone, which breaks inside compounds such as พื้น|ฐาน or เครือ|ข่าย; here each
 * run between two allowed breaks is kept on one line and the breaks are offered with <wbr>.
 * Text without Thai is returned as is.
 */
export const ThaiText = memo(function ThaiText({ text }: { text: string }) {
  const runs = useMemo(() => thaiRuns(text), [text]);
  if (runs.length <= 1) return <>{text}</>;
  return (
    <>
      {runs.map((run, index) => (
        // Runs repeat ("การ" twice); position is the identity.
        <Fragment key={index}>
          {index > 0 && <wbr />}
          <span className="thai-run">{run}</span>
        </Fragment>
      ))}
    </>
  );
});

/** The pieces of `text` between its line-break opportunities (one piece when it has no Thai). */
export function thaiRuns(text: string): string[] {
  if (!containsThai(text)) return [text];
  const inside = protectedPositions(text);
  const runs: string[] = [];
  let start = 0;
  for (const position of breakOpportunities(text)) {
    if (inside.has(position)) continue;
    runs.push(text.slice(start, position));
    start = position;
  }
  runs.push(text.slice(start));
  return runs.filter((run) => run !== '');
}

/** Positions strictly inside an occurrence of a UI-protected word: no line may break there. */
function protectedPositions(text: string): Set<number> {
  const inside = new Set<number>();
  for (const word of UI_PROTECTED_WORDS) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      for (let p = at + 1; p < at + word.length; p++) inside.add(p);
    }
  }
  return inside;
}
