import { describe, expect, it } from 'vitest';
import { withMergedInlines } from './inline-merging';
import type { Inline, Line } from './pdfmake-internals';

const font = {} as Inline['font'];

function inline(text: string, x: number, width: number, extra: Partial<Inline> = {}): Inline {
  return { text, x, width, height: 20, font, fontSize: 14, color: 'black', ...extra };
}

function line(inlines: Inline[]): Line {
  const result: Line = {
    inlines,
    maxWidth: 500,
    clone() {
      return { ...result, inlines: [...result.inlines] };
    },
  };
  return result;
}

describe('withMergedInlines', () => {
  it('joins touching inlines drawn alike into one', () => {
    const merged = withMergedInlines(line([inline('ภาค', 0, 20), inline('รัฐ ', 20, 25, { trailingCut: 3 }), inline('และ', 45, 18)]));
    expect(merged.inlines).toHaveLength(1);
    expect(merged.inlines[0]).toMatchObject({ text: 'ภาครัฐ และ', x: 0, width: 63 });
  });

  it('keeps inlines apart where the style changes', () => {
    const merged = withMergedInlines(line([inline('ภาค', 0, 20), inline('รัฐ', 20, 25, { color: 'red' }), inline('และ', 45, 18, { color: 'red' })]));
    expect(merged.inlines.map((i) => i.text)).toEqual(['ภาค', 'รัฐและ']);
  });

  it('keeps inlines apart where justification opened a gap', () => {
    const merged = withMergedInlines(line([inline('ภาค', 0, 20), inline('รัฐ', 24, 25, { justifyShift: 4 })]));
    expect(merged.inlines).toHaveLength(2);
  });

  it('never merges an inline that carries a page reference', () => {
    const merged = withMergedInlines(line([inline('หน้า ', 0, 20), inline('00', 20, 10, { _pageRef: {} })]));
    expect(merged.inlines).toHaveLength(2);
  });

  it('leaves the line it was given untouched', () => {
    const original = line([inline('ก', 0, 10), inline('ข', 10, 10)]);
    withMergedInlines(original);
    expect(original.inlines.map((i) => i.text)).toEqual(['ก', 'ข']);
  });
});
