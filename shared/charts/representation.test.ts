import { describe, expect, it } from 'vitest';
import { CHART_THEMES } from './palette';
import { representationSvg, type RepresentationOptions } from './representation';
import { elementsOf } from './svg-subset';

const base: RepresentationOptions = {
  rows: [
    { label: 'หน่วยงานภาครัฐ', count: 14 },
    { label: 'ภาคประชาสังคม', count: 7 },
    { label: 'สถาบันการศึกษา', count: 3, suppressed: true, flag: 'thin' },
    { label: 'สื่อมวลชน', count: 0, flag: 'missing' },
  ],
  labels: { suppressed: 'น้อยกว่า 5 คน', missing: 'ไม่มีผู้แทน', thin: 'มีน้อย' },
  width: 800,
  height: 400,
};

const barOf = (svg: string, row: number) =>
  elementsOf(svg, 'rect').find((r) => r.attributes['data-row'] === String(row))?.attributes;
const textsOf = (svg: string, row: number) =>
  elementsOf(svg, 'text')
    .filter((t) => t.attributes['data-row'] === String(row))
    .map((t) => t.content);

describe('the representation chart', () => {
  it('draws a bar per group in proportion to its count, with the count after it', () => {
    const svg = representationSvg(base);
    const government = barOf(svg, 0)!;
    const civil = barOf(svg, 1)!;
    expect(Number(civil.width) / Number(government.width)).toBeCloseTo(7 / 14, 2);
    expect(Number(government.x)).toBe(Number(civil.x));
    expect(textsOf(svg, 0)).toEqual(['หน่วยงานภาครัฐ', '14']);
  });

  it('gives a suppressed group neither its count nor a bar whose length would tell it', () => {
    const svg = representationSvg(base);
    expect(barOf(svg, 2)).toBeUndefined();
    expect(textsOf(svg, 2)).not.toContain('3');
    expect(textsOf(svg, 2)).toContain('น้อยกว่า 5 คน');
    expect(elementsOf(svg, 'text').find((t) => t.attributes['data-value'] === 'suppressed')).toBeDefined();
    // Nor does withholding it change the other bars: the longest shown count sets the scale.
    const without = representationSvg({ ...base, rows: base.rows.map((r, i) => (i === 2 ? { ...r, count: 500 } : r)) });
    expect(barOf(without, 0)).toEqual(barOf(svg, 0));
  });

  it('flags a missing group with a circle and a thin one with a triangle, and says so', () => {
    const svg = representationSvg(base);
    const missing = elementsOf(svg, 'circle').find((c) => c.attributes['data-flag'] === 'missing');
    const thin = elementsOf(svg, 'polygon').find((p) => p.attributes['data-flag'] === 'thin');
    expect(missing?.attributes.fill).toBe(CHART_THEMES.standard.missing);
    expect(thin?.attributes['data-row']).toBe('2');
    expect(textsOf(svg, 3)).toEqual(['สื่อมวลชน', '0', 'ไม่มีผู้แทน']);
    expect(textsOf(svg, 2)).toContain('มีน้อย');
  });

  it('draws no bar for a count of 0', () => {
    expect(barOf(representationSvg(base), 3)).toBeUndefined();
  });

  it('lays rows out top to bottom in the order given', () => {
    const svg = representationSvg(base);
    const ys = [0, 1].map((row) => Number(barOf(svg, row)!.y));
    expect(ys[0]).toBeLessThan(ys[1]!);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => representationSvg({ ...base, rows: [{ label: 'a', count: -1 }] })).toThrow(RangeError);
    expect(() => representationSvg({ ...base, rows: [{ label: 'a', count: 1.5 }] })).toThrow(RangeError);
  });
});
