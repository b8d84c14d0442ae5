import type { Participant } from '../domain/people';
import type { Language, LocalizedText } from '../domain/text';
import type { Workshop } from '../domain/workshop';
import { PHONE_PARTICIPANT_PREFIX } from '../participant/identity';
import { ERASED_VOTER_PREFIX, erasedVoter, erasedVoterSource, type ErasedBallotSource } from '../polls/ballots';
import { ERASED_MARKER, MENTION_WORDS } from './erasure-words';
export { ERASED_VOTER_PREFIX, erasedVoter, erasedVoterSource, type ErasedBallotSource };
import { LATIN_TITLES, THAI_TITLES, normaliseName, thaiDigitsToArabic } from './normalise';

/**
 * PDPA erasure beyond the register: where else in the workshop a participant can be found, and
 * the rewrite that takes them out. A person asked to be erased is not erased while their name is
 * still the owner of an action, a line of evidence, a stakeholder card or an open-text answer, nor
 * while ballots still point at their record.
 *
 * What counts as the person (`personPatterns`):
 * - the full name as registered, titles ignored ("นางสาวสมศรี ใจดี" is found as "สมศรี ใจดี",
 *   "สมศรีใจดี", "คุณสมศรี ใจดี"; a title in front is taken away with the name);
 * - the given name or the surname alone only after a title ("คุณสมศรี", "Ms Doe"): many Thai given
 *   names are ordinary words (ประเสริฐ, บุญมา), so "สมศรี" alone is not taken to be this person,
 *   and neither is a name another person on the register shares;
 * - a one-word name (as phones often give) likewise only after a title;
 * - each contact given (e-mail, phone number in any spacing, LINE id).
 * Nicknames and misspellings cannot be found this way: the erase dialog says so.
 *
 * Ballots whose voter is the person (their phone's token hash, or their participant id for a
 * ballot the facilitator entered) stay counted but are given an anonymous voter of their own.
 */

export type MentionArea = 'meta' | 'stakeholder' | 'poll' | 'ballot' | 'notes' | 'action';
export type MentionKind = 'name' | 'contact' | 'vote';
const MENTION_KIND_ORDER: readonly MentionKind[] = ['name', 'contact', 'vote'];

export interface PersonMention {
  /** Stable for one document: `action:<id>:owner`, `ballot:<id>:voter`… (list keys, tests). */
  key: string;
  area: MentionArea;
  /** Where, in words the facilitator reads (Thai and English). */
  label: LocalizedText;
  /** What was found there. */
  kinds: MentionKind[];
  participantId: string;
}

/**
 * The participants an erasure covers: one — with the phones linked to them (`participant.link`: the
 * same person, whose phone holds the name they gave) — or everyone on the register when
 * `participantId` is undefined.
 */
export function erasureTargets(workshop: Workshop, participantId?: string): Participant[] {
  return participantId === undefined ? workshop.participants : workshop.participants.filter((p) => p.id === participantId || (p.linkedTo !== undefined && p.linkedTo === participantId));
}

/** Where one participant appears beyond the register. Empty for an unknown id. */
export function findPersonMentions(workshop: Workshop, personId: string): PersonMention[] {
  return findMentions(workshop, erasureTargets(workshop, personId));
}

/**
 * Others on the register under the same name (titles and spacing aside): perhaps the same person
 * registered twice, whose record the erase dialog suggests erasing too. Never erased by itself.
 */
export function sameNameOnRegister(workshop: Workshop, personId: string): Participant[] {
  const person = workshop.participants.find((p) => p.id === personId);
  const name = person ? normaliseName(person.name) : '';
  if (name === '') return [];
  // A phone linked to them is erased with them (erasureTargets): not "someone else" to suggest.
  return workshop.participants.filter((p) => p.id !== personId && p.linkedTo !== personId && !p.erased && normaliseName(p.name) === name);
}

/**
 * The same for several (erasing everyone): one entry per person per place. A phone linked to a
 * register entry that is also in `people` is that person (`erasureTargets`): what its name or
 * contact matches is listed under the person, once per place with everything found there — the
 * person and their phone usually give the same name, and a place is one place to the facilitator.
 */
