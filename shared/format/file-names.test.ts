import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, MAX_NAME_UNITS, fileNameDate, safeFileName, suggestedFileName } from './file-names';
import { wordBoundaries } from '../text/thai-segment';

const LONG_TITLE = 'เวทีรับฟังความคิดเห็นการส่งเสริมภาครัฐระบบเปิดและการมีส่วนร่วมอย่างมีความหมาย จังหวัดขอนแก่น ประจำปีงบประมาณ พ.ศ. 2570';
const utf8 = (text: string) => new TextEncoder().encode(text).length;
const stemOf = (name: string) => name.replace(/\.[a-z]+$/, '');

/** The title part of a name, checked to end where the segmenter says a word ends. */
function endsAtWord(title: string, shortened: string): boolean {
  return shortened.length > 0 && title.startsWith(shortened) && wordBoundaries(title).includes(shortened.length);
}

describe('the date in a file name', () => {
  it('is พ.ศ. year-month-day in Thai and ค.ศ. in English, numeric so names sort by date', () => {
    expect(fileNameDate('2026-11-26', 'th')).toBe('2569-11-26');
    expect(fileNameDate('2026-01-05', 'th')).toBe('2569-01-05');
    expect(fileNameDate('2026-11-26', 'en')).toBe('2026-11-26');
    expect(fileNameDate('', 'th')).toBe('');
    expect(fileNameDate('2026-02-30', 'th')).toBe('');
  });
});

