import { Fragment, memo, useMemo } from 'react';
import { thaiRuns } from '../../../ui/ThaiText';

/**
 * The runs of ThaiText (shared/text: ICU plus the one list of words ICU gets wrong), with one rule
 * of the people pages on top: a number stays on the line of the word before it and of the word
 * after it ("หมู่ 5", "น้อยกว่า 5 คน").
 */
function keepNumbersWithWords(text: string, runs: readonly string[]): string[] {
  const inside = new Set<number>();
  for (let p = 1; p < text.length; p++) {
    if (/\d/.test(text[p]!) && /\s/.test(text[p - 1]!)) inside.add(p);
    if (p >= 2 && /\s/.test(text[p - 1]!) && /\d/.test(text[p - 2]!)) inside.add(p);
  }
  const merged: string[] = [];
  let position = 0;
  for (const run of runs) {
    if (merged.length > 0 && inside.has(position)) merged[merged.length - 1] += run;
    else merged.push(run);
    position += run.length;
  }
  return merged;
}

/**
 * Thai text on the people pages (sentences, labels, an organisation in a narrow cell): it breaks
 * only between words, as ThaiText does, and a number stays with the word before it ("หมู่ 5",
 * "น้อยกว่า 5").
 */
export const PeopleText = memo(function PeopleText({ text }: { text: string }) {
  const runs = useMemo(() => keepNumbersWithWords(text, thaiRuns(text)), [text]);
  if (runs.length <= 1) return <>{runs[0] ?? ''}</>;
  return (
    <>
      {runs.map((run, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          <span className="thai-run">{run}</span>
        </Fragment>
      ))}
    </>
  );
});

/**
 * A person's name: it may wrap only at its spaces (between title+first name and surname), never
 * inside a name — a surname is one word to its owner, whatever a dictionary says (ปัญญา|ดี).
 */
export const NameText = memo(function NameText({ text }: { text: string }) {
  const parts = text.split(/\s+/).filter(Boolean);
  if (parts.length <= 1) return <span className="thai-run">{text}</span>;
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && ' '}
          <span className="thai-run">{part}</span>
        </Fragment>
      ))}
    </>
  );
});

/** The same, for table cells. */
export const CellText = PeopleText;
