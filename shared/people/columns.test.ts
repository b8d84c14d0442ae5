import { describe, expect, it } from 'vitest';
import { applyMappingOverrides, recogniseColumns } from './columns';

describe('recogniseColumns', () => {
  it('reads a Thai sign-in sheet', () => {
    expect(recogniseColumns(['ลำดับ', 'ชื่อ-นามสกุล', 'หน่วยงาน', 'ภาคส่วน', 'อีเมล', 'โทรศัพท์', 'ลายมือชื่อ'])).toEqual([
      null,
      'name',
      'organisation',
      'sector',
      'contact',
      'contact',
      null,
    ]);
  });

  it('reads split name columns, taking a lone "ชื่อ" as the first name', () => {
    expect(recogniseColumns(['ที่', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'ตำแหน่ง', 'สังกัด', 'เบอร์โทรศัพท์'])).toEqual([
      null,
      'title',
      'firstName',
      'lastName',
      null,
      'organisation',
      'contact',
    ]);
  });

  it('reads a Google Forms export in English', () => {
    expect(recogniseColumns(['Timestamp', 'Full name', 'Organization', 'Sector', 'E-mail address', 'Social groups', 'Consent', 'Online/onsite'])).toEqual([
      null,
      'name',
      'organisation',
      'sector',
      'contact',
      'socialGroups',
      'groupsConsent',
      null,
    ]);
  });

  it.each([['ชื่อ-สกุล'], ['ชื่อ - นามสกุล'], ['ชื่อ–นามสกุล (ตัวบรรจง)'], ['Name'], ['full name'], ['ชื่อผู้เข้าร่วม']])('takes "%s" as the name', (header) => {
    expect(recogniseColumns([header])).toEqual(['name']);
  });

  it('gives a field once, to the surest column', () => {
    expect(recogniseColumns(['หน่วยงานที่สังกัด', 'ชื่อหน่วยงาน', 'ชื่อ'])).toEqual([null, 'organisation', 'name']);
  });
});

describe('applyMappingOverrides', () => {
  const headers = ['ชื่อเล่น', 'Who', 'หน่วยงาน'];
  it('moves a field to the column named by header or number', () => {
    const result = applyMappingOverrides(headers, recogniseColumns(headers), [
      { column: 'Who', field: 'name' },
      { column: '3', field: 'ignore' },
    ]);
    expect(result).toEqual({ ok: true, mapping: [null, 'name', null] });
  });

  it('refuses an unknown column or field with the choices in the message', () => {
    const unknownColumn = applyMappingOverrides(headers, recogniseColumns(headers), [{ column: 'Email', field: 'contact' }]);
    expect(unknownColumn.ok === false && unknownColumn.message).toMatch(/no column "Email".*1:ชื่อเล่น/);
    const unknownField = applyMappingOverrides(headers, recogniseColumns(headers), [{ column: 'Who', field: 'nickname' }]);
    expect(unknownField.ok === false && unknownField.message).toMatch(/unknown field "nickname"/);
  });
});
