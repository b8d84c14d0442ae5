import { describe, expect, it } from 'vitest';
import type { Workshop } from '../domain/workshop';
import { componentStatistics } from '../polls/results';
import { aBallot, aTally } from '../polls/test-builders';
import { buildMinutes } from './build';
import type { FigureBlock, KeyValueBlock, MinutesBlock, MinutesDocument, MinutesSectionId, TableBlock } from './model';
import { pageNumberText, plainText } from './text';
import { SMALL_META, smallWorkshop } from './test-support';

/** Every bit of text in the document, in order, one string per block (tables row by row). */
function textOf(block: MinutesBlock): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return plainText(block.text);
    case 'list':
      return block.items.map((item) => `${item.marker} ${plainText(item.text)}`).join('\n');
    case 'keyValue':
      return block.items.map((item) => `${item.key}: ${plainText(item.value)}`).join('\n');
    case 'table':
      return [block.caption ?? '', block.columns.map((c) => c.header).join(' | '), ...block.rows.map((row) => row.map(plainText).join(' | ')), block.note ?? ''].join('\n');
    case 'figure':
      return block.caption;
    case 'signatures':
      return block.signers.map((s) => `${s.name} ${s.role}`).join('\n');
    default:
      return '';
  }
}
const allText = (doc: MinutesDocument) => doc.blocks.map(textOf).join('\n');