describe('suggested file names', () => {
  it('names a Thai workshop file by its พ.ศ. date and title', () => {
    expect(suggestedFileName({ kind: 'workshop', title: 'เวทีรับฟังความคิดเห็น จังหวัดขอนแก่น', date: '2026-11-26', language: 'th', extension: 'ruam' })).toBe(
      '2569-11-26 เวทีรับฟังความคิดเห็น จังหวัดขอนแก่น.ruam',
    );
  });

  it('names an untitled workshop in the workshop language, not in English', () => {
    expect(suggestedFileName({ kind: 'workshop', title: '', date: '2026-11-26', language: 'th', extension: 'ruam' })).toBe('2569-11-26 เวิร์กชอป.ruam');
    expect(suggestedFileName({ kind: 'workshop', title: '  ', date: '2026-11-26', language: 'en', extension: 'ruam' })).toBe('2026-11-26 Workshop.ruam');
  });

  it('shortens a long Thai title at a word boundary, never mid-word, and keeps "(ไม่ระบุตัวตน)" whole', () => {
    const name = suggestedFileName({ kind: 'minutes', title: LONG_TITLE, date: '2026-12-15', language: 'th', privacy: 'anonymised', extension: 'pdf' });
    expect(name.startsWith('2569-12-15 รายงานการประชุม เวทีรับฟัง')).toBe(true);
    expect(name.endsWith(' (ไม่ระบุตัวตน).pdf')).toBe(true);
    const title = name.slice('2569-12-15 รายงานการประชุม '.length, -' (ไม่ระบุตัวตน).pdf'.length);
    expect(endsAtWord(LONG_TITLE, title)).toBe(true);
    expect(name).not.toContain('…');
    expect(name).not.toMatch(/อย่$|อย่ /);
    expect(name.length).toBeLessThanOrEqual(MAX_NAME_UNITS);
    expect(utf8(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
  });

  it('shortens every kind of long Thai name at a word boundary within the limits', () => {
    for (const kind of ['workshop', 'minutes', 'participants', 'stakeholders'] as const) {
      for (const extension of ['ruam', 'pdf', 'csv', 'xlsx'] as const) {
        const name = suggestedFileName({ kind, title: LONG_TITLE.repeat(3), date: '2026-12-15', language: 'th', privacy: kind === 'participants' ? 'named' : undefined, extension });
        expect(name.endsWith(`.${extension}`)).toBe(true);
        expect(utf8(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
        // Room for "-2", ".journal" and "-backups" within the 255 bytes a name may have.
        expect(utf8(`${stemOf(name)}-99.${extension}-backups`)).toBeLessThanOrEqual(255);
        expect(name).toContain('เวทีรับฟังความคิดเห็น');
      }
    }
  });

  it('never cuts before a Thai vowel or tone mark', () => {
    const title = 'การพัฒนาเทคโนโลยีนวัตกรรมและโครงสร้างพื้นฐานโดยมีประชาชนเป็นศูนย์กลางเพื่อการมีส่วนร่วมที่แท้จริงของทุกภาคส่วน'.repeat(2);
    const name = suggestedFileName({ kind: 'workshop', title, date: '2026-12-15', language: 'th', extension: 'ruam' });
    const stem = stemOf(name);
    expect(stem).toMatch(/[\u0E01-\u0E2E\u0E30-\u0E4E]$/u);
    expect(endsAtWord(title, stem.slice('2569-12-15 '.length))).toBe(true);
    expect(title.charAt(stem.length - '2569-12-15 '.length)).not.toMatch(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0E30\u0E32\u0E33\u0E45]/);
  });

  it('says what an export is and whether names are inside', () => {
    const base = { title: 'เวทีขอนแก่น', date: '2026-11-26', language: 'th' as const };
    expect(suggestedFileName({ ...base, kind: 'participants', privacy: 'anonymised', extension: 'csv' })).toBe('2569-11-26 รายชื่อผู้เข้าร่วม เวทีขอนแก่น (ไม่ระบุตัวตน).csv');
    expect(suggestedFileName({ ...base, kind: 'participants', privacy: 'named', extension: 'xlsx' })).toBe('2569-11-26 รายชื่อผู้เข้าร่วม เวทีขอนแก่น (มีชื่อ).xlsx');
    expect(suggestedFileName({ ...base, kind: 'stakeholders', extension: 'xlsx' })).toBe('2569-11-26 ผู้มีส่วนได้ส่วนเสีย เวทีขอนแก่น.xlsx');
    expect(suggestedFileName({ ...base, title: '', kind: 'minutes', extension: 'pdf' })).toBe('2569-11-26 รายงานการประชุม.pdf');
  });

  it('is English with a ค.ศ. date for an English workshop', () => {
    expect(suggestedFileName({ kind: 'minutes', title: 'Open government workshop, Khon Kaen', date: '2026-12-15', language: 'en', privacy: 'anonymised', extension: 'pdf' })).toBe(
      '2026-12-15 Minutes - Open government workshop, Khon Kaen (anonymised).pdf',
    );
    const long = suggestedFileName({ kind: 'workshop', title: 'Open government and meaningful participation '.repeat(6), date: '2026-12-15', language: 'en', extension: 'ruam' });
    expect(long.length).toBeLessThanOrEqual(MAX_NAME_UNITS);
    expect(long).toMatch(/ (Open|government|and|meaningful|participation)\.ruam$/);
  });

  it('leaves out a missing date', () => {
    expect(suggestedFileName({ kind: 'minutes', title: 'เวทีขอนแก่น', date: '', language: 'th', extension: 'pdf' })).toBe('รายงานการประชุม เวทีขอนแก่น.pdf');
  });

  it('removes what Windows or macOS refuse and what cannot be seen', () => {
    const name = suggestedFileName({ kind: 'workshop', title: 'เวที: "ร่วม" <ครั้งที่ 1/2569>?*|\\\u200Bขอนแก่น\u0007.', date: '2026-11-26', language: 'th', extension: 'ruam' });
    expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001F\u200B]/);
    expect(name).toBe('2569-11-26 เวที ร่วม ครั้งที่ 1 2569 ขอนแก่น.ruam');
  });

  it('shortens a Thai word with no boundary that fits between graphemes, not inside one', () => {
    const name = suggestedFileName({ kind: 'workshop', title: 'ก้'.repeat(200), date: '', language: 'th', extension: 'ruam' });
    expect(stemOf(name)).toMatch(/^(ก้)+$/);
    expect(utf8(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
  });
});

describe('names given from outside', () => {
  it('are made safe', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc passwd');
    expect(safeFileName('...hidden')).toBe('hidden');
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('nul.ruam')).toBe('_nul.ruam');
    expect(safeFileName('เวที. ')).toBe('เวที');
    expect(safeFileName('\u200B')).toBe('');
    expect(utf8(safeFileName('ก'.repeat(300)))).toBeLessThanOrEqual(MAX_NAME_BYTES);
  });
});