export function findMentions(workshop: Workshop, people: readonly Participant[]): PersonMention[] {
  const finders = findersFor(workshop, people);
  const ids = new Set(people.map((p) => p.id));
  const ownerOf = new Map(people.map((p) => [p.id, p.linkedTo !== undefined && ids.has(p.linkedTo) ? p.linkedTo : p.id]));
  const owner = (id: string) => ownerOf.get(id) ?? id;
  const found: PersonMention[] = [];
  rewriteTexts(workshop, (text, place) => {
    const here = new Map<string, PersonMention>();
    for (const { finder, patterns } of candidates(finders, text)) {
      const kinds: MentionKind[] = [];
      if (patterns.name && test(patterns.name, text)) kinds.push('name');
      if (patterns.contact && test(patterns.contact, text)) kinds.push('contact');
      if (kinds.length === 0) continue;
      const participantId = owner(finder.participantId);
      const seen = here.get(participantId);
      if (seen) seen.kinds = MENTION_KIND_ORDER.filter((kind) => seen.kinds.includes(kind) || kinds.includes(kind));
      else {
        const mention: PersonMention = { key: place.key, area: place.area, label: place.label(), kinds, participantId };
        here.set(participantId, mention);
        found.push(mention);
      }
    }
    return text;
  });
  const voters = voterIndex(people);
  const polls = new Map(workshop.polls.map((poll) => [poll.id, poll]));
  for (const ballot of workshop.ballots) {
    const participantId = voters.get(ballot.voter);
    if (participantId === undefined) continue;
    const poll = polls.get(ballot.pollId);
    found.push({
      key: `ballot:${ballot.id}:voter`,
      area: 'ballot',
      label: fill(MENTION_WORDS.ballotVoter, { what: poll ? quoteText(poll.question) : quote(ballot.pollId), round: String(ballot.round) }),
      kinds: ['vote'],
      participantId: owner(participantId),
    });
  }
  return found;
}

/**
 * Take `people` out of the workshop beyond the register: their names and contacts in free text
 * become the erased marker (in the workshop's language), their ballots get anonymous voters.
 * The register itself is the erase command's to blank. Returns the same document when nothing
 * was found.
 */
export function eraseMentions(workshop: Workshop, people: readonly Participant[]): Workshop {
  const marker = ERASED_MARKER[workshop.meta.language];
  const finders = findersFor(workshop, people);
  let next = rewriteTexts(workshop, (text, place) => {
    let out = text;
    for (const { patterns } of candidates(finders, text)) {
      if (patterns.name) out = out.replace(patterns.name, marker);
      if (patterns.contact) out = out.replace(patterns.contact, marker);
    }
    // A marker longer than the name it replaced must not break the field's limit.
    return out === text ? text : out.slice(0, place.max);
  });
  const voters = voterIndex(people);
  if (workshop.ballots.some((b) => voters.has(b.voter))) {
    next = {
      ...next,
      ballots: next.ballots.map((b) => {
        const participantId = voters.get(b.voter);
        if (participantId === undefined) return b;
        return { ...b, voter: erasedVoter(b.id, participantId.startsWith(PHONE_PARTICIPANT_PREFIX) ? 'phone' : 'entered') };
      }),
    };
  }
  return next;
}

// ── Patterns ─────────────────────────────────────────────────────────────────────────────────

interface Patterns {
  /** Global, so `replace` takes every occurrence; `test` resets it. */
  name: RegExp | null;
  contact: RegExp | null;
}

interface Finder {
  participantId: string;
  /**
   * Lower-case words one of which every mention contains (a word of the name, a contact, a phone
   * number's last digits): a cheap test that spares the patterns for the texts that cannot match.
   * Erasing everyone on a register of thousands looks for thousands of people in every text.
   */
  literals: string[];
  /** Built on first use: most people are mentioned nowhere. */
  patterns: () => Patterns;
}

/**
 * The finders with an index of their literals by first two characters, so a text is read once
 * whatever the number of people (Thai has no spaces to split words at; every position is tried).
 */
interface FinderSet {
  finders: readonly Finder[];
  byStart: Map<string, { literal: string; index: number }[]>;
  /** Literals of one character, looked for with `includes`. */
  short: { literal: string; index: number }[];
}

function indexFinders(finders: readonly Finder[]): FinderSet {
  const byStart = new Map<string, { literal: string; index: number }[]>();
  const short: { literal: string; index: number }[] = [];
  finders.forEach((finder, index) => {
    for (const literal of new Set(finder.literals)) {
      if (literal.length < 2) {
        if (literal.length === 1) short.push({ literal, index });
        continue;
      }
      const start = literal.slice(0, 2);
      const list = byStart.get(start);
      if (list) list.push({ literal, index });
      else byStart.set(start, [{ literal, index }]);
    }
  });
  return { finders, byStart, short };
}