/** The blocks from a section's heading to the next heading of the same or a higher level. */
function section(doc: MinutesDocument, id: MinutesSectionId): MinutesBlock[] {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.section === id);
  expect(start, `section ${id}`).toBeGreaterThanOrEqual(0);
  const level = (doc.blocks[start] as { level: number }).level;
  const end = doc.blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level <= level && b.level > 1);
  return doc.blocks.slice(start, end === -1 ? undefined : end);
}
/** The blocks from one section's heading up to another's. */
function between(doc: MinutesDocument, from: MinutesSectionId, to: MinutesSectionId): MinutesBlock[] {
  const index = (id: MinutesSectionId) => doc.blocks.findIndex((b) => b.kind === 'heading' && b.section === id);
  return doc.blocks.slice(index(from), index(to));
}
const tables = (blocks: MinutesBlock[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');
const rowOf = (table: TableBlock, first: string) => table.rows.find((row) => plainText(row[0] ?? null) === first)?.map(plainText);

describe('buildMinutes: the official form', () => {
  const doc = buildMinutes(smallWorkshop(), { thaiDigits: false });

  it('has every section, in the order of a Thai รายงานการประชุม', () => {
    const ids = doc.blocks.flatMap((b) => (b.kind === 'heading' && b.section ? [b.section] : []));
    expect(ids).toEqual([
      'header',
      'attendance',
      'objectives',
      'agenda',
      'framework',
      'overview',
      'results',
      'component-01',
      'component-02',
      'component-03',
      'component-04',
      'component-05',
      'component-06',
      'component-07',
      'component-08',
      'stakeholders',
      'representation',
      'priorities',
      'actions',
      'principles',
      'signatures',
    ]);
    expect(doc.outline.map((entry) => entry.section)).toEqual(ids.filter((id) => id !== 'header' && id !== 'signatures'));
  });

  it('opens with the title, ครั้งที่, the date in พ.ศ. with the time, the venue and the organisation', () => {
    const lines = doc.blocks.slice(0, 6).map(textOf);
    expect(lines[0]).toBe('รายงานการประชุมเวทีทดสอบการมีส่วนร่วม');
    expect(lines).toContain('สำนักงาน ก.พ.ร.');
    expect(lines).toContain('ครั้งที่ 2/2569');
    expect(lines).toContain('เมื่อวันพฤหัสบดีที่ 26 พฤศจิกายน พ.ศ. 2569 เวลา 09.00–12.00 น.');
    expect(lines).toContain('ณ ห้องประชุม 1');
    expect(doc.blocks[5]).toEqual({ kind: 'rule' });
  });

  it('says when the meeting opened and closed, and lists objectives and agenda items', () => {
    const text = allText(doc);
    expect(text).toContain('เริ่มประชุมเวลา 09.00 น.');
    expect(text).toContain('เลิกประชุมเวลา 12.00 น.');
    expect(textOf(section(doc, 'objectives')[1]!)).toBe('1. เพื่อประเมินระดับการพัฒนา\n2. เพื่อจัดทำแผนปฏิบัติการ');
    expect(textOf(section(doc, 'agenda')[1]!)).toBe('ระเบียบวาระที่ 1 เรื่องแจ้งเพื่อทราบ\nระเบียบวาระที่ 2 ประเมินองค์ประกอบ');
  });

  it('summarises the framework: its 4 principles, 8 components and the source', () => {
    const text = section(doc, 'framework').map(textOf).join('\n');
    expect(text).toContain('หลักการสำคัญ 4 ประการ');
    expect(text).toContain('4. ความเท่าเทียมของกลุ่มทางสังคม');
    expect(text).toContain('องค์ประกอบของระบบนิเวศ 8 ด้าน');
    expect(text).toContain('08 การสร้างวัฒนธรรมองค์กร');
    expect(text).toContain('ที่มา: คู่มือการส่งเสริมภาครัฐระบบเปิดและการมีส่วนร่วมอย่างมีความหมาย (สำนักงาน ก.พ.ร.)');
  });

  it('ends with the signature block: the note-taker and a facilitator', () => {
    const signatures = doc.blocks.find((b) => b.kind === 'signatures');
    expect(signatures).toEqual({
      kind: 'signatures',
      signLabel: 'ลงชื่อ',
      signers: [
        { role: 'ผู้จดรายงานการประชุม', name: 'นางสาวบันทึก ทำงานดี' },
        { role: 'ผู้ตรวจรายงานการประชุม', name: 'นายวิทยากร ทดสอบ' },
      ],
    });
    expect(doc.pageNumberTemplate).toBe('หน้า {page} / {pages}');
  });

  it('is the same document for the same workshop', () => {
    expect(JSON.stringify(buildMinutes(smallWorkshop(), { thaiDigits: false }))).toBe(JSON.stringify(doc));
  });
});

describe('buildMinutes: attendance and privacy', () => {
  const workshop = smallWorkshop();
  const names = workshop.participants.flatMap((p) => [p.name, p.organisation]);

  it('lists people by code by default (the workshop anonymises exports), and no name or organisation anywhere', () => {
    const doc = buildMinutes(workshop);
    expect(doc.named).toBe(false);
    const attendance = between(doc, 'attendance', 'objectives').map(textOf).join('\n');
    expect(attendance).toContain('ผู้มาประชุม');
    expect(attendance).toContain('จำนวน 14 คน (แสดงเป็นรหัสผู้เข้าร่วม)');
    expect(attendance).toContain('P001, P002, P003, P004, P005, P006, P007, P008, P009, P010, P011, P012, P013, P014');
    expect(attendance).toContain('ผู้ไม่มาประชุม');
    expect(attendance).toContain('P015, P016');
    const json = JSON.stringify(doc);
    for (const name of names) expect(json).not.toContain(name);
    expect(doc.fileStem).toContain('(ไม่ระบุตัวตน)');
  });

  it('names people with their organisations only when asked, and then in a numbered table', () => {
    const doc = buildMinutes(workshop, { named: true });
    const table = tables(between(doc, 'attendance', 'objectives'))[0]!;
    expect(table.columns.map((c) => c.header)).toEqual(['ที่', 'ชื่อ – สกุล', 'หน่วยงาน']);
    expect(table.rows.map((row) => row.map(plainText))[0]).toEqual(['1', 'ผู้เข้าร่วมลำดับ1', 'หน่วยงานลำดับ1']);
    expect(table.rows).toHaveLength(14);
    expect(doc.fileStem).not.toContain('ไม่ระบุตัวตน');
  });

  it('follows the workshop setting when the option is left out', () => {
    expect(buildMinutes(smallWorkshop({}, { anonymiseExports: false })).named).toBe(true);
    expect(buildMinutes(smallWorkshop({}, { anonymiseExports: false }), { named: false }).named).toBe(false);
  });

  it('shows an erased person by code only, even in named minutes', () => {
    const w = smallWorkshop();
    w.participants[0] = { ...w.participants[0]!, name: '', organisation: '', erased: true };
    const table = tables(between(buildMinutes(w, { named: true }), 'attendance', 'objectives'))[0]!;
    expect(table.rows[0]!.map(plainText)).toEqual(['1', 'P001 (ลบข้อมูลส่วนบุคคลแล้ว)', '']);
  });

  it('withholds sector counts below the minimum group size, and one more when the total would give them away', () => {
    const doc = buildMinutes(workshop);
    const bySector = tables(between(doc, 'attendance', 'objectives')).find((t) => t.caption?.includes('จำแนกตามภาคส่วน'))!;
    expect(rowOf(bySector, 'ภาครัฐ')).toEqual(['ภาครัฐ', '6', 'น้อยกว่า 5']);
    expect(rowOf(bySector, 'ชุมชน')).toEqual(['ชุมชน', 'น้อยกว่า 5', '0']);
    expect(rowOf(bySector, 'สื่อมวลชน')).toEqual(['สื่อมวลชน', 'น้อยกว่า 5', '0']);
    // 2 + 1 withheld people could be worked out from the total: academia (5) is withheld too.
    expect(rowOf(bySector, 'สถาบันการศึกษา / นักวิชาการ')).toEqual(['สถาบันการศึกษา / นักวิชาการ', 'ไม่แสดง', '0']);
    expect(rowOf(bySector, 'รวม')).toEqual(['รวม', '14', '2']);
    // Sectors nobody registered from are left out of the table.
    expect(rowOf(bySector, 'ภาคเอกชน')).toBeUndefined();
    expect(bySector.note).toContain('น้อยกว่า 5 คน');
  });

  describe('a phone whose name is on the register (อาจซ้ำ, not linked)', () => {
    const IN = '2026-11-26T02:45:00.000Z';
    /** P015 (government, not ticked at the desk) is นายสมชาย รักชาติ; a phone joined as "สมชาย รักชาติ". */
    function withPhone(entryCheckedIn: boolean, phone: Partial<Workshop['participants'][number]> = {}): Workshop {
      const w = smallWorkshop();
      const participants = w.participants.map((p) =>
        p.code === 'P015' ? { ...p, name: 'นายสมชาย รักชาติ', organisation: 'มูลนิธิเพื่อชุมชน', checkedInAt: entryCheckedIn ? IN : null } : p,
      );
      participants.push({ ...participants[0]!, id: `phone-${'c'.repeat(43)}`, code: 'P017', name: 'สมชาย รักชาติ', organisation: '', sector: '', socialGroups: [], groupsConsent: false, source: 'phone', checkedInAt: IN, ...phone });
      return { ...w, participants };
    }
    const names = (table: TableBlock) => table.rows.map((row) => plainText(row[1] ?? null));

    it('lists the person once, as registered, under ผู้มาประชุม — never the phone, never also absent', () => {
      const doc = buildMinutes(withPhone(false), { named: true, thaiDigits: false });
      const [present, absent, bySector] = tables(between(doc, 'attendance', 'objectives'));
      expect(names(present!)).toContain('นายสมชาย รักชาติ');
      expect(names(present!)).not.toContain('สมชาย รักชาติ');
      expect(present!.rows.find((row) => plainText(row[1] ?? null) === 'นายสมชาย รักชาติ')!.map(plainText)[2]).toBe('มูลนิธิเพื่อชุมชน');
      expect(names(present!)).toHaveLength(15);
      expect(names(absent!)).toEqual(['ผู้เข้าร่วมลำดับ16']);
      // The counts say the same as the lists.
      expect(rowOf(bySector!, 'รวม')).toEqual(['รวม', '15', '1']);
      expect(rowOf(bySector!, 'ภาครัฐ')).toEqual(['ภาครัฐ', '7', 'น้อยกว่า 5']);
      expect(allText(doc)).not.toContain('P017');
    });

    it('anonymised: the entry’s code among those present, not the phone’s', () => {
      const text = between(buildMinutes(withPhone(false), { thaiDigits: false }), 'attendance', 'objectives').map(textOf).join('\n');
      expect(text).toContain('P001, P002, P003, P004, P005, P006, P007, P008, P009, P010, P011, P012, P013, P014, P015');
      expect(text).not.toContain('P017');
      expect(text).toContain('P016');
    });

    it('warns before export while the pair is unconfirmed, and not once it is linked or the phone is taken back', () => {
      const warning = (w: Workshop, language: 'th' | 'en' = 'th') => buildMinutes(w, { language, thaiDigits: false }).warnings.find((x) => x.code === 'possible-duplicates')?.text;
      expect(warning(withPhone(false))).toMatch(/^มีรายชื่อที่อาจซ้ำกัน 1 คู่ ยังไม่ได้ยืนยัน/);
      expect(warning(withPhone(true))).toMatch(/^มีรายชื่อที่อาจซ้ำกัน 1 คู่ ยังไม่ได้ยืนยัน/);
      expect(warning(withPhone(false), 'en')).toMatch(/^1 possible duplicate pair\(s\) not confirmed yet/);
      expect(warning(withPhone(true, { linkedTo: 'p15' }))).toBeUndefined();
      expect(warning(withPhone(false, { checkedInAt: null }))).toBeUndefined();
      expect(warning(smallWorkshop())).toBeUndefined();
      // Never printed: a checklist for the facilitator.
      expect(allText(buildMinutes(withPhone(false)))).not.toContain('อาจซ้ำ');
    });

    it('keeps the register as recorded (the minutes only count it so)', () => {
      const w = withPhone(false);
      buildMinutes(w);
      expect(w.participants.find((p) => p.code === 'P015')!.checkedInAt).toBeNull();
    });
  });

  it('keeps each word of a name whole, and gives the name column the room the organisation does not take', () => {
    const w = smallWorkshop();
    w.participants[0] = { ...w.participants[0]!, name: 'นางสาววิไลวรรณ เกื้อกูลสงเคราะห์ราษฎร์' };
    const table = tables(between(buildMinutes(w, { named: true }), 'attendance', 'objectives'))[0]!;
    expect(table.columns.map((c) => c.width)).toEqual([{ fraction: 0.07 }, 'fill', { fraction: 0.4 }]);
    expect(table.rows[0]![1]).toEqual({
      text: [
        { text: 'นางสาววิไลวรรณ ', keepTogether: true },
        { text: 'เกื้อกูลสงเคราะห์ราษฎร์', keepTogether: true },
      ],
    });
  });

  it('withholds small sectors in a component’s breakdown the same way', () => {
    const doc = buildMinutes(workshop);
    const breakdown = tables(section(doc, 'component-01')).find((t) => t.caption?.includes('ผลจำแนกตามภาคส่วน'))!;
    const government = componentStatistics(workshop)[0]!.rounds[1]!.bySector.find((entry) => entry.sector === 'government')!;
    expect(government.suppressed).toBe(false);
    const consensus = government.suppressed ? null : government.statistics.consensus;
    expect(rowOf(breakdown, 'ภาครัฐ')).toEqual(['ภาครัฐ', '6', '3', consensus!.toFixed(2)]);
    expect(rowOf(breakdown, 'ชุมชน')).toEqual(['ชุมชน', 'น้อยกว่า 5 คน ไม่แสดงผล', '', '']);
    expect(rowOf(breakdown, 'สถาบันการศึกษา / นักวิชาการ')?.[1]).toBe('ไม่แสดง (เพื่อไม่ให้คำนวณย้อนกลับได้)');
    // Sectors nobody voted from are not rows at all.
    expect(rowOf(breakdown, 'สื่อมวลชน')).toBeUndefined();
  });
});

describe('buildMinutes: the components', () => {
  const workshop = smallWorkshop();
  const doc = buildMinutes(workshop);
  const c01 = section(doc, 'component-01');
  const stats = componentStatistics(workshop)[0]!;
  const [round1, round2] = stats.rounds;

  it('shows the latest round’s distribution as a histogram built by histogramSvg, median highlighted', () => {
    const figure = c01.find((b): b is FigureBlock => b.kind === 'figure')!;
    expect(figure.caption).toBe('ภาพที่ 2 การกระจายของระดับปัจจุบัน องค์ประกอบที่ 01 (รอบที่ 2 ผู้ตอบ 13 คน)');
    expect(figure.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(round2!.current.counts).toEqual([0, 2, 8, 2, 0]);
    for (const [level, count] of round2!.current.counts.entries()) expect(figure.svg).toContain(`data-count="${level + 1}">${count}</text>`);
    expect(figure.svg).toContain('data-highlight="median"');
    expect(figure.svg).toContain('1 ไม่มี/เริ่มต้น');
  });

  it('gives median, target, gap, consensus and the shift between rounds as computed by componentStatistics', () => {
    const figures = c01.find((b): b is KeyValueBlock => b.kind === 'keyValue')!;
    const value = (key: string) => plainText(figures.items.find((item) => item.key === key)!.value);
    expect(round2!.current.median).toBe(3);
    expect(round2!.targetMedian).toBe(4);
    expect(value('ผู้ตอบ')).toBe('13 คน (ร้อยละ 93 ของผู้มาประชุม 14 คน)');
    expect(value('ระดับปัจจุบัน (มัธยฐาน)')).toBe('3 (เป็นระบบ)');
    expect(value('ระดับเป้าหมาย (มัธยฐาน)')).toBe('4 (บูรณาการ/ร่วมสร้าง)');
    expect(value('ช่องว่าง (เป้าหมาย − ปัจจุบัน)')).toBe('+1');
    expect(value('ความเห็นพ้อง')).toBe(`${round2!.current.consensus!.toFixed(2)} (เห็นพ้องกันสูง)`);
    // The median did not move: said in words, never "มัธยฐาน 0" (which reads as "the median is 0").
    expect(round1!.current.median).toBe(3);
    expect(value('การเปลี่ยนแปลงระหว่างรอบ')).toBe(
      `รอบที่ 1 → รอบที่ 2: มัธยฐาน 3 → 3 (ไม่เปลี่ยน) ความเห็นพ้อง ${round1!.current.consensus!.toFixed(2)} → ${round2!.current.consensus!.toFixed(2)} (ผู้ตอบ 13 → 13 คน)`,
    );
  });

  it('names where the responses came from when not all came from phones: phones, ballots the facilitator entered, the show of hands', () => {
    const entered = (voter: string) => aBallot('poll-c01', { kind: 'maturity', current: 3, target: 4 }, { round: 2, voter, sector: 'government' });
    const respondents = (extra: Partial<Workshop>, language: 'th' | 'en' = 'th') => {
      const doc = buildMinutes(smallWorkshop({ ballots: [...workshop.ballots, entered('p15'), entered('p16')], ...extra }), { language, thaiDigits: false });
      const figures = section(doc, 'component-01').find((b): b is KeyValueBlock => b.kind === 'keyValue')!;
      return plainText(figures.items[0]!.value);
    };
    const tally = aTally('poll-c01', [0, 1, 2, 1, 0], 1, { round: 2 });
    // 13 from phones (voters unknown to the register), 2 entered for p15 and p16, 5 hands.
    expect(respondents({ tallies: [tally] })).toBe('20 คน (ร้อยละ 143 ของผู้มาประชุม 14 คน); จากโทรศัพท์ 13 คน บันทึกโดยวิทยากร 2 คน จากการนับมือ 5 คน');
    expect(respondents({ tallies: [tally] }, 'en')).toBe('20 (143% of the 14 present); 13 from phones, 2 entered by the facilitator, 5 from a show of hands');
    expect(respondents({})).toBe('15 คน (ร้อยละ 107 ของผู้มาประชุม 14 คน); จากโทรศัพท์ 13 คน บันทึกโดยวิทยากร 2 คน');
    const handsOnly = buildMinutes(smallWorkshop({ tallies: [tally] }), { thaiDigits: false });
    const figures = section(handsOnly, 'component-01').find((b): b is KeyValueBlock => b.kind === 'keyValue')!;
    expect(plainText(figures.items[0]!.value)).toBe('18 คน (ร้อยละ 129 ของผู้มาประชุม 14 คน); จากโทรศัพท์ 13 คน จากการนับมือ 5 คน');
  });

  it('tabulates every round', () => {
    const rounds = tables(c01).find((t) => t.caption?.includes('แต่ละรอบ'))!;
    expect(rounds.rows.map((row) => row.map(plainText))).toEqual([
      ['รอบที่ 1', '13', '3', '4', round1!.current.consensus!.toFixed(2)],
      ['รอบที่ 2', '13', '3', '4', round2!.current.consensus!.toFixed(2)],
    ]);
  });

  it('records the discussion: notes, evidence, strengths, gaps and ideas', () => {
    const text = c01.map(textOf).join('\n');
    expect(text).toContain('ที่ประชุมเห็นว่าควรทำงานร่วมกับสำนักงานสถิติ');
    expect(text).toContain('และกำหนดรอบการเผยแพร่ข้อมูล');
    expect(text).toContain('• รายงานประจำปี 2568 (https://example.go.th/report)');
    expect(text).toContain('จุดแข็ง\n• มีเว็บไซต์เปิดเผยข้อมูล');
    expect(text).toContain('ช่องว่างหรือสิ่งที่ควรพัฒนา\n• ข้อมูลยังไม่อยู่ในรูปแบบที่เครื่องอ่านได้');
    expect(text).toContain('ข้อเสนอแนะ\n• เปิดเผยข้อมูลงบประมาณ\n• จัดทำแดชบอร์ด');
  });

  it('says plainly when a component was not rated', () => {
    const text = section(doc, 'component-05').map(textOf).join('\n');
    expect(text).toContain('องค์ประกอบที่ 05 การสนับสนุนองค์ความรู้ และทรัพยากร');
    expect(text).toContain('องค์ประกอบนี้ยังไม่ได้ลงคะแนนในเวทีนี้');
    expect(doc.warnings.filter((w) => w.code === 'component-not-scored')).toHaveLength(7);
  });

  it('puts all eight in the overview table, with a radar of current and target', () => {
    const overview = section(doc, 'overview');
    expect(overview.some((b) => b.kind === 'figure' && b.caption.includes('ระดับปัจจุบันและระดับเป้าหมาย'))).toBe(true);
    const table = tables(overview)[0]!;
    expect(table.rows).toHaveLength(8);
    expect(table.rows[0]!.map(plainText)).toEqual(['01 การเปิดเผยข้อมูลของภาครัฐ', '13', '3', '4', '+1', round2!.current.consensus!.toFixed(2), '0']);
    expect(plainText(table.rows[1]![1]!)).toBe('องค์ประกอบนี้ยังไม่ได้ลงคะแนนในเวทีนี้');
  });
});

describe('buildMinutes: stakeholders, representation, priorities, actions, principles', () => {
  const doc = buildMinutes(smallWorkshop());

  it('draws the stakeholder map with stakeholderGridSvg and lists every stakeholder by quadrant', () => {
    const blocks = section(doc, 'stakeholders');
    const figure = blocks.find((b): b is FigureBlock => b.kind === 'figure')!;
    expect(figure.svg).toContain('สมาคมผู้บริโภค');
    expect(figure.svg).toContain('บริหารจัดการอย่างใกล้ชิด');
    const table = tables(blocks)[0]!;
    expect(table.rows.map((row) => row.map(plainText))).toEqual([
      ['บริหารจัดการอย่างใกล้ชิด', '', '', '', ''],
      ['1', 'กรมบัญชีกลาง', 'ภาครัฐ', '5 / 4', 'รับฟังความคิดเห็น → ร่วมมือ'],
      ['แจ้งให้ทราบอย่างสม่ำเสมอ', '', '', '', ''],
      ['2', 'สมาคมผู้บริโภค', 'ภาคประชาสังคม / องค์กรพัฒนาเอกชน', '2 / 5', 'ให้ข้อมูลข่าวสาร → เข้ามามีบทบาท'],
    ]);
  });

  it('shows representation with representationSvg (small groups not drawn) and reads out the equality check', () => {
    const blocks = section(doc, 'representation');
    const [sectors, groups] = blocks.filter((b): b is FigureBlock => b.kind === 'figure');
    expect(sectors!.svg).toContain('data-value="6"');
    expect(sectors!.svg).toContain('น้อยกว่า 5');
    expect(sectors!.svg).not.toContain('data-value="2"');
    expect(groups!.caption).toContain('กลุ่มทางสังคม');
    const text = blocks.map(textOf).join('\n');
    expect(text).toContain('ผลการตรวจสอบความเท่าเทียม');
    expect(text).toContain('ผู้แทนจากภาคชุมชนในห้องยังมีน้อย (น้อยกว่า 5 คน)');
  });

  it('ranks the dot vote', () => {
    const table = tables(section(doc, 'priorities'))[0]!;
    expect(table.rows.map((row) => row.map(plainText))).toEqual([
      ['1', 'เปิดเผยข้อมูลงบประมาณ', '5', '2'],
      ['2', 'จัดทำแดชบอร์ด', '1', '1'],
    ]);
  });

  it('tables the action plan: what, who, when in พ.ศ., indicator; other proposals apart', () => {
    const [plan, others] = tables(section(doc, 'actions'));
    // In the plan's one order (shared/polls/plan-order.ts; this dot vote was never revealed, so by priority).
    expect(plan!.columns.map((c) => c.header)).toEqual(['ที่', 'กิจกรรม', 'ความสำคัญ', 'ผู้รับผิดชอบ', 'กำหนดเสร็จ', 'ตัวชี้วัด']);
    expect(plan!.rows.map((row) => row.map(plainText))).toEqual([
      ['1', 'จัดทำบัญชีข้อมูล (องค์ประกอบที่ 01)', 'สูง', 'กลุ่มงานข้อมูล', '31 มี.ค. 2570', 'มีบัญชีข้อมูล'],
      ['2', 'จัดทำแดชบอร์ดติดตามผล (องค์ประกอบที่ 07)', 'ปานกลาง', 'ยังไม่ระบุ', 'ยังไม่ระบุ', 'แดชบอร์ดเผยแพร่'],
    ]);
    expect(others!.rows.map((row) => row.map(plainText))).toEqual([['1', 'ศึกษาดูงานต่างประเทศ', 'ต่ำ', 'ฝ่ายบริหาร', '30 ก.ย. 2570', '—']]);
    expect(doc.warnings.find((w) => w.code === 'action-incomplete')?.text).toBe('แผนปฏิบัติการ 1 รายการยังไม่มีผู้รับผิดชอบหรือกำหนดเสร็จ');
  });

  it('quotes a long action title in a warning cut at a word, never inside one', () => {
    const w = smallWorkshop();
    const title = 'จัดทำบัญชีข้อมูลและเปิดเผยชุดข้อมูลงบประมาณในรูปแบบที่เครื่องอ่านได้';
    const early = { ...w, actions: w.actions.map((a, i) => (i === 0 ? { ...a, title, due: '2026-11-20' } : a)) };
    const text = buildMinutes(early).warnings.find((x) => x.code === 'action-due-before-workshop')!.text;
    const quoted = /“(.*)…”/.exec(text)![1]!;
    expect(title.startsWith(quoted)).toBe(true);
    expect(quoted.length).toBeLessThan(50);
    // It ends where the word ends: รูปแบบ whole or not at all (the old cut read “…ในรูปแ”).
    expect(quoted.endsWith('รูปแ')).toBe(false);
    expect(['ข้อมูล', 'ประมาณ', 'ใน', 'รูปแบบ'].some((word) => quoted.endsWith(word))).toBe(true);
  });

  it('warns (never prints) about an action due before the workshop date, with the editor’s rule', () => {
    const w = smallWorkshop();
    const early = { ...w, actions: w.actions.map((a, i) => (i === 0 ? { ...a, due: '2026-11-20' } : a)) };
    const warnings = buildMinutes(early, { thaiDigits: false }).warnings.filter((x) => x.code === 'action-due-before-workshop');
    expect(warnings.map((x) => x.text)).toEqual([`กิจกรรม “${w.actions[0]!.title}” กำหนดเสร็จ 20 พ.ย. 2569 ก่อนวันประชุม (26 พ.ย. 2569) กรุณาตรวจสอบ`]);
    expect(buildMinutes(early, { language: 'en' }).warnings.find((x) => x.code === 'action-due-before-workshop')?.text).toMatch(/is due .*, before the workshop \(/);
    expect(allText(buildMinutes(early))).not.toContain('ก่อนวันประชุม');
    // Due on the workshop day is fine; so is the sample's plan as it is.
    const sameDay = { ...w, actions: w.actions.map((a, i) => (i === 0 ? { ...a, due: '2026-11-26' } : a)) };
    expect(buildMinutes(sameDay).warnings.some((x) => x.code === 'action-due-before-workshop')).toBe(false);
    expect(buildMinutes(w).warnings.some((x) => x.code.startsWith('action-due'))).toBe(false);
    // Far beyond the workshop (the editor's five years) is asked about too.
    const far = { ...w, actions: w.actions.map((a, i) => (i === 0 ? { ...a, due: '2032-01-01' } : a)) };
    expect(buildMinutes(far).warnings.some((x) => x.code === 'action-due-far-after-workshop')).toBe(true);
  });

  it('says how the workshop met each of the 4 principles', () => {
    const table = tables(section(doc, 'principles'))[0]!;
    const rows = table.rows.map((row) => row.map(plainText));
    expect(rows.map((row) => row[0])).toEqual(['1. ความโปร่งใส', '2. การเปิดให้ผู้มีส่วนได้ส่วนเสียเข้ามามีส่วนร่วม', '3. การมีความรับผิดชอบ', '4. ความเท่าเทียมของกลุ่มทางสังคม']);
    // P1: two maturity rounds shown on the projector, the dot vote's round only closed.
    expect(rows[0]![1]).toBe('แสดงผลการลงคะแนนบนจอภาพต่อที่ประชุม 2 จาก 3 รอบ และรายงานผลทั้งหมดไว้ในรายงานการประชุมฉบับนี้ พร้อมที่มาของตัวเลข');
    expect(rows[1]![1]).toContain('ผู้มาประชุม 14 คน จาก 4 ภาคส่วน (ภาครัฐ 6, ชุมชน น้อยกว่า 5, สถาบันการศึกษา / นักวิชาการ ไม่แสดง, สื่อมวลชน น้อยกว่า 5)');
    expect(rows[1]![1]).toContain('อัตราการตอบเฉลี่ยร้อยละ 93');
    expect(rows[2]![1]).toContain('แผนปฏิบัติการ 2 รายการ มีผู้รับผิดชอบและกำหนดเสร็จครบ 1 รายการ');
    expect(rows[2]![1]).toContain('ยังไม่ระบุผู้รับผิดชอบ 1 รายการ ยังไม่ระบุกำหนดเสร็จ 1 รายการ');
    expect(rows[3]![1]).toContain('ภาคส่วนที่ยังไม่มีผู้แทน: ภาคเอกชน');
    expect(section(doc, 'principles').map(textOf).join('\n')).toContain('ITA ตัวชี้วัด O25');
  });

  it('counts the rounds the room saw from what the projector showed (shownAt), not from the rounds’ state', () => {
    const p1 = (rounds: Workshop['polls'][number]['rounds'], language: 'th' | 'en' = 'th') => {
      const base = smallWorkshop();
      const polls = base.polls.map((poll) => (poll.id === 'poll-c01' ? { ...poll, rounds } : poll));
      const built = buildMinutes(smallWorkshop({ polls, meta: { ...base.meta, language } }));
      return plainText(tables(section(built, 'principles'))[0]!.rows[0]![1]!);
    };
    const [one, two] = smallWorkshop().polls[0]!.rounds;
    const unseen = (round: typeof one) => ({ ...round!, shownAt: undefined });
    // Round 2 revealed while the projector was blank: released to the phones, never on the screen.
    expect(p1([one!, unseen(two)])).toContain('แสดงผลการลงคะแนนบนจอภาพต่อที่ประชุม 1 จาก 3 รอบ (เปิดเผยผลให้ผู้เข้าร่วมดูทางโทรศัพท์ 2 รอบ) และรายงานผล');
    // Round 1 shown, then hidden again: the room still saw it.
    expect(p1([{ ...one!, state: 'closed' }, two!])).toContain('ต่อที่ประชุม 2 จาก 3 รอบ และรายงานผล');
    // One shown then hidden, the other revealed behind a blank screen: as many revealed as shown, not the same rounds.
    expect(p1([{ ...one!, state: 'closed' }, unseen(two)])).toContain('ต่อที่ประชุม 1 จาก 3 รอบ (เปิดเผยผลให้ผู้เข้าร่วมดูทางโทรศัพท์ 1 รอบ)');
    // Nothing recorded (a file from before format 5): none counted as shown, the released ones said apart.
    expect(p1([unseen(one), unseen(two)])).toContain('ต่อที่ประชุม 0 จาก 3 รอบ (เปิดเผยผลให้ผู้เข้าร่วมดูทางโทรศัพท์ 2 รอบ)');
    expect(p1([one!, unseen(two)], 'en')).toContain('shown to the room on the projector in 1 of 3 rounds (released to participants’ phones in 2), and every result');
  });

  it('adds the raw distributions only when asked, on a page of their own', () => {
    expect(doc.blocks.some((b) => b.kind === 'heading' && b.section === 'appendix')).toBe(false);
    const withAppendix = buildMinutes(smallWorkshop(), { appendixRawDistributions: true });
    const start = withAppendix.blocks.findIndex((b) => b.kind === 'heading' && b.section === 'appendix');
    expect(withAppendix.blocks[start - 1]).toEqual({ kind: 'pageBreak' });
    const table = tables(withAppendix.blocks.slice(start))[0]!;
    expect(table.rows.map((row) => row.map(plainText))).toEqual([
      ['01', '1', 'ปัจจุบัน', '2', '3', '5', '3', '0', '0', '13'],
      ['01', '1', 'เป้าหมาย', '0', '0', '2', '6', '5', '—', '13'],
      ['01', '2', 'ปัจจุบัน', '0', '2', '8', '2', '0', '1', '13'],
      ['01', '2', 'เป้าหมาย', '0', '0', '0', '9', '3', '—', '12'],
    ]);
  });
});

describe('buildMinutes: Thai digits and languages', () => {
  it('writes every number, date and page number in Thai digits when chosen', () => {
    const doc = buildMinutes(smallWorkshop(), { thaiDigits: true });
    const text = allText(doc);
    expect(text).toContain('เมื่อวันพฤหัสบดีที่ ๒๖ พฤศจิกายน พ.ศ. ๒๕๖๙ เวลา ๐๙.๐๐–๑๒.๐๐ น.');
    expect(text).toContain('ครั้งที่ ๒/๒๕๖๙');
    expect(text).toContain('เริ่มประชุมเวลา ๐๙.๐๐ น.');
    expect(text).toContain('๓๑ มี.ค. ๒๕๗๐');
    expect(text).toContain('๑. วัตถุประสงค์ของการประชุม');
    expect(text).toContain('องค์ประกอบที่ ๐๑ การเปิดเผยข้อมูลของภาครัฐ');
    expect(text).toContain('หลักการสำคัญ ๔ ประการ');
    expect(pageNumberText(doc, 1, 3)).toBe('หน้า ๑ / ๓');
    // Figures the model writes have no Arabic digit left, except in codes (looked up in the register) and what people typed.
    const written = doc.blocks
      .filter((b) => b.kind === 'table' && !b.caption?.includes('ผู้มีส่วนได้ส่วนเสีย'))
      .map(textOf)
      .join('\n')
      .replace(/P\d{3}/g, '')
      .replace(/https?:\S+/g, '');
    expect(written).not.toMatch(/[0-9]/);
    const histogram = doc.blocks.find((b): b is FigureBlock => b.kind === 'figure' && b.caption.includes('การกระจาย'))!;
    expect(histogram.svg).toContain('>๘</text>');
  });

  it('writes Arabic digits by default', () => {
    const doc = buildMinutes(smallWorkshop());
    expect(doc.thaiDigits).toBe(false);
    expect(pageNumberText(doc, 2, 10)).toBe('หน้า 2 / 10');
  });

  it('writes English minutes with the Common Era, and never Thai digits', () => {
    const doc = buildMinutes(smallWorkshop(), { language: 'en', thaiDigits: true });
    expect(doc.thaiDigits).toBe(false);
    const text = allText(doc);
    expect(textOf(doc.blocks[0]!)).toBe('Minutes of the meeting');
    expect(textOf(doc.blocks[1]!)).toBe(SMALL_META.title);
    expect(text).toContain('held on Thursday, 26 November 2026, 09:00–12:00');
    expect(text).toContain('Component 01 Open Government Data');
    expect(text).toContain('31 Mar 2027');
    expect(text).toContain('The meeting opened at 09:00.');
    expect(pageNumberText(doc, 1, 3)).toBe('Page 1 / 3');
  });

  it('leaves gaps in the form when the workshop has no date, times or note-taker, and warns', () => {
    const w = smallWorkshop();
    w.meta = { ...w.meta, date: '', startTime: '', endTime: '', noteTaker: '', venue: '' };
    const doc = buildMinutes(w);
    const text = allText(doc);
    expect(text).toContain('เริ่มประชุมเวลา ……………… น.');
    expect(text).not.toContain('เมื่อ');
    expect(doc.warnings.map((x) => x.code)).toEqual(expect.arrayContaining(['no-date', 'no-venue', 'no-note-taker']));
    expect(doc.blocks.find((b) => b.kind === 'signatures')).toMatchObject({ signers: [{ name: '' }, { name: 'นายวิทยากร ทดสอบ' }] });
  });
});
