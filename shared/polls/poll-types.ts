import type { Answer, Ballot, Poll, PollKind, PollOption } from '../domain/polls';
import type { FrameworkComponent } from '../domain/framework';
import type { LocalizedText } from '../domain/text';
import type { Workshop } from '../domain/workshop';
import { DEFAULT_LEVEL_COUNT, tallyChoices, type Distribution } from '../scoring';
import { cleanOpenText, OPEN_TEXT_MAX_LENGTH } from './open-text';

/**
 * Every kind of poll is one registered definition here: what a poll of that kind is made of,
 * its default question, how an answer is checked and how answers are counted. Commands, results,
 * the participant server and the projector go through `POLL_TYPES`, so a new kind touches this
 * file (and the `Answer` union in shared/domain/polls.ts) and nothing else.
 */

/** The maturity scale: the framework's components carry exactly five level descriptors. */
export const MATURITY_LEVEL_COUNT = DEFAULT_LEVEL_COUNT;

export type AnswerOf<K extends PollKind> = Extract<Answer, { kind: K }>;

/** Why an answer (or a ballot) was refused: a stable code for programs, a sentence for people. */
export type RefusalCode =
  | 'wrong-kind'
  | 'unknown-choice'
  | 'no-choice'
  | 'duplicate-choice'
  | 'too-many-choices'
  | 'no-dots'
  | 'too-many-dots'
  | 'empty-text'
  | 'text-too-long'
  | 'target-not-asked'
  | 'no-such-poll'
  | 'round-not-open'
  | 'round-over'
  | 'already-voted'
  | 'not-a-voter'
  | 'unknown-participant'
  | 'unknown-sector';

export interface Refusal {
  code: RefusalCode;
  /** Shown on the voter's phone (Thai first) or to the facilitator. */
  message: LocalizedText;
}

export type AnswerCheck<A extends Answer = Answer> = { ok: true; answer: A } | { ok: false; refusal: Refusal };

export const refuse = (code: RefusalCode, th: string, en: string): { ok: false; refusal: Refusal } => ({
  ok: false,
  refusal: { code, message: { th, en } },
});

export interface OptionCount {
  optionId: string;
  count: number;
}

export interface DotCount {
  optionId: string;
  dots: number;
  /** How many people put at least one dot here. */
  voters: number;
}

export interface OpenTextAnswer {
  ballotId: string;
  text: string;
  moderation: 'pending' | 'approved' | 'hidden';
  at: string;
}

/** One round's ballots counted, by kind. `respondents` is the number of ballots. */
export type PollResults =
  | { kind: 'maturity'; respondents: number; current: Distribution; target: Distribution | null }
  | { kind: 'single'; respondents: number; options: OptionCount[] }
  | { kind: 'multiple'; respondents: number; options: OptionCount[] }
  | { kind: 'text'; respondents: number; answers: OpenTextAnswer[] }
  | { kind: 'dots'; respondents: number; dotsPlaced: number; options: DotCount[] };
export type ResultsOf<K extends PollKind> = Extract<PollResults, { kind: K }>;

/** What a poll of a kind is made of, as data: `configurePoll` checks a draft against it. */
export interface PollShape {
  /** Whether the poll must be about a framework component (maturity) or may be (the others). */
  component: 'required' | 'optional';
  /** How many options the facilitator writes; null: the kind has none. */
  options: { min: number; max: number } | null;
  /** What `Poll.maxChoices` means for this kind; null: the kind has none. */
  maxChoices: { meaning: LocalizedText; default(optionCount: number): number; max(optionCount: number): number } | null;
  /** Whether the kind can also ask for a target level. */
  askTarget: boolean;
}

export interface QuestionContext {
  component: FrameworkComponent | null;
  maxChoices: number | null;
}

export interface PollTypeDefinition<K extends PollKind> {
  kind: K;
  label: LocalizedText;
  shape: PollShape;
  defaultQuestion(context: QuestionContext): LocalizedText;
  /** Check an answer against the poll and return it as it is stored (cleaned, normalised). */
  validateAnswer(poll: Poll, answer: AnswerOf<K>): AnswerCheck<AnswerOf<K>>;
  /** Count one round's ballots (phones and entered ballots; a typed tally is merged in results.ts). */
  count(poll: Poll, ballots: readonly Ballot[]): ResultsOf<K>;
}

