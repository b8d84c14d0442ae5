/**
 * Every Thai string the program shows or prints — the UI's i18n files, the OPDC framework and its
 * default levels, the minutes' own words, the default sectors and groups, the phones' page — run
 * through the one segmenter (thai-segment.ts): no protected word may be split, or come out fused
 * to a neighbour, and every entry of the list must still be needed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPDC_FRAMEWORK } from '../frameworks/opdc';
import * as levels from '../frameworks/maturity-levels';
import { MINUTES_WORDS } from '../minutes/words';
import { DEFAULT_PDPA_NOTICE, DEFAULT_SECTORS, DEFAULT_SOCIAL_GROUPS } from '../domain/people';
import { IAP2_LABELS } from '../domain/stakeholders';
import { QUADRANT_LABELS } from '../people/quadrant-labels';
import { STRINGS } from '../../renderer/participant/strings';
import { ICU_CORRECTIONS, KEPT_WHOLE, THAI_PROTECTED_WORDS } from './thai-protected-words';
import { BOUND_PREFIXES, breakOpportunities, icuWordBoundaries, wordBoundaries } from './thai-segment';

const THAI = /[\u0E00-\u0E7F]/;
const ROOT = path.resolve(import.meta.dirname, '../..');

/** Thai strings found anywhere in `value`; functions (the minutes' templates) are called with Thai digits. */
function thaiStrings(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (THAI.test(value)) into.add(value);
  } else if (typeof value === 'function') {
    // Templates take strings; the few that take other data are skipped.
    try {
      thaiStrings((value as (...args: string[]) => unknown)('๓', '๔', '๕'), into);
    } catch {
      // not a string template
    }
  } else if (Array.isArray(value)) {
    for (const item of value) thaiStrings(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) thaiStrings(item, into);
  }
  return into;
}

function i18nFiles(): string[] {
  const dir = path.join(ROOT, 'renderer/i18n');
  const features = readdirSync(path.join(dir, 'features')).filter((file) => file.endsWith('.th.json'));
  return [path.join(dir, 'th.json'), ...features.map((file) => path.join(dir, 'features', file))];
}

const SOURCES: Record<string, unknown> = {
  i18n: i18nFiles().map((file) => JSON.parse(readFileSync(file, 'utf8')) as unknown),
  framework: [OPDC_FRAMEWORK, levels],
  minutes: MINUTES_WORDS.th,
  people: [DEFAULT_SECTORS, DEFAULT_SOCIAL_GROUPS, DEFAULT_PDPA_NOTICE, IAP2_LABELS, QUADRANT_LABELS],
  phones: STRINGS.th,
};

const CORPUS: ReadonlyArray<readonly [source: string, text: string]> = Object.entries(SOURCES).flatMap(([source, value]) =>
  [...thaiStrings(value, new Set())].map((text) => [source, text] as const),
);

interface Entry {
  readonly entry: string;
  readonly text: string;
  /** Boundaries inside the entry (`|`), relative to its start. */
  readonly cuts: ReadonlySet<number>;
}

const ENTRIES: readonly Entry[] = THAI_PROTECTED_WORDS.map((entry) => {
  const cuts = new Set<number>();
  let text = '';
  for (const char of entry.replaceAll('~', '')) {
    if (char === '|') cuts.add(text.length);
    else text += char;
  }
  return { entry, text, cuts };
});
const WORDS = ENTRIES.filter((entry) => entry.cuts.size === 0);

function occurrences(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) found.push(at);
  return found;
}

/**
 * Where a phrase entry decides how to read the text (ความ|เห็นพ้อง): [start, end, its pieces].
 * A listed word that overlaps it without being one of its pieces (ความเห็น there) is not a word
 * of that text.
 */
function phraseSpans(text: string, isBoundary: ReadonlySet<number>): Array<readonly [number, number, ReadonlySet<string>]> {
  const spans: Array<readonly [number, number, ReadonlySet<string>]> = [];
  for (const { entry, text: phrase, cuts } of ENTRIES) {
    if (cuts.size === 0) continue;
    for (const at of occurrences(text, phrase)) {
      if (isBoundary.has(at)) spans.push([at, at + phrase.length, new Set(entry.replaceAll('~', '').split('|'))]);
    }
  }
  return spans;
}

function readOtherwise(spans: ReturnType<typeof phraseSpans>, word: string, at: number): boolean {
  const end = at + word.length;
  return spans.some(([from, to, pieces]) => at < to && end > from && !pieces.has(word));
}

/** The text with its word boundaries shown as |. */
function shown(text: string, boundaries: readonly number[]): string {
  let out = '';
  let last = 0;
  for (const position of boundaries) {
    if (position <= 0 || position >= text.length) continue;
    out += `${text.slice(last, position)}|`;
    last = position;
  }
  return out + text.slice(last);
}

