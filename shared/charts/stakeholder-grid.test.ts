import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QUADRANTS,
  QUADRANT_HIGH_FROM,
  layoutStakeholderGrid,
  quadrantOf,
  stakeholderGridSvg,
  type Box,
  type StakeholderGridOptions,
  type StakeholderOnGrid,
} from './stakeholder-grid';
import { breakOpportunities } from '../text/thai-segment';
import { elementsOf } from './svg-subset';
import { textWidth } from './text';

const labels = {
  quadrantLabels: {
    manageClosely: 'บริหารจัดการอย่างใกล้ชิด',
    keepSatisfied: 'ทำให้พึงพอใจ',
    keepInformed: 'แจ้งให้ทราบอยู่เสมอ',
    monitor: 'ติดตามดู',
  },
  axisLabels: { influence: 'อิทธิพล', interest: 'ความสนใจ' },
};
const grid = (stakeholders: StakeholderOnGrid[], size: Partial<StakeholderGridOptions> = {}): StakeholderGridOptions => ({
  stakeholders,
  ...labels,
  width: 900,
  height: 700,
  ...size,
});

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1e-6 &&
  inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-6;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 1e-6 && b.x < a.x + a.width - 1e-6 && a.y < b.y + b.height - 1e-6 && b.y < a.y + a.height - 1e-6;

describe('the quadrant rule (Mendelow)', () => {
  it.each([
    [5, 5, 'manageClosely'],
    [5, 1, 'keepSatisfied'],
    [1, 5, 'keepInformed'],
    [1, 1, 'monitor'],
    // The middle of the scale counts as high.
    [3, 3, 'manageClosely'],
    [3, 2, 'keepSatisfied'],
    [2, 3, 'keepInformed'],
    [2, 2, 'monitor'],
  ] as const)('influence %i, interest %i → %s', (influence, interest, quadrant) => {
    expect(quadrantOf(influence, interest)).toBe(quadrant);
  });

  it('agrees with QUADRANTS for every pair of ratings', () => {
    for (let influence = 1; influence <= 5; influence++) {
      for (let interest = 1; interest <= 5; interest++) {
        const rule = QUADRANTS.find((q) => q.id === quadrantOf(influence, interest))!;
        expect(rule.influence).toBe(influence >= QUADRANT_HIGH_FROM ? 'high' : 'low');
        expect(rule.interest).toBe(interest >= QUADRANT_HIGH_FROM ? 'high' : 'low');
      }
    }
  });

  it('refuses ratings off the 1..5 scale or between levels', () => {
    expect(() => quadrantOf(0, 3)).toThrow(RangeError);
    expect(() => quadrantOf(3, 6)).toThrow(RangeError);
    expect(() => quadrantOf(2.5, 3)).toThrow(RangeError);
  });
});

