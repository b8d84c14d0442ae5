import { z } from 'zod';
import type { Quadrant } from '../charts/stakeholder-grid';
import type { PollKind } from '../domain/polls';
import type { Language } from '../domain/text';
import type { PresenceStatus } from '../people/equality';
import type { GroupCount } from '../people/group-count';

/**
 * The projector's vocabulary. Two unions, kept apart on purpose:
 *
 * - `ViewChoice` — what the facilitator asks for ("the results of component 03"). Small, parsed
 *   with zod at the host boundary, kept in the host's live presentation state.
 * - `ProjectorView` — what the projector draws: one typed, self-contained data object per slide,
 *   built from the document by `toProjectorView` (OpenSlides-style: a slide queries nothing).
 *   Texts are already in the workshop's language; numbers are plain numbers; nothing is in it
 *   that the room may not see (unrevealed results, unmoderated answers, small groups).
 */

export const VIEW_KINDS = [
  'welcome',
  'framework',
  'join',
  'question',
  'results',
  'stakeholders',
  'representation',
  'openText',
  'wordCloud',
  'priorities',
  'actionPlan',
  'timer',
  'blank',
  'waiting',
] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];

const id = z.string().min(1).max(100);
const componentId = z.string().min(1).max(20);

/** A poll's question or results: by poll, or by component (its maturity poll, if it has one yet). */
const subject = { pollId: id.optional(), componentId: componentId.optional() };

export const viewChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('welcome') }).strict(),
  z.object({ kind: z.literal('framework') }).strict(),
  z.object({ kind: z.literal('join') }).strict(),
  z.object({ kind: z.literal('question'), ...subject }).strict(),
  z.object({ kind: z.literal('results'), ...subject }).strict(),
  z.object({ kind: z.literal('stakeholders') }).strict(),
  z.object({ kind: z.literal('representation') }).strict(),
  z.object({ kind: z.literal('openText'), pollId: id }).strict(),
  z.object({ kind: z.literal('wordCloud'), pollId: id }).strict(),
  z.object({ kind: z.literal('priorities'), pollId: id }).strict(),
  z.object({ kind: z.literal('actionPlan') }).strict(),
  z.object({ kind: z.literal('timer') }).strict(),
]);
export type ViewChoice = z.infer<typeof viewChoiceSchema>;
/** The kinds a facilitator can choose; `blank` is a switch over any of them, `waiting` the host's. */
export type ChoosableKind = ViewChoice['kind'];

// ── What the projector draws ────────────────────────────────────────────────────────────────

interface ViewBase {
  /** The workshop's language: the slide's fixed words follow it, not the facilitator's UI. */
  language: Language;
}

export interface WelcomeView extends ViewBase {
  kind: 'welcome';
  title: string;
  organisation: string;
  meetingNumber: string;
  /** ISO date (CE); the slide writes it in พ.ศ. in Thai. Empty when not set. */
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
}

export interface FrameworkView extends ViewBase {
  kind: 'framework';
  name: string;
  source: string;
  principles: { number: number; name: string }[];
  components: { code: string; name: string }[];
}

/** How phones join, from the participant server; null where phone voting is not available. */
export interface JoinAccess {
  running: boolean;
  url: string | null;
  sessionCode: string;
  /** SVG markup from `qrcode`: shown as an <img> data: URL, never as markup. */
  qrSvg: string | null;
  joinOpen: boolean;
  loopbackOnly: boolean;
}

export interface JoinView extends ViewBase {
  kind: 'join';
  title: string;
  access: JoinAccess | null;
  /** People in the room who joined from a phone, counted as people (`attendance(…).joinedByPhone`), not devices. */
  joined: number;
  /** Phones with the live page open right now; null when unknown. */
  connected: number | null;
}

export interface ComponentSummary {
  code: string;
  name: string;
  definition: string;
}

/** The state of a poll's latest round, as the room should know it. */
export type VotingState = 'notStarted' | 'open' | 'closed' | 'revealed';

export interface QuestionView extends ViewBase {
  kind: 'question';
  pollId: string | null;
  pollKind: PollKind;
  component: ComponentSummary | null;
  question: string;
  /** Maturity polls: the five levels with their names and this component's descriptions. */
  scale: { level: number; name: string; description: string }[];
  /** Choice and dot polls: the options, in the poll's order. */
  options: string[];
  askTarget: boolean;
  round: number | null;
  voting: VotingState;
  /** Responses so far in the latest round: a count, never what they say. */
  responses: number;
  checkedIn: number;
  /**
   * While voting is open and phones can join: where to answer (the address, the session code,
   * the QR code), for whoever has not joined yet. Null otherwise.
   */
  join: QuestionJoin | null;
}

