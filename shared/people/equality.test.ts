import { describe, expect, it } from 'vitest';
import { equalityCheck, spaceLatinInThai } from './equality';
import { formatGroupCount } from './group-count';
import { inRoom, participant, stakeholder, workshopWith } from './test-support';

const sector = (report: ReturnType<typeof equalityCheck>, id: string) => report.sectors.find((s) => s.id === id)!;
const group = (report: ReturnType<typeof equalityCheck>, id: string) => report.socialGroups.find((g) => g.id === id)!;
const th = (report: ReturnType<typeof equalityCheck>) => report.sentences.map((s) => s.text.th);
const en = (report: ReturnType<typeof equalityCheck>) => report.sentences.map((s) => s.text.en);

describe('equalityCheck: suppression below the minimum group size', () => {
  it('shows a sector of exactly the minimum (5) and replaces one of 4 by "fewer than 5"', () => {
    // Community 4 + academia 1 withheld together hold 5 people: nothing else needs withholding.
    const report = equalityCheck(
      workshopWith([...inRoom(5, 'government', 1), ...inRoom(4, 'community', 10), ...inRoom(6, 'private', 20), ...inRoom(1, 'academia', 30)]),
    );
    expect(sector(report, 'government').inRoom).toEqual({ kind: 'exact', value: 5 });
    expect(sector(report, 'community').inRoom).toEqual({ kind: 'fewerThan', limit: 5 });
    expect(formatGroupCount(sector(report, 'community').inRoom, 'th')).toBe('น้อยกว่า 5');
    expect(formatGroupCount(sector(report, 'community').inRoom, 'en')).toBe('fewer than 5');
    expect(sector(report, 'community').status).toBe('thin');
  });

  it('withholds one more sector when the total would give the small one away, never showing its number', () => {
    const report = equalityCheck(workshopWith([...inRoom(5, 'government', 1), ...inRoom(4, 'community', 10), ...inRoom(6, 'private', 20)]));
    // 15 in the room; government 5 and private 6 shown would leave community = 4.
    expect(sector(report, 'government').inRoom).toEqual({ kind: 'withheld' });
    expect(sector(report, 'private').inRoom).toEqual({ kind: 'exact', value: 6 });
    expect(JSON.stringify(report)).not.toMatch(/"value":4\b/);
  });

  it('follows the workshop’s own minimum group size', () => {
    const report = equalityCheck(workshopWith([...inRoom(4, 'government', 1), ...inRoom(4, 'community', 10)], [], 4));
    expect(sector(report, 'community').inRoom).toEqual({ kind: 'exact', value: 4 });
    expect(sector(report, 'community').status).toBe('present');
  });

  it('counts only checked-in participants as in the room', () => {
    const registeredOnly = participant({ id: 'p99', sector: 'media' });
    const report = equalityCheck(workshopWith([...inRoom(5, 'government', 1), registeredOnly]));
    expect(sector(report, 'media').status).toBe('missing');
    expect(report.checkedIn).toBe(5);
  });

  it('suppresses small social groups too, counting only people who consented', () => {
    const people = [
      ...inRoom(5, 'government', 1, { groupsConsent: true, socialGroups: ['women'] }),
      ...inRoom(2, 'community', 10, { groupsConsent: true, socialGroups: ['youth', 'women'] }),
      ...inRoom(3, 'community', 20, { groupsConsent: false, socialGroups: [] }),
    ];
    const report = equalityCheck(workshopWith(people));
    expect(group(report, 'women').inRoom).toEqual({ kind: 'exact', value: 7 });
    expect(group(report, 'youth').inRoom).toEqual({ kind: 'fewerThan', limit: 5 });
    expect(report.groupsDeclaredBy).toBe(7);
  });
});

