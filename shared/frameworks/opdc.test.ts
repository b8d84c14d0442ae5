import { describe, expect, it } from 'vitest';
import { frameworkSchema } from '../domain/framework';
import { OPDC_FRAMEWORK } from './opdc';

describe('the built-in OPDC framework', () => {
  it('is valid against the framework schema', () => {
    expect(frameworkSchema.safeParse(OPDC_FRAMEWORK).success).toBe(true);
  });

  it('has the four principles in order', () => {
    expect(OPDC_FRAMEWORK.principles.map((p) => p.name.th)).toEqual([
      'ความโปร่งใส',
      'การเปิดให้ผู้มีส่วนได้ส่วนเสียเข้ามามีส่วนร่วม',
      'การมีความรับผิดชอบ',
      'ความเท่าเทียมของกลุ่มทางสังคม',
    ]);
  });

  it('has the eight components numbered 01 to 08 with Thai and English names and definitions', () => {
    expect(OPDC_FRAMEWORK.components.map((c) => c.code)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08']);
    for (const component of OPDC_FRAMEWORK.components) {
      expect(component.name.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(component.name.en).toMatch(/^[A-Z]/);
      expect(component.definition.th.length).toBeGreaterThan(40);
      expect(component.definition.en.length).toBeGreaterThan(40);
    }
  });

  it('uses the English names as printed on the OPDC sheet', () => {
    expect(OPDC_FRAMEWORK.components.map((c) => c.name.en)).toEqual([
      'Open Government Data',
      'Policy/Legal Framework',
      'Partnership',
      'Motivation',
      'Knowledge and Resource',
      'Technology Innovation and Infrastructure Citizen Center',
      'Monitor Policies',
      'Culture',
    ]);
  });

  it('cites its source, OPDC (สำนักงาน ก.พ.ร.)', () => {
    expect(OPDC_FRAMEWORK.source.th).toContain('สำนักงาน ก.พ.ร.');
    expect(OPDC_FRAMEWORK.source.en).toContain('OPDC');
  });
});
