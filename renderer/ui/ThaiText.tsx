import { Fragment, memo, useMemo } from 'react';
import { breakOpportunities, containsThai } from '../../shared/text/thai-segment';

/**
 * Thai text that wraps only between words, using the one segmentation of the project
 * (shared/text/thai-segment.ts: ICU plus the list of words ICU gets wrong), the same as the PDF
 * minutes, the charts and the word cloud. Chromium's own Thai line breaking is ICU alone, which
 * breaks inside words such as พื้น|ฐาน, เครือ|ข่าย or เวิร์|กช|อป; here each run between two allowed
 * breaks is kept on one line and the breaks are offered with <wbr>. Text without Thai is returned
 * as is.
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
  const runs: string[] = [];
  let start = 0;
  for (const position of breakOpportunities(text)) {
    runs.push(text.slice(start, position));
    start = position;
  }
  runs.push(text.slice(start));
  return runs.filter((run) => run !== '');
}