/** The patterns of the people one of whose literals occurs in `text`, in the order of `set.finders`. */
function candidates(set: FinderSet, text: string): { finder: Finder; patterns: Patterns }[] {
  if (text === '') return [];
  const lower = text.toLowerCase();
  const hit = new Set<number>();
  for (const { literal, index } of set.short) if (lower.includes(literal)) hit.add(index);
  for (let i = 0; i + 1 < lower.length; i++) {
    const list = set.byStart.get(lower.slice(i, i + 2));
    if (list) for (const { literal, index } of list) if (!hit.has(index) && lower.startsWith(literal, i)) hit.add(index);
  }
  return [...hit].sort((a, b) => a - b).map((index) => ({ finder: set.finders[index]!, patterns: set.finders[index]!.patterns() }));
}

/** Between the words of a name: any spaces, or none ("สมศรีใจดี"). */
const GAP = '[\\s\\u00a0\\u200b]*';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Thai marks that continue a syllable: a name followed by one is part of a longer word. */
const THAI_CONTINUES = '\\u0E30-\\u0E3A\\u0E45\\u0E47-\\u0E4E';
const LATIN_EDGE = 'A-Za-z0-9\\u00C0-\\u024F';

const TITLE = `(?:${[
  ...THAI_TITLES.map((title) => escape(title).replaceAll(' ', GAP)),
  ...LATIN_TITLES.map((title) => `(?<![${LATIN_EDGE}])${escape(title).replaceAll(' ', GAP)}\\.?`),
].join('|')})`;
const TITLES_OPTIONAL = `(?:${TITLE}${GAP}){0,3}`;
const TITLES_REQUIRED = `(?:${TITLE}${GAP}){1,3}`;

/** A name's words as a pattern, with the edges that keep it from matching inside a longer word. */
function wordsPattern(words: readonly string[]): string {
  const text = words.join(' ');
  const start = /^[a-z0-9\u00c0-\u024f]/i.test(text) ? `(?<![${LATIN_EDGE}])` : '';
  const end = /[a-z0-9\u00c0-\u024f]$/i.test(text) ? `(?![${LATIN_EDGE}])` : `(?![${THAI_CONTINUES}])`;
  return `${start}${words.map(escape).join(GAP)}${end}`;
}

function findersFor(workshop: Workshop, people: readonly Participant[]): FinderSet {
  return indexFinders(buildFinders(workshop, people));
}

function buildFinders(workshop: Workshop, people: readonly Participant[]): Finder[] {
  // Words other people on the register are known by: a title plus one of them is not this person.
  const erasing = new Set(people.map((p) => p.id));
  const othersWords = workshop.participants
    .filter((p) => !erasing.has(p.id) && !p.erased && p.name !== '')
    .flatMap((p) => normaliseName(p.name).split(' '));
  return people.map((person) => {
    const words = normaliseName(person.name).split(' ').filter((word) => word.length > 0);
    const contacts = contactParts(person.contact);
    let built: Patterns | null = null;
    return {
      participantId: person.id,
      literals: [...words, ...contacts.map((part) => (isPhone(part) ? digitsOf(part).slice(-3) : part.toLowerCase()))],
      patterns: () => (built ??= { name: namePattern(words, othersWords), contact: contactPattern(contacts) }),
    };
  });
}

function namePattern(words: readonly string[], othersWords: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const alone = (word: string) => word.length >= 2 && !othersWords.some((other) => other.startsWith(word));

  const alternatives: string[] = [];
  if (words.length >= 2) alternatives.push(`${TITLES_OPTIONAL}${wordsPattern(words)}`);
  const single = words.length === 1 ? [words[0]!] : [words[0]!, words.at(-1)!];
  for (const word of single) if (alone(word)) alternatives.push(`${TITLES_REQUIRED}${wordsPattern([word])}`);
  return alternatives.length === 0 ? null : new RegExp(alternatives.join('|'), 'giu');
}

/** The contacts given, one by one ("somsri@example.go.th, 081-234-5678"); too short to be telling are left out. */
function contactParts(contact: string): string[] {
  return contact
    .split(/[,;\n]|\s\/\s/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 5);
}

const digitsOf = (text: string) => thaiDigitsToArabic(text).replace(/\D/g, '');
const isPhone = (part: string) => /^[+\d๐-๙\s().-]+$/.test(part) && digitsOf(part).length >= 8;

