import { describe, expect, it } from 'vitest';
import { histogramSvg } from './histogram';
import type { Contrast } from './palette';
import { radarSvg } from './radar';
import { representationSvg } from './representation';
import { stakeholderGridSvg } from './stakeholder-grid';
import { checkSvgSubset, elementsOf } from './svg-subset';

// What every chart must do, whatever it draws: keep to the subset pdfmake can render, never
// write NaN or undefined, escape what the facilitator typed, keep Thai exactly as typed, and give
// the same string for the same input.

const HOSTILE = `</text><script>alert("x")</script> & 'quoted'`;
const THAI = 'ภาคประชาสังคม';
const LEVELS = ['1 ไม่มี/เริ่มต้น', '2 มีบางส่วน', '3 เป็นระบบ', '4 บูรณาการ/ร่วมสร้าง', '5 ยั่งยืน/เสริมพลัง'];
const COMPONENTS = [
  'การเปิดเผยข้อมูลของภาครัฐ',
  'การมีนโยบายและกฎหมายที่เอื้อต่อการเปิดระบบราชการ',
  'การสร้างภาคีเครือข่าย',
  'การสร้างแรงจูงใจ',
  'การสนับสนุนองค์ความรู้ และทรัพยากร',
  'การพัฒนาเทคโนโลยี นวัตกรรม และโครงสร้างพื้นฐาน โดยมีประชาชนเป็นศูนย์กลาง',
  'การติดตามนโยบายของภาครัฐ',
  'การสร้างวัฒนธรรมองค์กร',
];
const QUADRANT_LABELS = {
  manageClosely: 'บริหารจัดการอย่างใกล้ชิด',
  keepSatisfied: 'ทำให้พึงพอใจ',
  keepInformed: 'แจ้งให้ทราบอยู่เสมอ',
  monitor: 'ติดตามดู',
};

function charts(contrast: Contrast, width: number, height: number): [string, () => string][] {
  return [
    [
      'a histogram with abstentions and a median',
      () =>
        histogramSvg({ counts: [2, 7, 11, 6, 1], abstain: 3, abstainLabel: 'ไม่ทราบ', levelLabels: LEVELS, title: THAI, highlightMedian: 3, width, height, contrast }),
    ],
    ['an empty histogram', () => histogramSvg({ counts: [0, 0, 0, 0, 0], levelLabels: LEVELS, highlightMedian: null, width, height, contrast })],
    [
      'a histogram with hostile labels',
      () => histogramSvg({ counts: [1, 0, 0, 0, 1], levelLabels: [HOSTILE, 'b', 'c', 'd', THAI], title: HOSTILE, width, height, contrast }),
    ],
    [
      'a radar of current and target',
      () =>
        radarSvg({
          axes: COMPONENTS.map((label) => ({ label })),
          series: [
            { name: 'ปัจจุบัน', values: [2, 1.5, 3, 2, 2.5, 1, 2, 3] },
            { name: 'เป้าหมาย', values: [4, 3, 4, 3.5, 4, 3, 5, 5] },
          ],
          title: THAI,
          width,
          height,
          contrast,
        }),
    ],
    [
      'a radar with gaps and hostile names',
      () =>
        radarSvg({
          axes: [{ label: HOSTILE }, { label: THAI }, { label: 'c' }, { label: 'd' }],
          series: [{ name: HOSTILE, values: [null, 5, null, 1], colour: '"><script>' }],
          width,
          height,
          contrast,
        }),
    ],
    ['a radar with no series', () => radarSvg({ axes: COMPONENTS.map((label) => ({ label })), series: [], width, height, contrast })],
    [
      'a stakeholder grid',
      () =>
        stakeholderGridSvg({
          stakeholders: [
            { id: 'a', name: THAI, influence: 5, interest: 5 },
            { id: 'b', name: HOSTILE, influence: 1, interest: 1, colour: '#CC79A7' },
            ...Array.from({ length: 9 }, (_, i) => ({ id: `c${i}`, name: `กลุ่มที่ ${i}`, influence: 2, interest: 4 })),
          ],
          quadrantLabels: QUADRANT_LABELS,
          axisLabels: { influence: 'อิทธิพล', interest: 'ความสนใจ' },
          title: THAI,
          width,
          height,
          contrast,
        }),
    ],
    [
      'an empty stakeholder grid',
      () =>
        stakeholderGridSvg({ stakeholders: [], quadrantLabels: QUADRANT_LABELS, axisLabels: { influence: HOSTILE, interest: HOSTILE }, width, height, contrast }),
    ],
    [
      'a representation chart',
      () =>
        representationSvg({
          rows: [
            { label: THAI, count: 6 },
            { label: HOSTILE, count: 2, suppressed: true, flag: 'thin' },
            { label: 'สื่อมวลชน', count: 0, flag: 'missing' },
          ],
          labels: { suppressed: 'น้อยกว่า 5 คน', missing: HOSTILE, thin: 'มีน้อย' },
          title: THAI,
          width,
          height,
          contrast,
        }),
    ],
    ['an empty representation chart', () => representationSvg({ rows: [], width, height, contrast })],
  ];
}

const SIZES: [Contrast, number, number][] = [
  ['standard', 640, 400],
  ['high', 1920, 1080],
  ['standard', 420, 260],
  ['high', 120, 90],
];

describe.each(SIZES)('every chart (%s contrast, %i × %i)', (contrast, width, height) => {
  it.each(charts(contrast, width, height))('%s keeps to the SVG subset', (_, build) => {
    expect(checkSvgSubset(build())).toEqual([]);
  });

  it.each(charts(contrast, width, height))('%s writes no NaN, undefined or Infinity', (_, build) => {
    expect(build()).not.toMatch(/NaN|undefined|Infinity/);
  });

  it.each(charts(contrast, width, height))('%s has the size it was asked for', (_, build) => {
    const [svg] = elementsOf(build(), 'svg');
    expect(svg?.attributes).toMatchObject({ width: String(width), height: String(height), viewBox: `0 0 ${width} ${height}` });
  });

  it.each(charts(contrast, width, height))('%s gives the same string for the same input', (_, build) => {
    expect(build()).toBe(build());
  });
});

describe('text in charts', () => {
  const all = charts('standard', 1280, 800).map(([, build]) => build());

  it('never lets typed text become markup', () => {
    for (const svg of all) {
      expect(svg).not.toContain('<script');
      expect(svg).not.toContain('"><');
    }
    expect(all.some((svg) => svg.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;'))).toBe(true);
  });

  it('keeps Thai text exactly as typed, tone marks and all', () => {
    const withThai = charts('standard', 1280, 800).filter(([name]) => !/empty|no series/.test(name));
    for (const [name, build] of withThai) {
      expect(elementsOf(build(), 'text').some((t) => t.content === THAI), name).toBe(true);
    }
  });
});