describe('the Thai of the UI, the framework and the minutes', () => {
  it('is a corpus worth the name', () => {
    const bySource = Object.fromEntries(Object.keys(SOURCES).map((source) => [source, CORPUS.filter(([s]) => s === source).length]));
    expect(bySource.i18n).toBeGreaterThan(500);
    expect(bySource.framework).toBeGreaterThan(50);
    expect(bySource.minutes).toBeGreaterThan(50);
    expect(bySource.people).toBeGreaterThan(10);
    expect(bySource.phones).toBeGreaterThan(30);
  });

  it('never splits a protected word, nor offers a line break inside one', () => {
    const problems: string[] = [];
    for (const [source, text] of CORPUS) {
      const boundaries = wordBoundaries(text);
      const isBoundary = new Set(boundaries);
      const breaks = new Set(breakOpportunities(text));
      const phrases = phraseSpans(text, isBoundary);
      for (const { entry, text: word, cuts } of ENTRIES) {
        for (const at of occurrences(text, word)) {
          if (cuts.size === 0 && readOtherwise(phrases, word, at)) continue;
          for (let p = 1; p < word.length; p += 1) {
            if (cuts.has(p)) continue;
            if (isBoundary.has(at + p) || breaks.has(at + p)) {
              problems.push(`${source}: ${entry} split in ${shown(text, boundaries)}`);
              break;
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps each protected word a word of its own: a boundary at both ends, unless it is part of a longer one', () => {
    const problems: string[] = [];
    for (const [source, text] of CORPUS) {
      const boundaries = wordBoundaries(text);
      const isBoundary = new Set(boundaries);
      // Spans of protected words, to recognise ส่วนร่วม inside มีส่วนร่วม.
      const spans = WORDS.flatMap(({ text: word }) => occurrences(text, word).map((at) => [at, at + word.length] as const));
      const phrases = phraseSpans(text, isBoundary);
      for (const { text: word } of WORDS) {
        for (const at of occurrences(text, word)) {
          const end = at + word.length;
          if ((isBoundary.has(at) && isBoundary.has(end)) || readOtherwise(phrases, word, at)) continue;
          const inLonger = spans.some(([from, to]) => from <= at && to >= end && to - from > word.length);
          // ผู้ + a word is one word (ผู้ดำเนินการ, ผู้ลงทะเบียน): the segmenter joins them on purpose.
          const afterPrefix = BOUND_PREFIXES.some(
            (prefix) => text.startsWith(prefix, at - prefix.length) && isBoundary.has(at - prefix.length) && isBoundary.has(end),
          );
          if (!inLonger && !afterPrefix) problems.push(`${source}: ${word} fused in ${shown(text, boundaries)}`);
        }
      }
      // A phrase entry, where it starts a word, gives exactly its own segmentation (in ไม่มีนโยบาย,
      // มี|นโยบาย does not start a word).
      for (const { entry, text: phrase, cuts } of ENTRIES) {
        if (cuts.size === 0) continue;
        for (const at of occurrences(text, phrase)) {
          if (!isBoundary.has(at)) continue;
          const inside = boundaries.filter((p) => p > at && p < at + phrase.length).map((p) => p - at);
          if (!isBoundary.has(at) || !isBoundary.has(at + phrase.length) || inside.join() !== [...cuts].join()) {
            problems.push(`${source}: ${entry} not applied in ${shown(text, boundaries)}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the protected-words list', () => {
  const icuSplitsSomewhere = (entry: Entry): boolean => {
    const expected = (text: string, at: number) => {
      const icu = icuWordBoundaries(text);
      const inside = icu.filter((p) => p > at && p < at + entry.text.length).map((p) => p - at);
      return icu.includes(at) && icu.includes(at + entry.text.length) && inside.join() === [...entry.cuts].join();
    };
    if (!expected(entry.text, 0)) return true;
    return CORPUS.some(([, text]) => occurrences(text, entry.text).some((at) => !expected(text, at)));
  };

  it('only holds corrections ICU still needs (in isolation or in our own text)', () => {
    const stale = ENTRIES.filter((entry) => ICU_CORRECTIONS.includes(entry.entry) && !icuSplitsSomewhere(entry));
    expect(stale.map((entry) => entry.entry)).toEqual([]);
  });

  it('says which words ICU keeps whole today, and keeps them whole', () => {
    for (const word of KEPT_WHOLE) {
      expect(icuWordBoundaries(word), `${word}: ICU splits it now, move it to ICU_CORRECTIONS`).toEqual([0, word.length]);
      expect(wordBoundaries(word)).toEqual([0, word.length]);
    }
  });

  it('holds each entry once, with well-formed marks', () => {
    const texts = ENTRIES.map((entry) => entry.entry.replaceAll('~', ''));
    expect(texts.filter((text, i) => texts.indexOf(text) !== i)).toEqual([]);
    for (const { entry, text } of ENTRIES) {
      expect(entry, entry).toMatch(/^[^|~][^\s]*[^|~]$/u);
      expect(text, entry).toMatch(/^[\u0E01-\u0E5B]+$/u);
    }
  });
});
