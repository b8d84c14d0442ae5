/**
 * The words for the figures and choices of a workshop, in one place: the facilitator's screen
 * (through the renderer's `terms.*` i18n namespace, `termsIn`), the projector (the same), the
 * phone page (renderer/participant/strings.ts, checked equal by renderer/i18n/terms.test.ts: the
 * phone page is one small chunk and cannot share a module with the other pages) and the minutes
 * (shared/minutes/words.ts). A room that hears "ไม่แน่ใจ" on the phone, sees "ไม่แน่ใจ" under the
 * chart and reads "ไม่แน่ใจ" in the minutes knows it is the same thing.
 *
 * Choices made here:
 * - abstain is "ไม่แน่ใจ" (not sure): it is the answer a participant gives when they do not know
 *   enough to rate the agency, said without losing face. "ไม่ประเมิน" reads as refusing to rate
 *   (or as "not assessed" by the facilitator), "ไม่ทราบ" as not knowing the question, and
 *   "งดออกเสียง" is the word for abstaining on a motion, not for a maturity scale. It reads the same
 *   as a count ("ไม่แน่ใจ 2 คน").
 * - the measure of agreement is "ความเห็นพ้อง", never "ฉันทามติ" (a decision everyone accepts) or
 *   "ความเห็นตรงกัน"; its bands are the reading aid below, not part of Tastle and Wierman's measure.
 * - the target is "ระดับเป้าหมาย" ("ระดับที่ควรเป็น" is retired), its median "ระดับเป้าหมาย (มัธยฐาน)".
 * - priorities are "ความสำคัญสูง / ปานกลาง / ต่ำ": a medium priority is never called "สำคัญ".
 *
 * Pure data and small functions; no imports (shared/scoring imports nothing outside itself).
 * A `Term` is a `LocalizedText` (shared/domain/text.ts) by shape.
 */

export interface Term {
  readonly th: string;
  readonly en: string;
}

export type TermLanguage = 'th' | 'en';

/** Consensus in words, so the figure means something to a room that has never met the measure. */
export type ConsensusBand = 'high' | 'moderate' | 'mixed' | 'divided';

export const CONSENSUS_BANDS = ['high', 'moderate', 'mixed', 'divided'] as const satisfies readonly ConsensusBand[];

/** 0.8 and up: high; 0.6: moderate; 0.4: mixed; below: divided. */
export function consensusBand(value: number): ConsensusBand {
  if (value >= 0.8) return 'high';
  if (value >= 0.6) return 'moderate';
  if (value >= 0.4) return 'mixed';
  return 'divided';
}

export type PriorityLevel = 'high' | 'medium' | 'low';

export const TERMS = {
  /** The answer outside the scale; counts towards n, never towards a statistic. */
  abstain: { th: 'ไม่แน่ใจ', en: 'Not sure' },
  current: { th: 'ปัจจุบัน', en: 'Current' },
  target: { th: 'เป้าหมาย', en: 'Target' },
  currentLevel: { th: 'ระดับปัจจุบัน', en: 'Current level' },
  targetLevel: { th: 'ระดับเป้าหมาย', en: 'Target level' },
  median: { th: 'มัธยฐาน', en: 'Median' },
  /** The headline figure: the median of the current level. */
  currentMedian: { th: 'ระดับปัจจุบัน (มัธยฐาน)', en: 'Current level (median)' },
  targetMedian: { th: 'ระดับเป้าหมาย (มัธยฐาน)', en: 'Target level (median)' },
  /** Tastle–Wierman consensus, 0…1, written with two decimals on every surface ("0.62"). */
  consensus: { th: 'ความเห็นพ้อง', en: 'Consensus' },
  consensusBand: {
    high: { th: 'เห็นพ้องกันสูง', en: 'High agreement' },
    moderate: { th: 'เห็นพ้องกันปานกลาง', en: 'Moderate agreement' },
    mixed: { th: 'ความเห็นหลากหลาย', en: 'Mixed views' },
    divided: { th: 'ความเห็นแตกต่างกันมาก', en: 'Divided views' },
  },
  /** A figure that did not move between rounds: said in words, never as a bare "0". */
  unchanged: { th: 'ไม่เปลี่ยน', en: 'no change' },
  /** Items with as many dots share a rank: "อันดับ 1 (ร่วม)". */
  jointRank: { th: 'ร่วม', en: 'joint' },
  priority: {
    name: { th: 'ความสำคัญ', en: 'Priority' },
    /** Standing alone (the projector, a list): "ความสำคัญปานกลาง". */
    high: { th: 'ความสำคัญสูง', en: 'High priority' },
    medium: { th: 'ความสำคัญปานกลาง', en: 'Medium priority' },
    low: { th: 'ความสำคัญต่ำ', en: 'Low priority' },
  },
  /** Under a "ความสำคัญ" label or column (a select, a table cell): "ปานกลาง". */
  priorityLevel: {
    high: { th: 'สูง', en: 'High' },
    medium: { th: 'ปานกลาง', en: 'Medium' },
    low: { th: 'ต่ำ', en: 'Low' },
  },
} as const satisfies TermTree;

interface TermTree {
  readonly [key: string]: Term | TermTree;
}

/** The term tree with each term in one language: the renderer's `terms.*` i18n namespace. */
export type TermsIn<T> = T extends Term ? string : { -readonly [K in keyof T]: TermsIn<T[K]> };

function isTerm(value: Term | TermTree): value is Term {
  return typeof (value as Term).th === 'string' && typeof (value as Term).en === 'string';
}

function inLanguage<T extends TermTree>(tree: T, language: TermLanguage): TermsIn<T> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(tree)) {
    const value = tree[key]!;
    out[key] = isTerm(value) ? value[language] : inLanguage(value, language);
  }
  return out as TermsIn<T>;
}

export function termsIn(language: TermLanguage): TermsIn<typeof TERMS> {
  return inLanguage(TERMS, language);
}

/**
 * A change in levels between rounds, as words: "ไม่เปลี่ยน" / "no change" for 0, otherwise the
 * signed figure (already formatted: "+1", "−0.5", Thai digits if chosen) and the unit.
 */
export function levelChange(delta: number, signed: string): Term {
  if (Number(delta.toFixed(2)) === 0) return TERMS.unchanged;
  return { th: `${signed} ระดับ`, en: `${signed} ${Math.abs(delta) === 1 ? 'level' : 'levels'}` };
}
