import { describe, expect, it } from 'vitest';
import { normaliseName, normaliseOrganisation, normaliseText } from './normalise';

describe('normaliseName', () => {
  it.each([
    ['นางสาว สมศรี  ใจดี', 'สมศรี ใจดี'],
    ['นางสาวสมศรี ใจดี', 'สมศรี ใจดี'],
    ['น.ส.สมศรี ใจดี', 'สมศรี ใจดี'],
    ['นายสมชาย รักชาติ', 'สมชาย รักชาติ'],
    ['นาง บุญมา มีสุข', 'บุญมา มีสุข'],
    ['ผศ.ดร.วิชัย ปัญญาดี', 'วิชัย ปัญญาดี'],
    ['ดร. วิชัย ปัญญาดี', 'วิชัย ปัญญาดี'],
    ['Mr. John Smith', 'john smith'],
    ['MS jane   doe', 'jane doe'],
    ['Dr.Jane Doe', 'jane doe'],
    ['Assoc. Prof. Dr. Somchai K', 'somchai k'],
  ])('strips the title from %s', (raw, expected) => {
    expect(normaliseName(raw)).toBe(expected);
  });

  it.each([
    ['นายิกา ดีงาม', 'นายิกา ดีงาม'],
    ['Drew Barry', 'drew barry'],
    ['Misha Ivanova', 'misha ivanova'],
    ['นาย', 'นาย'],
  ])('leaves a name that only starts like a title alone: %s', (raw, expected) => {
    expect(normaliseName(raw)).toBe(expected);
  });

  it('ignores zero-width spaces, non-breaking spaces and Thai digits', () => {
    expect(normaliseText('\u200bสมศรี\u00a0 ใจดี ๑๒')).toBe('สมศรี ใจดี 12');
  });
});

describe('normaliseOrganisation', () => {
  it('treats spacing around punctuation and case as the same organisation', () => {
    expect(normaliseOrganisation('สำนักงาน ก.พ.ร. ,  กลุ่มพัฒนา')).toBe(normaliseOrganisation('สำนักงาน ก.พ.ร., กลุ่มพัฒนา'));
    expect(normaliseOrganisation('UNDP  Thailand')).toBe(normaliseOrganisation('undp thailand'));
  });
});
