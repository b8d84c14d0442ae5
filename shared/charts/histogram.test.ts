import { describe, expect, it } from 'vitest';
import { histogramSvg, type HistogramOptions } from './histogram';
import { CHART_THEMES } from './palette';
import { elementsOf } from './svg-subset';

const LEVELS = ['1 ไม่มี/เริ่มต้น', '2 มีบางส่วน', '3 เป็นระบบ', '4 บูรณาการ/ร่วมสร้าง', '5 ยั่งยืน/เสริมพลัง'];
const base: HistogramOptions = { counts: [2, 7, 11, 6, 1], levelLabels: LEVELS, width: 640, height: 400 };

function bars(svg: string) {
  return elementsOf(svg, 'rect')
    .map((r) => r.attributes)
    .filter((a) => a['data-level'] !== undefined);
}
const centre = (a: Record<string, string>) => Number(a.x) + Number(a.width) / 2;

describe('the histogram', () => {
  it('draws one bar per level with a height in proportion to its count', () => {
    const drawn = bars(histogramSvg(base));
    expect(drawn.map((a) => a['data-level'])).toEqual(['1', '2', '3', '4', '5']);
    const heights = drawn.map((a) => Number(a.height));
    expect(heights[2]! / heights[1]!).toBeCloseTo(11 / 7, 2);
    expect(heights[4]! / heights[2]!).toBeCloseTo(1 / 11, 2);
    // All bars stand on one baseline.
    expect(new Set(drawn.map((a) => Number(a.y) + Number(a.height))).size).toBe(1);
  });

  it('writes each count on its bar, in the digits asked for', () => {
    const svg = histogramSvg({ ...base, formatNumber: (n) => String(n).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!) });
    const counts = elementsOf(svg, 'text').filter((t) => t.attributes['data-count'] !== undefined);
    expect(counts.map((t) => t.content)).toEqual(['๒', '๗', '๑๑', '๖', '๑']);
    const tall = bars(svg)[2]!;
    expect(Number(counts[2]!.attributes.y)).toBeLessThan(Number(tall.y));
    expect(Number(counts[2]!.attributes.x)).toBeCloseTo(centre(tall), 1);
  });

  it('draws no bar for a level nobody chose, but still writes its 0', () => {
    const svg = histogramSvg({ ...base, counts: [0, 3, 0, 0, 0] });
    expect(bars(svg).map((a) => a['data-level'])).toEqual(['2']);
    expect(elementsOf(svg, 'text').filter((t) => t.attributes['data-count'] !== undefined).map((t) => t.content)).toEqual([
      '0',
      '3',
      '0',
      '0',
      '0',
    ]);
  });

  it('highlights the median bar and points at it', () => {
    const svg = histogramSvg({ ...base, highlightMedian: 3 });
    const drawn = bars(svg);
    const highlighted = drawn.filter((a) => a['data-highlight'] === 'median');
    expect(highlighted.map((a) => a['data-level'])).toEqual(['3']);
    expect(highlighted[0]?.fill).toBe(CHART_THEMES.standard.highlight);
    expect(drawn.filter((a) => a['data-level'] !== '3').every((a) => a.fill === CHART_THEMES.standard.bar)).toBe(true);
    const [marker] = elementsOf(svg, 'polygon').filter((p) => p.attributes['data-median'] === '3');
    const tipX = Number(marker!.attributes.points!.split(' ')[0]!.split(',')[0]);
    expect(tipX).toBeCloseTo(centre(highlighted[0]!), 1);
  });

  it('highlights both middle bars for a median between two levels, the marker halfway', () => {
    const svg = histogramSvg({ ...base, highlightMedian: 3.5 });
    const highlighted = bars(svg).filter((a) => a['data-highlight'] === 'median');
    expect(highlighted.map((a) => a['data-level'])).toEqual(['3', '4']);
    const [marker] = elementsOf(svg, 'polygon').filter((p) => p.attributes['data-median'] === '3.5');
    const tipX = Number(marker!.attributes.points!.split(' ')[0]!.split(',')[0]);
    expect(tipX).toBeCloseTo((centre(highlighted[0]!) + centre(highlighted[1]!)) / 2, 1);
  });

  it('highlights nothing without a median', () => {
    const svg = histogramSvg({ ...base, highlightMedian: null });
    expect(bars(svg).some((a) => a['data-highlight'])).toBe(false);
    expect(elementsOf(svg, 'polygon')).toHaveLength(0);
  });

  it('sets abstentions apart in their own column, right of the scale', () => {
    const svg = histogramSvg({ ...base, abstain: 4, abstainLabel: 'ไม่ทราบ/งดออกเสียง' });
    const drawn = bars(svg);
    const abstain = drawn.find((a) => a['data-level'] === 'abstain');
    expect(abstain?.fill).toBe(CHART_THEMES.standard.abstainBar);
    expect(Number(abstain!.x)).toBeGreaterThan(Number(drawn[4]!.x) + Number(drawn[4]!.width));
    expect(elementsOf(svg, 'text').some((t) => t.content.includes('ไม่ทราบ'))).toBe(true);
    expect(bars(histogramSvg(base)).some((a) => a['data-level'] === 'abstain')).toBe(false);
  });

  it('writes every level label under its bar', () => {
    const svg = histogramSvg({ ...base, width: 1600 });
    const labels = elementsOf(svg, 'text').filter((t) => LEVELS.includes(t.content));
    expect(labels.map((t) => t.content)).toEqual(LEVELS);
    bars(svg).forEach((bar, i) => expect(Number(labels[i]!.attributes.x)).toBeCloseTo(centre(bar), 1));
  });

  it('refuses labels that do not match the levels, negative counts and a median off the scale', () => {
    expect(() => histogramSvg({ ...base, levelLabels: LEVELS.slice(0, 4) })).toThrow(RangeError);
    expect(() => histogramSvg({ ...base, counts: [1, -1, 0, 0, 0] })).toThrow(RangeError);
    expect(() => histogramSvg({ ...base, highlightMedian: 6 })).toThrow(RangeError);
    expect(() => histogramSvg({ ...base, width: 10 })).toThrow(RangeError);
  });
});