describe('equalityCheck: sentences to read out', () => {
  it('says a sector is missing from the room, in Thai and English', () => {
    const report = equalityCheck(workshopWith(inRoom(6, 'government', 1)));
    expect(th(report)).toContain('ยังไม่มีผู้แทนจากภาคชุมชนในห้อง');
    expect(en(report)).toContain('No one from Community is in the room yet.');
  });

  it('puts first a missing sector that the stakeholder map says is affected', () => {
    const report = equalityCheck(workshopWith(inRoom(6, 'government', 1), [stakeholder({ id: 's1', sector: 'community' }), stakeholder({ id: 's2', sector: 'community' })]));
    expect(report.sentences[0]!.text).toEqual({
      th: 'ยังไม่มีผู้แทนจากภาคชุมชนในห้อง ทั้งที่มีผู้มีส่วนได้ส่วนเสียจากภาคส่วนนี้ 2 รายในแผนผัง',
      en: 'No one from Community is in the room yet, although 2 stakeholders on the map are from this sector.',
    });
  });

  it('does not add "ภาค" twice to a label that has it, and never flags "Other" as missing', () => {
    const report = equalityCheck(workshopWith(inRoom(6, 'government', 1)));
    expect(th(report)).toContain('ยังไม่มีผู้แทนจากภาคเอกชนในห้อง');
    expect(report.sentences.some((s) => s.subject?.id === 'other')).toBe(false);
  });

  it('says a sector is thin without giving its number', () => {
    const report = equalityCheck(workshopWith([...inRoom(6, 'government', 1), ...inRoom(2, 'community', 10)]));
    expect(th(report)).toContain('ผู้แทนจากภาคชุมชนในห้องยังมีน้อย (น้อยกว่า 5 คน)');
    expect(en(report)).toContain('Few people from Community are in the room (fewer than 5).');
  });

  it('speaks of social groups as what people said, not what they are', () => {
    const people = inRoom(6, 'government', 1, { groupsConsent: true, socialGroups: ['women'] });
    const report = equalityCheck(workshopWith(people, [stakeholder({ id: 's1', socialGroups: ['disability'] })]));
    expect(th(report)).toContain('ยังไม่มีผู้ใดในห้องระบุว่าอยู่ในกลุ่มคนพิการ ทั้งที่มีผู้มีส่วนได้ส่วนเสีย 1 รายในแผนผังที่เป็นตัวแทนของกลุ่มนี้');
    expect(en(report)).toContain('No one in the room has said they belong to the group “Persons with disabilities” yet, although 1 stakeholder on the map speaks for it.');
  });

  it('says the social-group check cannot be done when nobody in the room consented', () => {
    const report = equalityCheck(workshopWith(inRoom(6, 'government', 1)));
    expect(en(report)).toContain('No one in the room has agreed to tell us their social groups, so the equality of social groups cannot be checked yet.');
    expect(report.sentences.some((s) => s.subject?.kind === 'socialGroup' && s.about === 'room')).toBe(false);
  });

  it('says nobody has checked in yet instead of listing every sector', () => {
    const report = equalityCheck(workshopWith([participant({ id: 'p1', sector: 'government' })]));
    expect(report.sentences).toEqual([{ about: 'room', severity: 'gap', subject: null, text: { th: 'ยังไม่มีผู้เข้าร่วมลงทะเบียนเข้างาน', en: 'No one has checked in yet.' } }]);
  });

  it('names gaps on the stakeholder map once the map has begun', () => {
    const report = equalityCheck(workshopWith(inRoom(6, 'government', 1), [stakeholder({ id: 's1', sector: 'government' })]));
    expect(en(report)).toContain('The stakeholder map has no one from Media yet.');
    expect(en(report)).toContain('No stakeholder on the map speaks for the group “Youth” yet.');
  });

  it('says every sector is represented when none is missing or thin', () => {
    const sectors = ['government', 'private', 'civil-society', 'community', 'academia', 'media', 'international', 'public'];
    const people = sectors.flatMap((s, i) => inRoom(5, s, i * 10));
    const report = equalityCheck(workshopWith(people));
    expect(en(report)).toContain('Every sector on the list is represented in the room.');
    expect(report.sentences.filter((s) => s.subject?.kind === 'sector')).toEqual([]);
  });
});

describe('equalityCheck: Latin words in Thai sentences', () => {
  it('puts a space around a group or sector named in Latin letters ("กลุ่ม LGBTQ+", not "กลุ่มLGBTQ+")', () => {
    const declared = inRoom(6, 'government', 1, { socialGroups: ['women'], groupsConsent: true });
    const lgbtq = equalityCheck(workshopWith(declared, [stakeholder({ id: 's1', sector: 'government' })])).sentences.map((s) => s.text.th).filter((t) => t.includes('LGBTQ+'));
    expect(lgbtq).toEqual(['ยังไม่มีผู้ใดในห้องระบุว่าอยู่ในกลุ่ม LGBTQ+', 'ยังไม่มีผู้มีส่วนได้ส่วนเสียในแผนผังที่เป็นตัวแทนของกลุ่ม LGBTQ+']);
    const thin = equalityCheck(workshopWith([...declared, participant({ id: 'x', checkedInAt: '2026-11-26T02:30:00.000Z', socialGroups: ['lgbtq'], groupsConsent: true })]));
    expect(thin.sentences.map((s) => s.text.th)).toContain('ผู้ที่ระบุว่าอยู่ในกลุ่ม LGBTQ+ ในห้องยังมีน้อย (น้อยกว่า 5 คน)');
  });

  it('spaces Latin runs in Thai text and leaves everything else as it was', () => {
    expect(spaceLatinInThai('ยังไม่มีผู้แทนจากภาคNGOในห้อง')).toBe('ยังไม่มีผู้แทนจากภาค NGO ในห้อง');
    expect(spaceLatinInThai('กลุ่ม LGBTQ+ ในห้อง')).toBe('กลุ่ม LGBTQ+ ในห้อง');
    expect(spaceLatinInThai('น้อยกว่า 5 คน (หมู่5)')).toBe('น้อยกว่า 5 คน (หมู่5)');
    expect(spaceLatinInThai('No one from NGO')).toBe('No one from NGO');
  });
});
