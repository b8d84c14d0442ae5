import { describe, expect, it } from 'vitest';
import { POLL_KINDS, type Answer } from '../domain/polls';
import { OPDC_FRAMEWORK } from '../frameworks/opdc';
import { configurePoll, countBallots, POLL_TYPES, validateAnswer, type PollDraft } from './poll-types';
import { aBallot, aPoll, aWorkshop, options } from './test-builders';

const draft = (fields: Partial<PollDraft> = {}): PollDraft => ({
  componentId: null,
  question: null,
  options: [],
  maxChoices: null,
  askTarget: null,
  allowChange: true,
  ...fields,
});

function refusalCode(poll = aPoll('single'), answer: Answer): string | null {
  const checked = validateAnswer(poll, answer);
  return checked.ok ? null : checked.refusal.code;
}

describe('the poll type registry', () => {
  it('has exactly one definition per kind, each filed under its own kind', () => {
    expect(Object.keys(POLL_TYPES).sort()).toEqual([...POLL_KINDS].sort());
    for (const kind of POLL_KINDS) expect(POLL_TYPES[kind].kind).toBe(kind);
  });

  it('gives every kind a Thai and an English name and default question', () => {
    const component = OPDC_FRAMEWORK.components[0]!;
    for (const kind of POLL_KINDS) {
      const definition = POLL_TYPES[kind];
      expect(definition.label.th).not.toBe('');
      expect(definition.label.en).not.toBe('');
      const question = definition.defaultQuestion({ component, maxChoices: 3 });
      expect(question.th).not.toBe('');
      expect(question.en).not.toBe('');
    }
  });

  it('asks a maturity question about the component by its code and name', () => {
    const component = OPDC_FRAMEWORK.components[2]!;
    const question = POLL_TYPES.maturity.defaultQuestion({ component, maxChoices: null });
    expect(question.th).toBe('03 การสร้างภาคีเครือข่าย: ปัจจุบันหน่วยงานอยู่ในระดับใด');
    expect(question.en).toBe('03 Partnership: what level is the agency at today?');
  });

  it('says how many dots each person has in the default dot-voting question', () => {
    expect(POLL_TYPES.dots.defaultQuestion({ component: null, maxChoices: 5 }).en).toContain('5 dots');
  });
});