describe('the histogram’s English level labels', () => {
  const EN = ['1 None or ad hoc', '2 Partial, one-off', '3 Systematic, documented', '4 Integrated, co-created', '5 Institutionalised, shared power'];
  const words = new Set([...EN, 'Not sure'].flatMap((label) => label.split(' ')));

  it('break only between words, never inside one: a long word is set a step smaller, that label only', () => {
    // The facilitator's chart (ResultsPanel), the minutes' (assessment.ts) and projector boxes.
    for (const size of [
      { width: 480, height: 290, fontSize: 15 },
      { width: 440, height: 210, fontSize: 11 },
      { width: 900, height: 500, fontSize: 18 },
      { width: 1200, height: 600 },
    ]) {
      const svg = histogramSvg({ counts: [0, 1, 3, 1, 0], levelLabels: EN, abstain: 0, abstainLabel: 'Not sure', highlightMedian: 3, ...size });
      const labels = elementsOf(svg, 'text').filter((t) => t.attributes['data-count'] === undefined);
      // Even where a word cannot fit at all (a tiny chart), "…" comes after a whole word.
      for (const label of labels) {
        for (const word of label.content.replace(/…$/, '').split(' ').filter(Boolean)) expect(words, `${word} at ${JSON.stringify(size)}`).toContain(word);
      }
      const contents = labels.map((t) => t.content);
      expect(contents.some((line) => line.includes('Institutionalised,')), JSON.stringify(size)).toBe(true);
      expect(contents.some((line) => line.includes('one-off'))).toBe(true);
    }
    const svg = histogramSvg({ counts: [0, 1, 3, 1, 0], levelLabels: EN, width: 480, height: 290, fontSize: 15 });
    const sizeOf = (content: string) => Number(elementsOf(svg, 'text').find((t) => t.content === content)!.attributes['font-size']);
    expect(sizeOf('Institutionalised,')).toBeLessThan(sizeOf('one-off'));
  });
});
