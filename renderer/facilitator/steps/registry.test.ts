import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { createWorkshop } from '../../../shared/domain/create';
import { OPDC_FRAMEWORK } from '../../../shared/frameworks/opdc';
import { resources } from '../../i18n';
import { adjacentStep, resolveStep, STEPS } from './registry';

const i18n = i18next.createInstance();
await i18n.init({ resources, lng: 'th', initAsync: false, interpolation: { escapeValue: false } });

/** The text at a dotted key, or undefined: no fallback, so a key missing in one language shows. */
function lookup(language: 'th' | 'en', key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources[language].translation);
}

describe('the workflow step registry', () => {
  it('has every step of the workshop, in order', () => {
    expect(STEPS.map((step) => step.id)).toEqual([
      'overview',
      'setup',
      'participants',
      'stakeholders',
      'equality',
      'component-01',
      'component-02',
      'component-03',
      'component-04',
      'component-05',
      'component-06',
      'component-07',
      'component-08',
      'results-overview',
      'priorities',
      'minutes',
    ]);
  });

  it('names every step (and group) with a key present and non-empty in Thai and in English', () => {
    const keys = STEPS.flatMap((step) => [step.titleKey, ...(step.group ? [step.group.titleKey] : [])]);
    for (const language of ['th', 'en'] as const) {
      const missing = keys.filter((key) => typeof lookup(language, key) !== 'string' || (lookup(language, key) as string).trim() === '');
      expect(missing, `missing in ${language}`).toEqual([]);
    }
  });

  it('gives each step a distinct title in each language', () => {
    for (const language of ['th', 'en'] as const) {
      const titles = STEPS.map((step) => i18n.getFixedT(language)(step.titleKey, step.titleValues ?? {}));
      expect(new Set(titles).size).toBe(STEPS.length);
    }
  });

  it("names the eight component steps from the workshop's framework, in the UI language", () => {
    const workshop = createWorkshop({ id: 'w', createdAt: '2026-11-26T00:00:00Z' });
    const components = STEPS.filter((step) => step.group?.id === 'components');
    expect(components.map((step) => step.describe?.(workshop, 'th'))).toEqual(OPDC_FRAMEWORK.components.map((c) => c.name.th));
    expect(components.map((step) => step.describe?.(workshop, 'en'))).toEqual(OPDC_FRAMEWORK.components.map((c) => c.name.en));
    expect(components.map((step) => step.badge)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08']);
  });

  it('walks forwards and backwards and falls back to the first step for an unknown id', () => {
    expect(adjacentStep('setup', 1)?.id).toBe('participants');
    expect(adjacentStep('component-08', 1)?.id).toBe('results-overview');
    expect(adjacentStep('overview', -1)).toBeUndefined();
    expect(adjacentStep('minutes', 1)).toBeUndefined();
    expect(resolveStep('no-such-step').id).toBe('overview');
  });
});