function answersOf<K extends PollKind>(kind: K, ballots: readonly Ballot[]): { ballot: Ballot; answer: AnswerOf<K> }[] {
  return ballots.filter((b) => b.answer.kind === kind).map((ballot) => ({ ballot, answer: ballot.answer as AnswerOf<K> }));
}

function optionIds(poll: Poll): Set<string> {
  return new Set(poll.options.map((option) => option.id));
}

function componentTitle(component: FrameworkComponent | null): LocalizedText {
  if (!component) return { th: '', en: '' };
  return { th: `${component.code} ${component.name.th}: `, en: `${component.code} ${component.name.en}: ` };
}

const maturity: PollTypeDefinition<'maturity'> = {
  kind: 'maturity',
  label: { th: 'ประเมินระดับการพัฒนา', en: 'Maturity level' },
  shape: { component: 'required', options: null, maxChoices: null, askTarget: true },
  defaultQuestion({ component }) {
    const title = componentTitle(component);
    return {
      th: `${title.th}ปัจจุบันหน่วยงานอยู่ในระดับใด`,
      en: `${title.en}what level is the agency at today?`,
    };
  },
  validateAnswer(poll, answer) {
    if (answer.target !== null && !poll.askTarget) {
      return refuse('target-not-asked', 'คำถามนี้ไม่ได้ถามระดับเป้าหมาย', 'This poll does not ask for a target level.');
    }
    return { ok: true, answer };
  },
  count(poll, ballots) {
    const answers = answersOf('maturity', ballots).map((a) => a.answer);
    return {
      kind: 'maturity',
      respondents: answers.length,
      current: tallyChoices(answers.map((a) => a.current), MATURITY_LEVEL_COUNT),
      // Only stated targets count: a voter who gave no target is not a target response.
      target: poll.askTarget
        ? tallyChoices(answers.flatMap((a) => (a.target === null ? [] : [a.target])), MATURITY_LEVEL_COUNT)
        : null,
    };
  },
};

function countChoices(poll: Poll, chosen: readonly (readonly string[])[]): OptionCount[] {
  const counts = new Map(poll.options.map((option) => [option.id, 0]));
  for (const choices of chosen) for (const id of choices) if (counts.has(id)) counts.set(id, counts.get(id)! + 1);
  return poll.options.map((option) => ({ optionId: option.id, count: counts.get(option.id)! }));
}

const single: PollTypeDefinition<'single'> = {
  kind: 'single',
  label: { th: 'เลือกหนึ่งข้อ', en: 'Single choice' },
  shape: { component: 'optional', options: { min: 2, max: 200 }, maxChoices: null, askTarget: false },
  defaultQuestion: () => ({ th: 'ท่านเลือกข้อใด', en: 'Which one do you choose?' }),
  validateAnswer(poll, answer) {
    if (!optionIds(poll).has(answer.choice)) {
      return refuse('unknown-choice', 'ไม่มีตัวเลือกนี้ในคำถาม', "That choice is not one of this poll's options.");
    }
    return { ok: true, answer };
  },
  count(poll, ballots) {
    const answers = answersOf('single', ballots);
    return { kind: 'single', respondents: answers.length, options: countChoices(poll, answers.map((a) => [a.answer.choice])) };
  },
};

const multiple: PollTypeDefinition<'multiple'> = {
  kind: 'multiple',
  label: { th: 'เลือกได้หลายข้อ', en: 'Multiple choice' },
  shape: {
    component: 'optional',
    options: { min: 2, max: 200 },
    maxChoices: { meaning: { th: 'จำนวนข้อที่เลือกได้', en: 'How many may be ticked' }, default: (n) => n, max: (n) => n },
    askTarget: false,
  },
  defaultQuestion: () => ({ th: 'ข้อใดบ้างที่ตรงกับความเห็นของท่าน', en: 'Which of these match your view?' }),
  validateAnswer(poll, answer) {
    const ids = optionIds(poll);
    const limit = poll.maxChoices ?? poll.options.length;
    if (answer.choices.length === 0) return refuse('no-choice', 'กรุณาเลือกอย่างน้อยหนึ่งข้อ', 'Choose at least one option.');
    if (answer.choices.some((choice) => !ids.has(choice))) {
      return refuse('unknown-choice', 'ไม่มีตัวเลือกนี้ในคำถาม', "That choice is not one of this poll's options.");
    }
    if (new Set(answer.choices).size !== answer.choices.length) {
      return refuse('duplicate-choice', 'เลือกตัวเลือกเดียวกันซ้ำ', 'The same option is chosen twice.');
    }
    if (answer.choices.length > limit) {
      return refuse('too-many-choices', `เลือกได้ไม่เกิน ${limit} ข้อ`, `Choose at most ${limit} options.`);
    }
    // Stored in the poll's option order, so two equal ballots look equal.
    return { ok: true, answer: { kind: 'multiple', choices: poll.options.map((o) => o.id).filter((id) => answer.choices.includes(id)) } };
  },
  count(poll, ballots) {
    const answers = answersOf('multiple', ballots);
    return { kind: 'multiple', respondents: answers.length, options: countChoices(poll, answers.map((a) => a.answer.choices)) };
  },
};