/** How to answer from a phone, on the question slide. */
export interface QuestionJoin {
  url: string;
  sessionCode: string;
  /** SVG markup from `qrcode`: shown as an <img> data: URL, never as markup. */
  qrSvg: string | null;
}

export type SectorResult =
  | { label: string; suppressed: false; n: number; median: number | null; counts: number[] }
  | { label: string; suppressed: true; reason: 'below-minimum' | 'complementary' | 'no-responses' };

export interface MaturityResults {
  /** counts[0] is level 1. */
  counts: number[];
  abstain: number;
  answered: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** Tastle & Wierman, 0…1. */
  consensus: number | null;
  targetMedian: number | null;
  gap: number | null;
  /** Against the previous round; null for the first round. */
  shift: { fromRound: number; median: number | null; consensus: number | null; before: { median: number | null; n: number } } | null;
  /** Sectors below the minimum group size (or giving one away) are withheld. */
  bySector: SectorResult[];
  minGroupSize: number;
}

export interface ChoiceResults {
  options: { label: string; count: number }[];
}

export interface ResultsView extends ViewBase {
  kind: 'results';
  pollId: string | null;
  pollKind: PollKind;
  component: ComponentSummary | null;
  question: string;
  /** Level names "ไม่มี/เริ่มต้น" … for the chart's labels. */
  levelNames: string[];
  round: number | null;
  voting: VotingState;
  responses: number;
  /** Only when the round is revealed; otherwise nothing of the results is in the view. */
  maturity: MaturityResults | null;
  choices: ChoiceResults | null;
}

export interface StakeholdersView extends ViewBase {
  kind: 'stakeholders';
  stakeholders: { id: string; name: string; influence: number; interest: number }[];
  quadrantLabels: Record<Quadrant, string>;
}

export interface RepresentationRow {
  label: string;
  /** Exact, or "fewer than N" / withheld for small groups. */
  count: GroupCount;
  status: PresenceStatus;
}

export interface RepresentationView extends ViewBase {
  kind: 'representation';
  checkedIn: number;
  minGroupSize: number;
  sectors: RepresentationRow[];
  socialGroups: RepresentationRow[];
  groupsDeclaredBy: number;
  /** Sentences about gaps to read out, most important first (at most a few). */
  sentences: { severity: 'gap' | 'thin' | 'ok'; text: string }[];
}

export interface OpenTextView extends ViewBase {
  kind: 'openText';
  pollId: string;
  question: string;
  /** Approved answers only, newest first. */
  answers: { id: string; text: string }[];
  round: number | null;
  voting: VotingState;
}

export interface CloudWord {
  text: string;
  count: number;
  /** Size class 1 (rare) … 6 (most frequent). */
  weight: number;
}

export interface WordCloudView extends ViewBase {
  kind: 'wordCloud';
  pollId: string;
  question: string;
  /** In display order (the most frequent near the middle), at most `WORD_CLOUD_LIMIT`. */
  words: CloudWord[];
  /** Approved answers the words come from. */
  answers: number;
}

export interface PrioritiesView extends ViewBase {
  kind: 'priorities';
  pollId: string;
  question: string;
  round: number | null;
  voting: VotingState;
  respondents: number;
  /** Revealed: ranked, with dots. Otherwise: the items in the poll's order, with no dots. */
  revealed: boolean;
  items: { rank: number | null; label: string; dots: number | null; voters: number | null }[];
  dotsPlaced: number | null;
}

export interface ActionPlanView extends ViewBase {
  kind: 'actionPlan';
  /** Actions chosen into the plan, in the plan order (shared/polls/plan-order.ts). */
  actions: {
    id: string;
    title: string;
    owner: string;
    due: string;
    indicator: string;
    priority: 'high' | 'medium' | 'low';
    componentCode: string | null;
  }[];
}

export interface TimerState {
  /** The length set, in ms. */
  durationMs: number;
  /** While running: when it reaches zero (host clock, epoch ms). Null while paused or stopped. */
  endsAt: number | null;
  /** While paused: what is left. */
  remainingMs: number;
}

export interface TimerView extends ViewBase {
  kind: 'timer';
  timer: TimerState;
  title: string;
}

export interface BlankView extends ViewBase {
  kind: 'blank';
}

export interface WaitingView extends ViewBase {
  kind: 'waiting';
}

export type ProjectorView =
  | WelcomeView
  | FrameworkView
  | JoinView
  | QuestionView
  | ResultsView
  | StakeholdersView
  | RepresentationView
  | OpenTextView
  | WordCloudView
  | PrioritiesView
  | ActionPlanView
  | TimerView
  | BlankView
  | WaitingView;

export type ViewOf<K extends ViewKind> = Extract<ProjectorView, { kind: K }>;

// Compile-time check: every kind has exactly one view type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const kindsMatch: Same<ViewKind, ProjectorView['kind']> = true;
void kindsMatch;
