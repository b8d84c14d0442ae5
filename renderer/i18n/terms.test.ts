import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../shared/minutes/build';
import { smallWorkshop } from '../../shared/minutes/test-support';
import { MINUTES_WORDS } from '../../shared/minutes/words';
import { CONSENSUS_BANDS, TERMS, termsIn, type TermLanguage } from '../../shared/scoring/terms';
import { STRINGS } from '../participant/strings';
import { createI18n, en, th, type MessageKey } from './index';

/**
 * One set of words for the workshop's figures on every surface (shared/scoring/terms.ts): the
 * facilitator's screen and the projector (i18n), the phone page (renderer/participant/strings.ts,
 * which cannot import the module: the phone page is one chunk) and the minutes.
 */

const LANGUAGES: TermLanguage[] = ['th', 'en'];

/** Words the surfaces used to give the same figure, retired in favour of the shared ones. */
const RETIRED: Record<TermLanguage, string[]> = {
  th: ['ไม่ทราบ', 'ไม่ประเมิน', 'งดออกเสียง', 'ระดับที่ควรเป็น', 'ฉันทามติ', 'ความเห็นตรงกัน', 'ค่อนข้างเห็นพ้อง', 'ความเห็นกระจาย', 'ความเห็นแตกต่างมาก', 'เร่งด่วน', '(เท่ากัน)'],
  en: ["Don't know", 'Don’t know', "don't know {{", 'No rating', 'Not sure / abstain', 'strong agreement', 'fair agreement', '(tied)'],
};

function retiredIn(texts: Iterable<string>, language: TermLanguage): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const word of RETIRED[language]) {
      const at = text.indexOf(word);
      if (at >= 0) found.push(`${word} in "…${text.slice(Math.max(0, at - 40), at + word.length + 40)}…"`);
    }
  }
  return found;
}

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`)));
}

/** Every string the phone page can show, with numbers and labels filled in. */
function phoneTexts(language: TermLanguage): string[] {
  return Object.values(STRINGS[language]).map((value) => (typeof value === 'function' ? (value as (...args: unknown[]) => string)(2, 5) : value));
}

describe('the shared terms', () => {
  it('are the i18n namespace terms.* of both windows, in both languages', () => {
    for (const language of LANGUAGES) {
      const t = createI18n(language).t;
      expect((language === 'th' ? th : en).terms).toEqual(termsIn(language));
      expect(t('terms.abstain')).toBe(TERMS.abstain[language]);
      for (const band of CONSENSUS_BANDS) expect(t(`terms.consensusBand.${band}`)).toBe(TERMS.consensusBand[band][language]);
    }
  });

  it('are what the facilitator’s screen and the projector say for each figure', () => {
    const same: [MessageKey, { th: string; en: string }][] = [
      ['scoring.tally.dontKnow', TERMS.abstain],
      ['scoring.stats.median', TERMS.currentMedian],
      ['scoring.stats.target', TERMS.targetMedian],
      ['scoring.stats.consensus', TERMS.consensus],
      ['scoring.column.median', TERMS.median],
      ['scoring.column.target', TERMS.target],
      ['scoring.column.consensus', TERMS.consensus],
      ['scoring.overview.current', TERMS.current],
      ['scoring.overview.target', TERMS.target],
      ['scoring.action.priority', TERMS.priority.name],
      ['scoring.priority.high', TERMS.priorityLevel.high],
      ['scoring.priority.medium', TERMS.priorityLevel.medium],
      ['scoring.priority.low', TERMS.priorityLevel.low],
      ['projector.results.median', TERMS.currentMedian],
      ['projector.results.target', TERMS.targetMedian],
      ['projector.results.consensus', TERMS.consensus],
    ];
    for (const language of LANGUAGES) {
      const t = createI18n(language).t;
      for (const [key, term] of same) expect(`${key}: ${t(key)}`).toBe(`${key}: ${term[language]}`);
      expect(t('scoring.stats.nDetail', { answered: 5, abstain: 0 })).toContain(language === 'th' ? TERMS.abstain.th : 'not sure');
      expect(t('scoring.dots.rankTied', { rank: 1 })).toContain(TERMS.jointRank[language]);
      expect(t('projector.question.askTarget').toLowerCase()).toContain(TERMS.targetLevel[language].toLowerCase());
    }
  });

  it('leave no retired word for the same figure in the scoring, projector or minutes screens', () => {
    for (const language of LANGUAGES) {
      const t = createI18n(language).t;
      const resources = (language === 'th' ? th : en) as unknown as Tree;
      const keys = ['scoring', 'projector', 'minutes'].flatMap((ns) => leaves(resources[ns] as Tree, `${ns}.`));
      // Resolved (nested $t(terms.…) filled in), with placeholders left as they are.
      const texts = keys.map((key) => t(key as MessageKey, { interpolation: { skipOnVariables: true } }) as string);
      expect(retiredIn(texts, language)).toEqual([]);
    }
  });

  it('are the phone’s words', () => {
    for (const language of LANGUAGES) {
      const phone = STRINGS[language];
      expect(phone.abstain).toBe(TERMS.abstain[language]);
      expect(phone.rank(1, true)).toContain(TERMS.jointRank[language]);
      expect(phone.rank(1, false)).not.toContain(TERMS.jointRank[language]);
      expect(phone.abstained(2)).toContain(TERMS.abstain[language]);
      expect(phone.targetShort).toBe(TERMS.target[language]);
      expect(phone.targetResults).toBe(TERMS.targetLevel[language]);
      expect(phone.targetLevel.startsWith(TERMS.targetLevel[language])).toBe(true);
      expect(retiredIn(phoneTexts(language), language)).toEqual([]);
    }
  });

  it('are the minutes’ words, and the minutes use no retired word', () => {
    for (const language of LANGUAGES) {
      const words = MINUTES_WORDS[language];
      expect(words.abstainLabel).toBe(TERMS.abstain[language]);
      expect(words.abstainColumn).toBe(TERMS.abstain[language]);
      expect(words.keyMedian).toBe(TERMS.currentMedian[language]);
      expect(words.keyTarget).toBe(TERMS.targetMedian[language]);
      expect(words.keyConsensus).toBe(TERMS.consensus[language]);
      expect(words.consensusColumn).toBe(TERMS.consensus[language]);
      for (const band of CONSENSUS_BANDS) expect(words.consensusBand[band]).toBe(TERMS.consensusBand[band][language]);
      expect(words.priorityColumn).toBe(TERMS.priority.name[language]);
      for (const level of ['high', 'medium', 'low'] as const) expect(words.priorityLevel[level]).toBe(TERMS.priorityLevel[level][language]);
      // The words of the document (the charts' SVG carries attribute values such as data-level="abstain").
      const document = JSON.stringify(buildMinutes(smallWorkshop(), { language, appendixRawDistributions: true }), (key, value: unknown) => (key === 'svg' ? undefined : value));
      expect(retiredIn([document], language)).toEqual([]);
      expect(document).toContain(TERMS.abstain[language]);
    }
  });
});