const text: PollTypeDefinition<'text'> = {
  kind: 'text',
  label: { th: 'ความคิดเห็นปลายเปิด', en: 'Open text' },
  shape: { component: 'optional', options: null, maxChoices: null, askTarget: false },
  defaultQuestion: () => ({ th: 'ความคิดเห็นหรือข้อเสนอแนะของท่าน', en: 'Your comments or suggestions' }),
  validateAnswer(_poll, answer) {
    const cleaned = cleanOpenText(answer.text);
    if (cleaned === '') return refuse('empty-text', 'กรุณาพิมพ์ความคิดเห็น', 'Write something first.');
    if (cleaned.length > OPEN_TEXT_MAX_LENGTH) {
      return refuse(
        'text-too-long',
        `ความคิดเห็นยาวได้ไม่เกิน ${OPEN_TEXT_MAX_LENGTH} ตัวอักษร (ตอนนี้ ${cleaned.length})`,
        `An answer can be at most ${OPEN_TEXT_MAX_LENGTH} characters (this one is ${cleaned.length}).`,
      );
    }
    return { ok: true, answer: { kind: 'text', text: cleaned } };
  },
  count(_poll, ballots) {
    const answers = answersOf('text', ballots).map(({ ballot, answer }) => ({
      ballotId: ballot.id,
      text: answer.text,
      moderation: ballot.moderation ?? 'pending',
      at: ballot.at,
    }));
    return { kind: 'text', respondents: answers.length, answers };
  },
};

const dots: PollTypeDefinition<'dots'> = {
  kind: 'dots',
  label: { th: 'โหวตด้วยจุด', en: 'Dot voting' },
  shape: {
    component: 'optional',
    options: { min: 2, max: 200 },
    maxChoices: { meaning: { th: 'จำนวนจุดต่อคน', en: 'Dots per person' }, default: () => 3, max: () => 100 },
    askTarget: false,
  },
  defaultQuestion: ({ maxChoices }) => ({
    th: `เรื่องใดควรทำก่อน (วางได้คนละ ${maxChoices ?? 3} จุด)`,
    en: `What should come first? (${maxChoices ?? 3} dots each)`,
  }),
  validateAnswer(poll, answer) {
    const ids = optionIds(poll);
    const limit = poll.maxChoices ?? 3;
    const placed = Object.entries(answer.dots).filter(([, count]) => count > 0);
    if (placed.some(([id]) => !ids.has(id))) {
      return refuse('unknown-choice', 'ไม่มีรายการนี้ในคำถาม', "That item is not one of this poll's options.");
    }
    const total = placed.reduce((sum, [, count]) => sum + count, 0);
    if (total === 0) return refuse('no-dots', 'กรุณาวางอย่างน้อยหนึ่งจุด', 'Place at least one dot.');
    if (total > limit) {
      return refuse(
        'too-many-dots',
        `วางได้คนละ ${limit} จุด (บัตรนี้วาง ${total} จุด)`,
        `Each person has ${limit} dots (this ballot places ${total}).`,
      );
    }
    // Zero entries dropped, keys in the poll's option order.
    const stored: Record<string, number> = {};
    for (const option of poll.options) {
      const count = answer.dots[option.id];
      if (count !== undefined && count > 0) stored[option.id] = count;
    }
    return { ok: true, answer: { kind: 'dots', dots: stored } };
  },
  count(poll, ballots) {
    const answers = answersOf('dots', ballots).map((a) => a.answer);
    const options = poll.options.map((option): DotCount => {
      let total = 0;
      let voters = 0;
      for (const answer of answers) {
        const count = answer.dots[option.id] ?? 0;
        total += count;
        if (count > 0) voters += 1;
      }
      return { optionId: option.id, dots: total, voters };
    });
    return { kind: 'dots', respondents: answers.length, dotsPlaced: options.reduce((sum, o) => sum + o.dots, 0), options };
  },
};