describe('checking an answer against its poll', () => {
  it('refuses an answer of another kind', () => {
    expect(refusalCode(aPoll('single', { options: options('a', 'b') }), { kind: 'text', text: 'hi' })).toBe('wrong-kind');
  });

  it('accepts a maturity level, and abstain with or without a target', () => {
    const poll = aPoll('maturity', { componentId: 'C01', askTarget: true });
    expect(refusalCode(poll, { kind: 'maturity', current: 3, target: 5 })).toBeNull();
    expect(refusalCode(poll, { kind: 'maturity', current: 'abstain', target: null })).toBeNull();
    expect(refusalCode(poll, { kind: 'maturity', current: 'abstain', target: 4 })).toBeNull();
  });

  it('refuses a target level when the poll does not ask for one', () => {
    const poll = aPoll('maturity', { componentId: 'C01', askTarget: false });
    expect(refusalCode(poll, { kind: 'maturity', current: 3, target: 4 })).toBe('target-not-asked');
  });

  it('refuses a single choice that is not an option', () => {
    const poll = aPoll('single', { options: options('a', 'b') });
    expect(refusalCode(poll, { kind: 'single', choice: 'b' })).toBeNull();
    expect(refusalCode(poll, { kind: 'single', choice: 'c' })).toBe('unknown-choice');
  });

  it('holds multiple choices to the poll’s limit, its options, and no repeats', () => {
    const poll = aPoll('multiple', { options: options('a', 'b', 'c'), maxChoices: 2 });
    expect(refusalCode(poll, { kind: 'multiple', choices: ['a', 'c'] })).toBeNull();
    expect(refusalCode(poll, { kind: 'multiple', choices: ['a', 'b', 'c'] })).toBe('too-many-choices');
    expect(refusalCode(poll, { kind: 'multiple', choices: ['a', 'x'] })).toBe('unknown-choice');
    expect(refusalCode(poll, { kind: 'multiple', choices: ['a', 'a'] })).toBe('duplicate-choice');
    expect(refusalCode(poll, { kind: 'multiple', choices: [] })).toBe('no-choice');
  });

  it('stores multiple choices in the poll’s option order', () => {
    const poll = aPoll('multiple', { options: options('a', 'b', 'c') });
    expect(validateAnswer(poll, { kind: 'multiple', choices: ['c', 'a'] })).toEqual({ ok: true, answer: { kind: 'multiple', choices: ['a', 'c'] } });
  });

  it('allows up to the dots each person has, and not one more', () => {
    const poll = aPoll('dots', { options: options('a', 'b', 'c'), maxChoices: 3 });
    expect(refusalCode(poll, { kind: 'dots', dots: { a: 2, b: 1 } })).toBeNull();
    const over = validateAnswer(poll, { kind: 'dots', dots: { a: 2, b: 2 } });
    expect(over).toEqual({
      ok: false,
      refusal: { code: 'too-many-dots', message: { th: 'วางได้คนละ 3 จุด (บัตรนี้วาง 4 จุด)', en: 'Each person has 3 dots (this ballot places 4).' } },
    });
  });

  it('refuses a dot ballot with no dots or with dots on an unknown item, and drops zero entries', () => {
    const poll = aPoll('dots', { options: options('a', 'b'), maxChoices: 3 });
    expect(refusalCode(poll, { kind: 'dots', dots: { a: 0 } })).toBe('no-dots');
    expect(refusalCode(poll, { kind: 'dots', dots: { z: 1 } })).toBe('unknown-choice');
    expect(validateAnswer(poll, { kind: 'dots', dots: { b: 1, a: 0 } })).toEqual({ ok: true, answer: { kind: 'dots', dots: { b: 1 } } });
  });

  it('stores open text with bidi and control characters stripped', () => {
    const checked = validateAnswer(aPoll('text'), { kind: 'text', text: '\u202Eข้อมูล\u0000เปิด\n' });
    expect(checked).toEqual({ ok: true, answer: { kind: 'text', text: 'ข้อมูลเปิด' } });
  });

  it('measures the 280-character limit after cleaning', () => {
    const poll = aPoll('text');
    expect(refusalCode(poll, { kind: 'text', text: 'ก'.repeat(280) })).toBeNull();
    expect(refusalCode(poll, { kind: 'text', text: 'ก'.repeat(281) })).toBe('text-too-long');
    expect(refusalCode(poll, { kind: 'text', text: 'ก'.repeat(280) + '\u200E'.repeat(20) })).toBeNull();
  });

  it('refuses text that is empty once cleaned', () => {
    expect(refusalCode(aPoll('text'), { kind: 'text', text: ' \u202E\n ' })).toBe('empty-text');
  });
});

