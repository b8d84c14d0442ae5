import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTORS, DEFAULT_SOCIAL_GROUPS } from '../domain/people';
import { parseConsent, sectorMatcher, socialGroupMatcher } from './categories';

describe('sectorMatcher', () => {
  const toSector = sectorMatcher(DEFAULT_SECTORS);
  it.each([
    ['ภาครัฐ', 'government'],
    ['รัฐ', 'government'],
    ['Government', 'government'],
    ['public sector', 'government'],
    ['ภาคเอกชน', 'private'],
    ['Private sector', 'private'],
    ['ภาคประชาสังคม', 'civil-society'],
    ['องค์กรพัฒนาเอกชน', 'civil-society'],
    ['NGO', 'civil-society'],
    ['ชุมชน', 'community'],
    ['ภาคชุมชน', 'community'],
    ['วิชาการ', 'academia'],
    ['สื่อมวลชน', 'media'],
    ['ประชาชนทั่วไป', 'public'],
    ['อื่น ๆ', 'other'],
    ['civil-society', 'civil-society'],
  ])('maps "%s" to %s', (value, id) => {
    expect(toSector(value)).toEqual({ id, recognised: true });
  });

  it('does not recognise what it does not know', () => {
    expect(toSector('ภาคดาวอังคาร')).toEqual({ id: null, recognised: false });
  });

  it('uses the workshop’s own labels, including ones the facilitator added', () => {
    const custom = sectorMatcher([...DEFAULT_SECTORS, { id: 'farmers', label: { th: 'เกษตรกร', en: 'Farmers' } }]);
    expect(custom('ภาคเกษตรกร')).toEqual({ id: 'farmers', recognised: true });
    expect(custom('farmers')).toEqual({ id: 'farmers', recognised: true });
  });

  it('offers an alias only while its sector is on the list', () => {
    const noMedia = sectorMatcher(DEFAULT_SECTORS.filter((s) => s.id !== 'media'));
    expect(noMedia('สื่อ').recognised).toBe(false);
  });
});

describe('socialGroupMatcher and parseConsent', () => {
  const toGroup = socialGroupMatcher(DEFAULT_SOCIAL_GROUPS);
  it.each([
    ['ผู้สูงอายุ', 'older'],
    ['older persons', 'older'],
    ['สตรี', 'women'],
    ['LGBT', 'lgbtq'],
    ['กลุ่มชาติพันธุ์', 'minority'],
    ['คนพิการ', 'disability'],
  ])('maps the group "%s" to %s', (value, id) => {
    expect(toGroup(value)).toEqual({ id, recognised: true });
  });

  it.each([
    ['ใช่', true],
    ['ยินยอม', true],
    ['Yes', true],
    ['✓', true],
    ['ไม่ยินยอม', false],
    ['no', false],
    ['', false],
    ['maybe', null],
  ])('reads consent "%s" as %s', (cell, expected) => {
    expect(parseConsent(cell)).toBe(expected);
  });
});