/** The registry: one definition per kind. */
export const POLL_TYPES: { readonly [K in PollKind]: PollTypeDefinition<K> } = { maturity, single, multiple, text, dots };

export function pollType<K extends PollKind>(kind: K): PollTypeDefinition<K> {
  return POLL_TYPES[kind];
}

/** Check an answer against its poll (kind first). Returns the answer as it is to be stored. */
export function validateAnswer(poll: Poll, answer: Answer): AnswerCheck {
  if (answer.kind !== poll.kind) {
    return refuse('wrong-kind', 'คำตอบไม่ตรงกับชนิดของคำถามนี้', "This answer does not fit this poll's kind.");
  }
  // The kinds match, so the answer is this definition's own answer type.
  const definition = POLL_TYPES[poll.kind] as PollTypeDefinition<PollKind>;
  return (definition.validateAnswer as (poll: Poll, answer: Answer) => AnswerCheck)(poll, answer);
}

/** Count one round's ballots with the poll's own definition. */
export function countBallots(poll: Poll, ballots: readonly Ballot[]): PollResults {
  const definition = POLL_TYPES[poll.kind] as PollTypeDefinition<PollKind>;
  return definition.count(poll, ballots);
}

// ── Configuring a poll ──────────────────────────────────────────────────────────────────────

/** What a facilitator asks for; nulls mean "the kind's default". */
export interface PollDraft {
  componentId: string | null;
  question: LocalizedText | null;
  options: readonly PollOption[];
  maxChoices: number | null;
  askTarget: boolean | null;
  allowChange: boolean;
}

export type PollSettings = Pick<Poll, 'componentId' | 'question' | 'options' | 'maxChoices' | 'askTarget' | 'allowChange'>;

export type ConfigureOutcome = { ok: true; settings: PollSettings } | { ok: false; message: string };

/** Check a draft against its kind's shape and fill in the defaults. Messages are for the facilitator. */
export function configurePoll(kind: PollKind, draft: PollDraft, workshop: Workshop): ConfigureOutcome {
  const definition = POLL_TYPES[kind] as PollTypeDefinition<PollKind>;
  const { shape } = definition;
  const name = definition.label.en;
  const fail = (message: string): ConfigureOutcome => ({ ok: false, message });

  let component: FrameworkComponent | null = null;
  if (draft.componentId !== null) {
    component = workshop.framework.components.find((c) => c.id === draft.componentId) ?? null;
    if (!component) return fail(`There is no component "${draft.componentId}" in this workshop's framework.`);
  } else if (shape.component === 'required') {
    return fail(`A ${name} poll assesses one component: say which.`);
  }

  const options = draft.options.map((option) => ({ id: option.id, label: { th: option.label.th.trim(), en: option.label.en.trim() } }));
  if (shape.options === null) {
    if (options.length > 0) return fail(`A ${name} poll has no options.`);
  } else {
    const { min, max } = shape.options;
    if (options.length < min || options.length > max) return fail(`A ${name} poll needs ${min} to ${max} options (got ${options.length}).`);
    if (options.some((option) => option.label.th === '' && option.label.en === '')) return fail('Every option needs a label.');
    if (new Set(options.map((option) => option.id)).size !== options.length) return fail('Two options have the same id.');
  }

  let maxChoices: number | null = null;
  if (shape.maxChoices === null) {
    if (draft.maxChoices !== null) return fail(`A ${name} poll has no limit on choices to set.`);
  } else {
    maxChoices = draft.maxChoices ?? shape.maxChoices.default(options.length);
    const max = shape.maxChoices.max(options.length);
    if (maxChoices < 1 || maxChoices > max) return fail(`${shape.maxChoices.meaning.en} must be from 1 to ${max} (got ${maxChoices}).`);
  }

  if (!shape.askTarget && draft.askTarget === true) return fail(`A ${name} poll cannot ask for a target level.`);
  const askTarget = shape.askTarget ? (draft.askTarget ?? true) : false;

  const given = draft.question && { th: draft.question.th.trim(), en: draft.question.en.trim() };
  const question = given && (given.th !== '' || given.en !== '') ? given : definition.defaultQuestion({ component, maxChoices });

  return { ok: true, settings: { componentId: draft.componentId, question, options, maxChoices, askTarget, allowChange: draft.allowChange } };
}