describe('counting a round’s ballots', () => {
  it('counts maturity ballots into current and stated-target distributions', () => {
    const poll = aPoll('maturity', { id: 'p', componentId: 'C01', askTarget: true });
    const ballots = [
      aBallot('p', { kind: 'maturity', current: 2, target: 4 }),
      aBallot('p', { kind: 'maturity', current: 2, target: null }),
      aBallot('p', { kind: 'maturity', current: 'abstain', target: 5 }),
    ];
    expect(countBallots(poll, ballots)).toEqual({
      kind: 'maturity',
      respondents: 3,
      current: { counts: [0, 2, 0, 0, 0], abstain: 1 },
      target: { counts: [0, 0, 0, 1, 1], abstain: 0 },
    });
  });

  it('has no target distribution when the poll does not ask for one', () => {
    const poll = aPoll('maturity', { id: 'p', componentId: 'C01', askTarget: false });
    expect(countBallots(poll, [aBallot('p', { kind: 'maturity', current: 1, target: null })])).toMatchObject({ target: null });
  });

  it('counts single and multiple choices per option, in option order, zeros included', () => {
    const single = aPoll('single', { id: 's', options: options('a', 'b', 'c') });
    expect(countBallots(single, [aBallot('s', { kind: 'single', choice: 'c' }), aBallot('s', { kind: 'single', choice: 'c' })])).toEqual({
      kind: 'single',
      respondents: 2,
      options: [
        { optionId: 'a', count: 0 },
        { optionId: 'b', count: 0 },
        { optionId: 'c', count: 2 },
      ],
    });
    const multiple = aPoll('multiple', { id: 'm', options: options('a', 'b') });
    const counted = countBallots(multiple, [aBallot('m', { kind: 'multiple', choices: ['a', 'b'] }), aBallot('m', { kind: 'multiple', choices: ['b'] })]);
    expect(counted).toEqual({ kind: 'multiple', respondents: 2, options: [{ optionId: 'a', count: 1 }, { optionId: 'b', count: 2 }] });
  });

  it('adds up dots per item and how many people dotted it', () => {
    const poll = aPoll('dots', { id: 'd', options: options('a', 'b', 'c'), maxChoices: 3 });
    const counted = countBallots(poll, [aBallot('d', { kind: 'dots', dots: { a: 3 } }), aBallot('d', { kind: 'dots', dots: { a: 1, b: 2 } })]);
    expect(counted).toEqual({
      kind: 'dots',
      respondents: 2,
      dotsPlaced: 6,
      options: [
        { optionId: 'a', dots: 4, voters: 2 },
        { optionId: 'b', dots: 2, voters: 1 },
        { optionId: 'c', dots: 0, voters: 0 },
      ],
    });
  });

  it('lists open-text answers with their moderation state, and no voter', () => {
    const poll = aPoll('text', { id: 't' });
    const ballot = aBallot('t', { kind: 'text', text: 'ดีมาก' }, { id: 'b-text', moderation: 'approved' });
    expect(countBallots(poll, [ballot])).toEqual({
      kind: 'text',
      respondents: 1,
      answers: [{ ballotId: 'b-text', text: 'ดีมาก', moderation: 'approved', at: ballot.at }],
    });
  });
});

describe('configuring a poll', () => {
  const workshop = aWorkshop();

  it('makes a maturity poll from its component, asking the target by default', () => {
    const configured = configurePoll('maturity', draft({ componentId: 'C05' }), workshop);
    expect(configured).toEqual({
      ok: true,
      settings: {
        componentId: 'C05',
        question: POLL_TYPES.maturity.defaultQuestion({ component: workshop.framework.components[4]!, maxChoices: null }),
        options: [],
        maxChoices: null,
        askTarget: true,
        allowChange: true,
      },
    });
  });

  it('refuses a maturity poll without a component, or with one the framework lacks', () => {
    expect(configurePoll('maturity', draft(), workshop).ok).toBe(false);
    expect(configurePoll('maturity', draft({ componentId: 'C99' }), workshop)).toEqual({
      ok: false,
      message: 'There is no component "C99" in this workshop\'s framework.',
    });
  });

  it('needs at least two options for a choice', () => {
    expect(configurePoll('single', draft({ options: options('a') }), workshop).ok).toBe(false);
    expect(configurePoll('single', draft({ options: options('a', 'b') }), workshop).ok).toBe(true);
  });

  it('refuses options on an open-text poll and a target on a choice poll', () => {
    expect(configurePoll('text', draft({ options: options('a', 'b') }), workshop).ok).toBe(false);
    expect(configurePoll('single', draft({ options: options('a', 'b'), askTarget: true }), workshop).ok).toBe(false);
  });

  it('lets every option be ticked by default, and no more than there are', () => {
    const configured = configurePoll('multiple', draft({ options: options('a', 'b', 'c') }), workshop);
    expect(configured.ok && configured.settings.maxChoices).toBe(3);
    expect(configurePoll('multiple', draft({ options: options('a', 'b', 'c'), maxChoices: 4 }), workshop).ok).toBe(false);
  });

  it('gives three dots each by default', () => {
    const configured = configurePoll('dots', draft({ options: options('a', 'b') }), workshop);
    expect(configured.ok && configured.settings.maxChoices).toBe(3);
  });

  it('uses the default question when both languages are left blank, and keeps a typed one', () => {
    const blank = configurePoll('text', draft({ question: { th: ' ', en: '' } }), workshop);
    expect(blank.ok && blank.settings.question).toEqual(POLL_TYPES.text.defaultQuestion({ component: null, maxChoices: null }));
    const typed = configurePoll('text', draft({ question: { th: ' อะไรควรทำก่อน ', en: '' } }), workshop);
    expect(typed.ok && typed.settings.question).toEqual({ th: 'อะไรควรทำก่อน', en: '' });
  });
});