/** Each contact given: e-mail or LINE id as written (any case), a phone number in any spacing. */
function contactPattern(parts: readonly string[]): RegExp | null {
  const alternatives = parts.map((part) => {
    if (isPhone(part)) return `(?<!\\d)${[...digitsOf(part)].join('[\\s.()-]*')}(?!\\d)`;
    return escape(part);
  });
  return alternatives.length === 0 ? null : new RegExp(alternatives.join('|'), 'giu');
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** Ballot voter ids that are these people: a phone's token hash, or a participant's id. */
function voterIndex(people: readonly Participant[]): Map<string, string> {
  const voters = new Map<string, string>();
  for (const p of people) voters.set(p.id.startsWith(PHONE_PARTICIPANT_PREFIX) ? p.id.slice(PHONE_PARTICIPANT_PREFIX.length) : p.id, p.id);
  return voters;
}

// ── The places ───────────────────────────────────────────────────────────────────────────────

interface Place {
  key: string;
  area: MentionArea;
  /** The field's length limit (the domain schema's). */
  max: number;
  label: () => LocalizedText;
}

type Rewrite = (text: string, place: Place) => string;

/**
 * Every free-text field of the document that can hold a person's name, in one walk: `rewrite`
 * returns the text unchanged or changed, and only what changed is copied. The one list of places
 * both finding and erasing use, so the dialog never shows less than the erasure takes.
 */
function rewriteTexts(workshop: Workshop, rewrite: Rewrite): Workshop {
  const w = MENTION_WORDS;
  const at = (key: string, area: MentionArea, max: number, label: () => LocalizedText) => ({ key, area, max, label });
  const n = (i: number) => String(i + 1);

  const { meta } = workshop;
  const metaNext = {
    ...meta,
    title: rewrite(meta.title, at('meta:title', 'meta', 500, () => w.metaTitle)),
    organisation: rewrite(meta.organisation, at('meta:organisation', 'meta', 500, () => w.metaOrganisation)),
    venue: rewrite(meta.venue, at('meta:venue', 'meta', 500, () => w.metaVenue)),
    noteTaker: rewrite(meta.noteTaker, at('meta:noteTaker', 'meta', 500, () => w.metaNoteTaker)),
    facilitators: mapSame(meta.facilitators, (text, i) => rewrite(text, at(`meta:facilitators:${i}`, 'meta', 500, () => w.metaFacilitator))),
    objectives: mapSame(meta.objectives, (text, i) => rewrite(text, at(`meta:objectives:${i}`, 'meta', 5000, () => fill(w.metaObjective, { n: n(i) })))),
    agenda: mapSame(meta.agenda, (text, i) => rewrite(text, at(`meta:agenda:${i}`, 'meta', 5000, () => fill(w.metaAgenda, { n: n(i) })))),
  };

  const stakeholders = mapSame(workshop.stakeholders, (s) => {
    const what = () => ({ what: quote(s.name) });
    const next = {
      ...s,
      name: rewrite(s.name, at(`stakeholder:${s.id}:name`, 'stakeholder', 300, () => fill(w.stakeholderName, what()))),
      description: rewrite(s.description, at(`stakeholder:${s.id}:description`, 'stakeholder', 2000, () => fill(w.stakeholderDescription, what()))),
      notes: rewrite(s.notes, at(`stakeholder:${s.id}:notes`, 'stakeholder', 5000, () => fill(w.stakeholderNotes, what()))),
    };
    return sameFields(s, next);
  });

  const polls = mapSame(workshop.polls, (poll) => {
    const what = () => quoteText(poll.question);
    const question = rewriteLocalized(poll.question, (text, language) =>
      rewrite(text, at(`poll:${poll.id}:question:${language}`, 'poll', 5000, () => fill(w.pollQuestion, { what: what() }))),
    );
    const options = mapSame(poll.options, (option) => {
      const label = rewriteLocalized(option.label, (text, language) =>
        rewrite(text, at(`poll:${poll.id}:option:${option.id}:${language}`, 'poll', 5000, () => fill(w.pollOption, { option: quoteText(option.label), what: what() }))),
      );
      return label === option.label ? option : { ...option, label };
    });
    return question === poll.question && options === poll.options ? poll : { ...poll, question, options };
  });

  const questions = new Map(workshop.polls.map((poll) => [poll.id, poll.question]));
  const ballots = mapSame(workshop.ballots, (ballot) => {
    if (ballot.answer.kind !== 'text') return ballot;
    const question = questions.get(ballot.pollId);
    const label = () => fill(w.ballotText, { what: question ? quoteText(question) : quote(ballot.pollId), round: String(ballot.round) });
    const text = rewrite(ballot.answer.text, at(`ballot:${ballot.id}:text`, 'ballot', 280, label));
    return text === ballot.answer.text ? ballot : { ...ballot, answer: { ...ballot.answer, text } };
  });

  const components = new Map(workshop.framework.components.map((c) => [c.id, c]));
  const componentNotes = mapSame(workshop.componentNotes, (notes) => {
    const c = components.get(notes.componentId);
    const component = () => (c ? { th: `${c.code} ${c.name.th || c.name.en}`, en: `${c.code} ${c.name.en || c.name.th}` } : { th: notes.componentId, en: notes.componentId });
    const label = (words: LocalizedText, i?: number) => () => fillEach(words, component(), i === undefined ? '' : n(i));
    const key = `notes:${notes.componentId}`;
    const entries = (list: typeof notes.strengths, kind: 'strengths' | 'gaps' | 'ideas', words: LocalizedText) =>
      mapSame(list, (entry, i) => {
        const text = rewrite(entry.text, at(`${key}:${kind}:${entry.id}`, 'notes', 5000, label(words, i)));
        return text === entry.text ? entry : { ...entry, text };
      });
    const next = {
      ...notes,
      notes: rewrite(notes.notes, at(`${key}:notes`, 'notes', 20000, label(w.notes))),
      evidence: mapSame(notes.evidence, (item, i) => {
        const text = rewrite(item.text, at(`${key}:evidence:${item.id}:text`, 'notes', 5000, label(w.evidence, i)));
        const url = rewrite(item.url, at(`${key}:evidence:${item.id}:url`, 'notes', 2000, label(w.evidenceLink, i)));
        return text === item.text && url === item.url ? item : { ...item, text, url };
      }),
      strengths: entries(notes.strengths, 'strengths', w.strength),
      gaps: entries(notes.gaps, 'gaps', w.gap),
      ideas: entries(notes.ideas, 'ideas', w.idea),
    };
    return sameFields(notes, next);
  });

  const actions = mapSame(workshop.actions, (action) => {
    const what = () => ({ what: quote(action.title) });
    const next = {
      ...action,
      title: rewrite(action.title, at(`action:${action.id}:title`, 'action', 1000, () => fill(w.actionTitle, what()))),
      owner: rewrite(action.owner, at(`action:${action.id}:owner`, 'action', 300, () => fill(w.actionOwner, what()))),
      indicator: rewrite(action.indicator, at(`action:${action.id}:indicator`, 'action', 1000, () => fill(w.actionIndicator, what()))),
    };
    return sameFields(action, next);
  });

  const metaSame = sameFields(meta, metaNext);
  if (
    metaSame === meta &&
    stakeholders === workshop.stakeholders &&
    polls === workshop.polls &&
    ballots === workshop.ballots &&
    componentNotes === workshop.componentNotes &&
    actions === workshop.actions
  ) {
    return workshop;
  }
  return { ...workshop, meta: metaSame, stakeholders, polls, ballots, componentNotes, actions };
}

/** `items.map(f)`, but the same array when no item changed. */
function mapSame<T>(items: readonly T[], f: (item: T, index: number) => T): T[] {
  let changed = false;
  const next = items.map((item, i) => {
    const out = f(item, i);
    if (out !== item) changed = true;
    return out;
  });
  return changed ? next : (items as T[]);
}

/** `next` when one of its fields differs from `before`'s (by identity), else `before`. */
function sameFields<T extends object>(before: T, next: T): T {
  for (const key of Object.keys(next) as (keyof T)[]) if (next[key] !== before[key]) return next;
  return before;
}

function rewriteLocalized(text: LocalizedText, rewrite: (text: string, language: Language) => string): LocalizedText {
  const th = rewrite(text.th, 'th');
  const en = rewrite(text.en, 'en');
  return th === text.th && en === text.en ? text : { th, en };
}

// ── Labels ───────────────────────────────────────────────────────────────────────────────────

const QUOTE_MAX = 40;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > QUOTE_MAX ? `${flat.slice(0, QUOTE_MAX - 1)}…` : flat}”`;
}

/** A localized quote: each language's own text, the other's when it has none. */
function quoteText(text: LocalizedText): LocalizedText {
  return { th: quote(text.th || text.en), en: quote(text.en || text.th) };
}

type Fill = Record<string, string | LocalizedText>;

function fill(words: LocalizedText, values: Fill): LocalizedText {
  const one = (language: Language) =>
    words[language].replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = values[name];
      return value === undefined ? '' : typeof value === 'string' ? value : value[language];
    });
  return { th: one('th'), en: one('en') };
}

function fillEach(words: LocalizedText, component: LocalizedText, n: string): LocalizedText {
  return fill(words, { component, n });
}
