import { memo } from 'react';
import { CellText, NameText } from './text';

/**
 * A word (a run between spaces) this long cannot fit a register column on one line: it is let
 * break anywhere instead of pushing the column wide. Counted in letters that take space (Thai
 * vowels above and below and tone marks take none). Names and agency names are far shorter.
 */
const LONGEST_WORD = 18;
const ZERO_WIDTH = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;

export function hasOverlongWord(text: string): boolean {
  return text.split(/\s+/).some((word) => word.replace(ZERO_WIDTH, '').length > LONGEST_WORD);
}

/**
 * Text in a register cell: at most two lines, with an ellipsis and the whole text in a tooltip
 * (`title`). Ordinary text keeps the people pages' line breaking (a name wraps only at its spaces,
 * Thai only between words); a word too long for any column (a 200-letter import) may break anywhere.
 */
export const ClampText = memo(function ClampText({ text, kind }: { text: string; kind: 'name' | 'cell' }) {
  if (text === '') return null;
  const overlong = hasOverlongWord(text);
  return (
    <span className={`pp-clamp${overlong ? ' pp-clamp-anywhere' : ''}`} title={text}>
      {overlong ? text : kind === 'name' ? <NameText text={text} /> : <CellText text={text} />}
    </span>
  );
});