describe('laying out the grid', () => {
  it('puts interest across (low left) and influence up (high top)', () => {
    const layout = layoutStakeholderGrid(grid([]));
    const panel = (id: string) => layout.panels.find((p) => p.quadrant === id)!;
    expect(panel('manageClosely').x).toBeGreaterThan(panel('keepSatisfied').x);
    expect(panel('manageClosely').y).toBeLessThan(panel('keepInformed').y);
    expect(panel('monitor').x).toBe(panel('keepSatisfied').x);
    expect(panel('monitor').y).toBe(panel('keepInformed').y);
  });

  it('places each card in its own cell, inside the panel of its quadrant', () => {
    const stakeholders = [
      { id: 'governor', name: 'ผู้ว่าราชการจังหวัด', influence: 5, interest: 5 },
      { id: 'bank', name: 'สมาคมธนาคาร', influence: 4, interest: 1 },
      { id: 'youth', name: 'กลุ่มเยาวชน', influence: 2, interest: 5 },
      { id: 'temple', name: 'ผู้นำศาสนา', influence: 1, interest: 1 },
      { id: 'council', name: 'สภาองค์กรชุมชน', influence: 3, interest: 3 },
    ];
    const layout = layoutStakeholderGrid(grid(stakeholders));
    for (const s of stakeholders) {
      const card = layout.cards.find((c) => c.id === s.id)!;
      const cell = layout.cells.find((c) => c.influence === s.influence && c.interest === s.interest)!;
      const panel = layout.panels.find((p) => p.quadrant === quadrantOf(s.influence, s.interest))!;
      expect(card.quadrant).toBe(quadrantOf(s.influence, s.interest));
      expect(inside(card, cell)).toBe(true);
      expect(inside(card, panel)).toBe(true);
    }
    const governor = layout.cards.find((c) => c.id === 'governor')!;
    expect(governor.x).toBeGreaterThan(layout.plot.x + layout.plot.width / 2);
    expect(governor.y).toBeLessThan(layout.plot.y + layout.plot.height / 2);
  });

  it('keeps cell rows clear of the quadrant titles', () => {
    const layout = layoutStakeholderGrid(grid([]));
    for (const panel of layout.panels) {
      const header = { x: panel.x, y: panel.y, width: panel.width, height: panel.headerHeight };
      for (const cell of layout.cells) expect(overlap(cell, header)).toBe(false);
    }
  });

  it('stacks stakeholders who share a cell without overlap', () => {
    const crowd = Array.from({ length: 4 }, (_, i) => ({ id: `s${i}`, name: `กลุ่มที่ ${i + 1}`, influence: 2, interest: 5 }));
    const layout = layoutStakeholderGrid(grid(crowd));
    expect(layout.cards).toHaveLength(4);
    expect(layout.overflow).toHaveLength(0);
    for (const a of layout.cards) for (const b of layout.cards) if (a !== b) expect(overlap(a, b)).toBe(false);
  });

  it('sums up what does not fit in a "+k" card, and says who', () => {
    const crowd = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, name: `กลุ่มที่ ${i + 1}`, influence: 5, interest: 5 }));
    const layout = layoutStakeholderGrid(grid(crowd, { width: 500, height: 400 }));
    expect(layout.overflow).toHaveLength(1);
    const [more] = layout.overflow;
    expect(layout.cards.length + more!.hiddenIds.length).toBe(60);
    expect(more!.hiddenIds.at(-1)).toBe('s59');
    const svg = stakeholderGridSvg(grid(crowd, { width: 500, height: 400 }));
    expect(elementsOf(svg, 'text').some((t) => t.content === `+${more!.hiddenIds.length}`)).toBe(true);
  });

  it('never overlaps two cards, nor lets one leave its cell, whatever the ratings and size', () => {
    const stakeholder = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      name: fc.constantFrom('ก', 'องค์การบริหารส่วนจังหวัด', 'NGO', 'มหาวิทยาลัยราชภัฏ'),
      influence: fc.integer({ min: 1, max: 5 }),
      interest: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(
        fc.array(stakeholder, { maxLength: 40 }),
        fc.integer({ min: 200, max: 1920 }),
        fc.integer({ min: 200, max: 1080 }),
        (stakeholders, width, height) => {
          const layout = layoutStakeholderGrid(grid(stakeholders, { width, height }));
          const boxes: (Box & { influence: number; interest: number })[] = [...layout.cards, ...layout.overflow];
          expect(layout.cards.length + layout.overflow.reduce((n, o) => n + o.hiddenIds.length, 0)).toBe(stakeholders.length);
          for (const box of boxes) {
            const cell = layout.cells.find((c) => c.influence === box.influence && c.interest === box.interest)!;
            expect(inside(box, cell)).toBe(true);
          }
          for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the stakeholder grid as SVG', () => {
  it('draws each card in the panel of its quadrant, with its name', () => {
    const svg = stakeholderGridSvg(grid([{ id: 'gov', name: 'สำนักงานจังหวัด', influence: 5, interest: 4 }]));
    const panels = elementsOf(svg, 'rect').filter((r) => r.attributes['data-quadrant'] && !r.attributes['data-stakeholder']);
    const card = elementsOf(svg, 'rect').find((r) => r.attributes['data-stakeholder'] === 'gov')!.attributes;
    const panel = panels.find((p) => p.attributes['data-quadrant'] === card['data-quadrant'])!.attributes;
    expect(card['data-quadrant']).toBe('manageClosely');
    const box = (a: Record<string, string>) => ({ x: +a.x!, y: +a.y!, width: +a.width!, height: +a.height! });
    expect(inside(box(card), box(panel))).toBe(true);
    expect(elementsOf(svg, 'text').find((t) => t.attributes['data-stakeholder'] === 'gov')?.content).toBe('สำนักงานจังหวัด');
  });

  it('titles every quadrant and names both axes', () => {
    const texts = elementsOf(stakeholderGridSvg(grid([])), 'text').map((t) => t.content);
    for (const label of Object.values(labels.quadrantLabels)) expect(texts).toContain(label);
    expect(texts).toContain('อิทธิพล');
    expect(texts).toContain('ความสนใจ');
  });

  it('uses a stakeholder’s own colour for its card', () => {
    const svg = stakeholderGridSvg(grid([{ id: 'a', name: 'ก', influence: 1, interest: 1, colour: '#CC79A7' }]));
    expect(elementsOf(svg, 'rect').some((r) => r.attributes.fill === '#CC79A7')).toBe(true);
  });
});

describe('the names on the cards', () => {
  const NACC = 'สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ';
  const room = [
    { id: 'nacc', name: NACC, influence: 5, interest: 5 },
    { id: 'council', name: 'สภาองค์กรชุมชนตำบลบ้านเป็ด', influence: 3, interest: 5 },
    { id: 'press', name: 'สมาคมผู้สื่อข่าวภาคอีสาน', influence: 2, interest: 4 },
    { id: 'disability', name: 'เครือข่ายคนพิการจังหวัดขอนแก่น', influence: 1, interest: 5 },
    { id: 'treasury', name: 'กรมบัญชีกลาง', influence: 5, interest: 3 },
    { id: 'nacc-kk', name: `${NACC}ประจำจังหวัดขอนแก่น`, influence: 4, interest: 4 },
  ];
  // The minutes' figure, the projector's slide at 1920×1080 and 1024×768, the facilitator's screen.
  const SIZES = [
    { width: 460, height: 360, fontSize: 11 },
    { width: 1760, height: 640, fontSize: 36.5 },
    { width: 940, height: 450, fontSize: 19.4 },
    { width: 900, height: 700 },
  ];

  /** Every line ends where a line may break, and "…" only after a whole word. */
  function expectWholeWords(name: string, lines: readonly string[]) {
    const breaks = new Set([...breakOpportunities(name), name.length]);
    let position = 0;
    for (const line of lines) {
      while (name[position] === ' ') position += 1;
      const text = line.replace(/…$/u, '');
      expect(name.startsWith(text, position), `"${line}" continues "${name.slice(position)}"`).toBe(true);
      position += text.length;
      let end = position;
      while (end < name.length && !breaks.has(end) && /[\s/]/u.test(name[end]!)) end += 1;
      expect(breaks.has(end), `"${lines.join('|')}" cuts a word of ${name}`).toBe(true);
    }
  }

  it.each(SIZES)('never end a line inside a word, and fit their cards ($width × $height)', (size) => {
    const layout = layoutStakeholderGrid(grid(room, size));
    for (const card of layout.cards) {
      const name = room.find((s) => s.id === card.id)!.name;
      expect(card.lines.length).toBeGreaterThan(0);
      expect(card.lines.length).toBeLessThanOrEqual(2);
      expectWholeWords(name, card.lines);
      for (const line of card.lines) expect(textWidth(line, card.fontSize)).toBeLessThanOrEqual(card.width);
      expect(card.lines.length * card.fontSize * 1.2).toBeLessThanOrEqual(card.height);
      expect(card.fontSize).toBeLessThanOrEqual(layout.cardFontSize);
      expect(card.fontSize).toBeGreaterThanOrEqual(Math.min(layout.cardFontSize, Math.max(8, layout.cardFontSize * 0.72)) - 1e-9);
    }
  });

  it('go on two lines where a name does not fit one and the cell is tall enough', () => {
    const layout = layoutStakeholderGrid(grid(room, { width: 460, height: 360, fontSize: 11 }));
    const council = layout.cards.find((c) => c.id === 'council')!;
    expect(council.lines).toHaveLength(2);
    expect(council.lines.join('')).toBe('สภาองค์กรชุมชนตำบลบ้านเป็ด');
    // A name that fits stays on one line, on a one-line card.
    const treasury = layout.cards.find((c) => c.id === 'treasury')!;
    expect(treasury.lines).toEqual(['กรมบัญชีกลาง']);
    expect(treasury.height).toBeLessThan(council.height);
  });

  it('show all of a long name that two lines can hold, and end one they cannot after a whole word', () => {
    const layout = layoutStakeholderGrid(grid(room, { width: 940, height: 450, fontSize: 19.4 }));
    for (const id of ['nacc', 'council', 'press', 'disability']) {
      const card = layout.cards.find((c) => c.id === id)!;
      expect(card.lines.join(''), id).toBe(room.find((s) => s.id === id)!.name);
    }
    const longer = layout.cards.find((c) => c.id === 'nacc-kk')!;
    expect(longer.lines).toHaveLength(2);
    expect(longer.lines.at(-1)).toMatch(/…$/u);
    expectWholeWords(`${NACC}ประจำจังหวัดขอนแก่น`, longer.lines);
  });

  it('take a step smaller type only in the cell of a name that needs it', () => {
    const layout = layoutStakeholderGrid(grid(room, { width: 1760, height: 640, fontSize: 36.5 }));
    const disability = layout.cards.find((c) => c.id === 'disability')!;
    expect(disability.lines).toEqual(['เครือข่ายคนพิการจังหวัดขอนแก่น']);
    expect(disability.fontSize).toBeLessThan(layout.cardFontSize);
    for (const id of ['treasury', 'press']) expect(layout.cards.find((c) => c.id === id)!.fontSize, id).toBe(layout.cardFontSize);
    const svg = stakeholderGridSvg(grid(room, { width: 1760, height: 640, fontSize: 36.5 }));
    const size = (id: string) => Number(elementsOf(svg, 'text').find((t) => t.attributes['data-stakeholder'] === id)!.attributes['font-size']);
    expect(size('disability')).toBeLessThan(size('treasury'));
  });

  it('draw each line of a card as its own text inside the card', () => {
    const svg = stakeholderGridSvg(grid(room, { width: 460, height: 360, fontSize: 11 }));
    const card = elementsOf(svg, 'rect').find((r) => r.attributes['data-stakeholder'] === 'council')!.attributes;
    const texts = elementsOf(svg, 'text').filter((t) => t.attributes['data-stakeholder'] === 'council');
    expect(texts.map((t) => t.content)).toEqual(['สภาองค์กรชุมชน', 'ตำบลบ้านเป็ด']);
    for (const t of texts) {
      expect(Number(t.attributes.y)).toBeGreaterThan(Number(card.y));
      expect(Number(t.attributes.y)).toBeLessThan(Number(card.y) + Number(card.height));
    }
  });
});
