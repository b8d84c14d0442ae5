import { describe, expect, it } from 'vitest';
import { checkEvidenceLink } from './evidence-link';
import { phone, Room } from '../polls/test-support';

const notesOf = (room: Room, componentId: string) => room.workshop.componentNotes.find((n) => n.componentId === componentId);

describe('notes.set', () => {
  it('creates a component’s notes on first use and reports the change', () => {
    const room = new Room();
    room.do('notes.set', { componentId: 'C04', notes: 'ยังไม่มีรางวัลสำหรับหน่วยงานที่เปิดเผยข้อมูล' });
    expect(notesOf(room, 'C04')).toEqual({
      componentId: 'C04',
      notes: 'ยังไม่มีรางวัลสำหรับหน่วยงานที่เปิดเผยข้อมูล',
      evidence: [],
      strengths: [],
      gaps: [],
      ideas: [],
    });
    expect(room.events).toEqual([{ type: 'notes.changed', componentId: 'C04' }]);
  });

  it('makes no change when the text is the same', () => {
    const room = new Room();
    room.do('notes.set', { componentId: 'C04', notes: 'ก' });
    const before = room.workshop;
    room.do('notes.set', { componentId: 'C04', notes: 'ก' });
    expect(room.workshop).toBe(before);
  });

  it('refuses a component the framework does not have, and a phone', () => {
    const room = new Room();
    expect(room.refusal('notes.set', { componentId: 'C09', notes: 'x' })).toBe('There is no component "C09" in this workshop\'s framework.');
    expect(room.refusal('notes.set', { componentId: 'C01', notes: 'x' }, phone('a'))).toBe('Only the facilitator can do this.');
  });
});

describe('evidence', () => {
  it('adds evidence with an https link, edits it, and removes it', () => {
    const room = new Room();
    const id = room.do('evidence.add', { componentId: 'C01', text: ' บัญชีข้อมูลภาครัฐ ', url: 'https://data.go.th/dataset/budget' });
    expect(notesOf(room, 'C01')!.evidence).toEqual([{ id, text: 'บัญชีข้อมูลภาครัฐ', url: 'https://data.go.th/dataset/budget' }]);
    room.do('evidence.update', { componentId: 'C01', evidenceId: id, url: '' });
    expect(notesOf(room, 'C01')!.evidence[0]).toEqual({ id, text: 'บัญชีข้อมูลภาครัฐ', url: '' });
    room.do('evidence.remove', { componentId: 'C01', evidenceId: id });
    expect(notesOf(room, 'C01')!.evidence).toEqual([]);
  });

  it('takes a link without a description, but not neither', () => {
    const room = new Room();
    room.do('evidence.add', { componentId: 'C01', text: '', url: 'https://opdc.go.th/' });
    expect(room.refusal('evidence.add', { componentId: 'C01', text: '  ' })).toBe('Describe the evidence or give a link to it.');
  });

  it('refuses links that are not https, or that hide a user name', () => {
    const room = new Room();
    expect(room.refusal('evidence.add', { componentId: 'C01', text: 'x', url: 'http://example.go.th' })).toBe('Evidence links must start with https://.');
    expect(room.refusal('evidence.add', { componentId: 'C01', text: 'x', url: 'javascript:alert(1)' })).toBe('Evidence links must start with https://.');
    expect(room.refusal('evidence.add', { componentId: 'C01', text: 'x', url: 'data.go.th' })).toMatch(/not a web address/);
    expect(room.refusal('evidence.add', { componentId: 'C01', text: 'x', url: 'https://opdc.go.th@evil.example/' })).toBe(
      'An evidence link may not contain a user name or password.',
    );
  });

  it('refuses to edit or remove evidence that is not there', () => {
    const room = new Room();
    expect(room.refusal('evidence.update', { componentId: 'C01', evidenceId: 'nope', text: 'x' })).toBe('There is no such piece of evidence.');
    expect(room.refusal('evidence.remove', { componentId: 'C01', evidenceId: 'nope' })).toBe('There is no such piece of evidence.');
  });
});

describe('checking an evidence link', () => {
  it('keeps a Thai-named https address as typed, trimmed', () => {
    expect(checkEvidenceLink(' https://ตัวอย่าง.ไทย/รายงาน ')).toEqual({ ok: true, url: 'https://ตัวอย่าง.ไทย/รายงาน' });
  });

  it('treats an empty link as no link', () => {
    expect(checkEvidenceLink('   ')).toEqual({ ok: true, url: '' });
  });
});

describe('strengths, gaps and ideas', () => {
  it.each([
    ['strength', 'strengths'],
    ['gap', 'gaps'],
    ['idea', 'ideas'],
  ] as const)('adds, edits and removes a %s', (noun, list) => {
    const room = new Room();
    const id = room.do(`${noun}.add`, { componentId: 'C03', text: ' เครือข่ายภาคประชาสังคม ' });
    expect(notesOf(room, 'C03')![list]).toEqual([{ id, text: 'เครือข่ายภาคประชาสังคม' }]);
    room.do(`${noun}.update`, { componentId: 'C03', entryId: id, text: 'เครือข่ายชุมชน' });
    expect(notesOf(room, 'C03')![list]).toEqual([{ id, text: 'เครือข่ายชุมชน' }]);
    room.do(`${noun}.remove`, { componentId: 'C03', entryId: id });
    expect(notesOf(room, 'C03')![list]).toEqual([]);
  });

  it('keeps the lists apart', () => {
    const room = new Room();
    room.do('strength.add', { componentId: 'C03', text: 'ก' });
    room.do('gap.add', { componentId: 'C03', text: 'ข' });
    expect(notesOf(room, 'C03')).toMatchObject({ strengths: [{ text: 'ก' }], gaps: [{ text: 'ข' }], ideas: [] });
  });

  it('refuses an empty entry, and an entry that is not there', () => {
    const room = new Room();
    expect(room.refusal('gap.add', { componentId: 'C03', text: ' ' })).toBe('Write the gap first.');
    const id = room.do('gap.add', { componentId: 'C03', text: 'ก' });
    expect(room.refusal('gap.update', { componentId: 'C03', entryId: id, text: '' })).toBe('A gap cannot be empty; remove it instead.');
    expect(room.refusal('idea.remove', { componentId: 'C03', entryId: id })).toBe('There is no such idea.');
  });
});
