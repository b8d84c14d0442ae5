import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTORS, DEFAULT_SOCIAL_GROUPS } from '../domain/people';
import { MAX_IMPORT_ROWS, rowsToParticipants, type SheetRow } from './import-rows';

const lists = { sectors: DEFAULT_SECTORS, socialGroups: DEFAULT_SOCIAL_GROUPS };
const rows = (...cells: string[][]): SheetRow[] => cells.map((c, i) => ({ line: i + 2, cells: c }));

describe('rowsToParticipants', () => {
  it('imports good rows and reports a bad one by its line while the rest still import', () => {
    const result = rowsToParticipants(rows(['สมศรี ใจดี', 'ก.พ.ร.'], ['', 'ไม่มีชื่อ'], ['สมชาย', 'มท.']), ['name', 'organisation'], lists);
    expect(result.participants.map((p) => p.name)).toEqual(['สมศรี ใจดี', 'สมชาย']);
    expect(result.lines).toEqual([2, 4]);
    expect(result.problems).toMatchObject([{ line: 3, severity: 'error', code: 'NO_NAME' }]);
  });

  it('skips blank rows without a word', () => {
    const result = rowsToParticipants(rows(['สมศรี', ''], ['  ', ''], ['สมชาย', '']), ['name', 'organisation'], lists);
    expect(result.participants).toHaveLength(2);
    expect(result.problems).toEqual([]);
  });

  it('joins title, first and last names the Thai way, and English with a space', () => {
    const result = rowsToParticipants(
      rows(['นาย', 'สมชาย', 'รักชาติ'], ['น.ส.', 'มานี', 'มีนา'], ['Mr', 'Tom', 'Baker'], ['Dr.', 'Ann', 'Lee'], ['', 'มานี', '']),
      ['title', 'firstName', 'lastName'],
      lists,
    );
    expect(result.participants.map((p) => p.name)).toEqual(['นายสมชาย รักชาติ', 'น.ส.มานี มีนา', 'Mr Tom Baker', 'Dr. Ann Lee', 'มานี']);
  });

  it('maps sectors, and files an unknown one under "other" with a warning', () => {
    const result = rowsToParticipants(rows(['ก', 'ภาครัฐ'], ['ข', 'ดาวอังคาร']), ['name', 'sector'], lists);
    expect(result.participants.map((p) => p.sector)).toEqual(['government', 'other']);
    expect(result.problems).toMatchObject([{ line: 3, severity: 'warning', code: 'UNKNOWN_SECTOR', message: { en: 'Unknown sector "ดาวอังคาร", recorded as "Other".' } }]);
  });

  it('gives no sector when the list has no "other" to fall back on', () => {
    const result = rowsToParticipants(rows(['ข', 'ดาวอังคาร']), ['name', 'sector'], { ...lists, sectors: DEFAULT_SECTORS.filter((s) => s.id !== 'other') });
    expect(result.participants[0]!.sector).toBe('');
  });

  it('keeps social groups only with consent from the consent column', () => {
    const result = rowsToParticipants(rows(['ก', 'ผู้หญิง, เยาวชน', 'ใช่'], ['ข', 'ผู้สูงอายุ', 'ไม่']), ['name', 'socialGroups', 'groupsConsent'], lists);
    expect(result.participants.map((p) => [p.socialGroups, p.groupsConsent])).toEqual([
      [['women', 'youth'], true],
      [[], false],
    ]);
    expect(result.problems).toMatchObject([{ code: 'GROUPS_WITHOUT_CONSENT', line: 3 }]);
  });

  it('drops social groups when there is no consent column, unless the form asked for consent', () => {
    const without = rowsToParticipants(rows(['ก', 'ผู้หญิง']), ['name', 'socialGroups'], lists);
    expect(without.participants[0]!.socialGroups).toEqual([]);
    const consented = rowsToParticipants(rows(['ก', 'ผู้หญิง']), ['name', 'socialGroups'], { ...lists, groupsConsent: true });
    expect(consented.participants[0]).toMatchObject({ socialGroups: ['women'], groupsConsent: true });
  });

  it('joins several contact columns, restores the 0 Excel drops from a phone number and skips "-"', () => {
    const result = rowsToParticipants(rows(['ก', 'a@example.com', '812345678'], ['ข', '-', '021234567']), ['name', 'contact', 'contact'], lists);
    expect(result.participants.map((p) => p.contact)).toEqual(['a@example.com / 0812345678', '021234567']);
  });

  it('shortens an over-long name with a warning instead of refusing the row', () => {
    const result = rowsToParticipants(rows(['ก'.repeat(250)]), ['name'], lists);
    expect(result.participants[0]!.name).toHaveLength(200);
    expect(result.problems).toMatchObject([{ code: 'TOO_LONG', line: 2 }]);
  });

  it('says so when no column holds names', () => {
    const result = rowsToParticipants(rows(['ก.พ.ร.']), ['organisation'], lists);
    expect(result.participants).toEqual([]);
    expect(result.problems).toMatchObject([{ line: null, code: 'NO_NAME_COLUMN' }]);
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} people at once`, () => {
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => ({ line: i + 2, cells: [`คน ${i}`] }));
    const result = rowsToParticipants(many, ['name'], lists);
    expect(result.participants).toEqual([]);
    expect(result.problems).toMatchObject([{ code: 'TOO_MANY_ROWS' }]);
  });
});
