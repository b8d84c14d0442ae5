import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTORS, DEFAULT_SOCIAL_GROUPS } from '../domain/people';
import { breakOpportunities } from '../text/thai-segment';
import { CHART_THEMES } from './palette';
import { representationSvg, type RepresentationOptions } from './representation';
import { elementsOf } from './svg-subset';
import { textWidth } from './text';

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

/** The label's lines as drawn (the texts of a row before its count). */
const axisOf = (svg: string) => Number(elementsOf(svg, 'line').at(-1)!.attributes.x1);
const labelLinesOf = (svg: string, row: number) =>
  elementsOf(svg, 'text').filter((t) => t.attributes['data-row'] === String(row) && Number(t.attributes.x) < axisOf(svg));

/** Each line ends where a line may break (or at the end): no word is cut. */
function expectWholeWords(label: string, lines: readonly string[]) {
  const breaks = new Set(breakOpportunities(label));
  let position = 0;
  for (const line of lines) {
    while (label[position] === ' ') position += 1;
    const text = line.replace(/…$/u, '');
    expect(label.startsWith(text, position), `"${line}" continues "${label.slice(position)}"`).toBe(true);
    position += text.length;
    // A line ends before the spaces and separators that the break follows.
    let end = position;
    while (end < label.length && !breaks.has(end) && /[\s/]/u.test(label[end]!)) end += 1;
    expect(end === label.length || breaks.has(end), `"${line}" ends inside a word of ${label}`).toBe(true);
  }
}

describe('the labels of the representation chart', () => {
  // The projector's two charts side by side (1920×1080 and 1024×768 screens), the minutes' figure.
  const SIZES = [
    { width: 560, height: 700, fontSize: 34.6, name: 'projector 1920×1080' },
    { width: 300, height: 420, fontSize: 18.4, name: 'projector 1024×768' },
    { width: 440, height: 294, fontSize: 11, name: 'minutes' },
  ];
  const rowsOf = (labels: readonly string[]) =>
    labels.map((label, i) =>
      i === 0 ? { label, count: 14 } : i % 3 === 0 ? { label, count: 0, flag: 'missing' as const } : { label, count: 3, suppressed: true, flag: 'thin' as const },
    );
  const lists = [
    ['sectors', DEFAULT_SECTORS.map((c) => c.label.th)],
    ['social groups', DEFAULT_SOCIAL_GROUPS.map((c) => c.label.th)],
  ] as const;

  for (const size of SIZES) {
    for (const [list, labels] of lists) {
      it(`shows every default ${list} label whole, on at most two lines, broken between words (${size.name})`, () => {
        const svg = representationSvg({ ...base, rows: rowsOf(labels), labels: { suppressed: 'ไม่แสดง', missing: 'ยังไม่มี', thin: 'ยังน้อย' }, title: 'ภาคส่วน', ...size });
        labels.forEach((label, row) => {
          const lines = labelLinesOf(svg, row);
          const texts = lines.map((t) => t.content);
          expect(texts.join(''), label).not.toContain('…');
          expect(texts.join('').replace(/\s/g, ''), label).toBe(label.replace(/\s/g, ''));
          expect(lines.length).toBeLessThanOrEqual(2);
          expectWholeWords(label, texts);
          // And clear of the bars: the label column ends before the axis.
          const axisX = axisOf(svg);
          for (const line of lines) expect(Number(line.attributes.x) + textWidth(line.content, Number(line.attributes['font-size']))).toBeLessThan(axisX);
        });
      });
    }
  }

  it('sizes the label column to the labels: short labels leave the bars more room', () => {
    const short = representationSvg({ ...base, rows: [{ label: 'รัฐ', count: 4 }, { label: 'ชุมชน', count: 2 }] });
    const long = representationSvg({ ...base, rows: [{ label: 'องค์กรระหว่างประเทศ', count: 4 }, { label: 'ชุมชน', count: 2 }] });
    expect(Number(barOf(short, 0)!.x)).toBeLessThan(Number(barOf(long, 0)!.x));
    expect(Number(barOf(short, 0)!.width)).toBeGreaterThan(Number(barOf(long, 0)!.width));
  });

  it('ends a label that cannot fit even two lines in "…" after a whole word', () => {
    const label = 'สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติประจำจังหวัดขอนแก่น';
    const svg = representationSvg({ ...base, rows: [{ label, count: 4 }, ...base.rows], width: 300, height: 200, fontSize: 16 });
    const texts = labelLinesOf(svg, 0).map((t) => t.content);
    expect(texts.at(-1)).toMatch(/…$/u);
    expectWholeWords(label, texts);
  });
});
