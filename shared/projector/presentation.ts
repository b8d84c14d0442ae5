import { z } from 'zod';
import type { Contrast } from '../charts/palette';
import type { Command } from '../commands/registry';
import type { Poll, Round } from '../domain/polls';
import type { LocalizedText } from '../domain/text';
import type { Workshop } from '../domain/workshop';
import { findPoll, latestRound, maturityPollFor } from '../polls/rounds';
import { adjacentChoice } from './deck';
import { pollOfChoice, pollOfKind, questionSubject, findComponent } from './subjects';
import { viewChoiceSchema, type ProjectorView, type TimerState, type ViewChoice } from './types';

/**
 * The live presentation: what the projector shows and how. Live state (docs/architecture.md):
 * held by the host, sent to every window with the snapshot, never saved in the workshop file —
 * so a reloaded facilitator window or projector picks it up where it was.
 */
export interface PresentationState {
  /** What the facilitator has chosen to show. */
  choice: ViewChoice;
  /** The screen is blacked out (B): the room looks at the facilitator, not the slide. */
  blank: boolean;
  /**
   * The slide as it was when frozen: the projector keeps showing it while the facilitator moves
   * on privately (the thumbnail says so). Null when not frozen.
   */
  frozen: ProjectorView | null;
  /** `high`: black on white, thicker lines, for a washed-out projector. */
  contrast: Contrast;
  timer: TimerState;
}

export const DEFAULT_TIMER_MS = 5 * 60_000;

export const INITIAL_PRESENTATION: PresentationState = Object.freeze({
  choice: { kind: 'welcome' },
  blank: false,
  frozen: null,
  contrast: 'standard',
  timer: { durationMs: DEFAULT_TIMER_MS, endsAt: null, remainingMs: DEFAULT_TIMER_MS },
}) as PresentationState;

const pollTarget = z.object({ pollId: z.string().min(1).max(100).optional() });

/** What the presenter controls send (the facilitator window's bar, its keys, a clicker). */
export const presenterCommandSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('next') }).strict(),
  z.object({ kind: z.literal('previous') }).strict(),
  pollTarget.extend({ kind: z.literal('reveal') }).strict(),
  pollTarget.extend({ kind: z.literal('hide') }).strict(),
  pollTarget.extend({ kind: z.literal('lockVoting') }).strict(),
  pollTarget.extend({ kind: z.literal('unlockVoting') }).strict(),
  pollTarget.extend({ kind: z.literal('revote') }).strict(),
  z.object({ kind: z.literal('blank'), on: z.boolean().optional() }).strict(),
  z.object({ kind: z.literal('freeze'), on: z.boolean().optional() }).strict(),
  z
    .object({
      kind: z.literal('timer'),
      action: z.enum(['start', 'pause', 'reset', 'set']),
      /** `set`, or `start` with a new length: seconds, 1 s … 24 h. */
      seconds: z.number().int().min(1).max(24 * 3600).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('contrast'), contrast: z.enum(['standard', 'high']) }).strict(),
]);
export type PresenterCommand = z.infer<typeof presenterCommandSchema>;

export const presentInputSchema = z.object({ view: viewChoiceSchema }).strict();
export type PresentInput = z.infer<typeof presentInputSchema>;

/** The round commands the presenter maps onto: the document stays the one source of truth. */
type RoundCommandType = 'round.reveal' | 'round.hide' | 'round.close' | 'round.open' | 'round.revote';
export type RoundCommand = Extract<Command, { type: RoundCommandType }>;

export type PresenterPlan =
  | {
      ok: true;
      /** The presentation after the command (applied once `roundCommand`, if any, succeeds). */
      state: PresentationState;
      /** A document command to run first, through the host's ordinary dispatch (journaled, undoable). */
      roundCommand: RoundCommand | null;
    }
  /** Refused: `reason` is what the facilitator is told (Thai and English); `message` is its English. */
  | { ok: false; message: string; reason: LocalizedText };

export interface PlanContext {
  /** Host clock, epoch ms (timers). */
  now: number;
  /** What the projector shows now, unfrozen: what freezing keeps. */
  currentView: () => ProjectorView;
}

const refuse = (reason: LocalizedText): PresenterPlan => ({ ok: false, message: reason.en, reason });

/** Why a choice cannot be shown in this workshop (Thai and English), or null when it can. */
export function checkChoice(workshop: Workshop, choice: ViewChoice): LocalizedText | null {
  switch (choice.kind) {
    case 'question':
    case 'results':
      if (!choice.pollId && !choice.componentId) {
        return { th: 'กรุณาเลือกคำถามหรือองค์ประกอบที่จะแสดงบนจอภาพ', en: 'Say which poll or component to show.' };
      }
      if (choice.componentId && !choice.pollId && !findComponent(workshop, choice.componentId)) {
        return { th: `ไม่พบองค์ประกอบ “${choice.componentId}” ในเวทีนี้ จึงแสดงบนจอภาพไม่ได้`, en: `There is no component ${choice.componentId}.` };
      }
      return questionSubject(workshop, choice)
        ? null
        : {
            th: 'ไม่พบคำถามนี้ หรือคำถามนี้ไม่มีผลที่จะแสดงเป็นสไลด์นี้ได้',
            en: 'That poll does not exist, or it is not a question with results to show here.',
          };
    case 'openText':
    case 'wordCloud':
      return pollOfKind(workshop, choice.pollId, 'text') ? null : { th: 'ไม่พบคำถามปลายเปิดนี้ อาจถูกลบไปแล้ว', en: 'That open-text poll does not exist.' };
    case 'priorities':
      return pollOfKind(workshop, choice.pollId, 'dots') ? null : { th: 'ไม่พบการโหวตจุดนี้ อาจถูกลบไปแล้ว', en: 'That dot-voting poll does not exist.' };
    default:
      return null;
  }
}

/** Show a chosen view. Choosing un-blanks the screen; a frozen screen stays frozen until released. */
export function present(state: PresentationState, workshop: Workshop, choice: ViewChoice): PresenterPlan {
  const problem = checkChoice(workshop, choice);
  if (problem) return refuse(problem);
  return { ok: true, state: { ...state, choice, blank: false }, roundCommand: null };
}

/**
 * A poll's latest round as it now stands — the shape of the `round.changed` event — which is what
 * the projector follows.
 */
export interface RoundEvent {
  pollId: string;
  round: number;
  state: Round['state'];
}

/**
 * The round events between two versions of a workshop: each poll that existed before whose latest
 * round (number or state) is not what it was. A command moves one poll's round, and so do undo and
 * redo; more than one at once means a whole document was put in place (opened, restored from a
 * backup, replayed after a crash) — not a move the facilitator just made in the room — so none.
 */
export function roundEvents(before: Workshop, after: Workshop): RoundEvent[] {
  if (before === after || before.polls === after.polls) return [];
  const earlier = new Map(before.polls.map((poll) => [poll.id, latestRound(poll)]));
  const events: RoundEvent[] = [];
  for (const poll of after.polls) {
    const now = latestRound(poll);
    // A poll that was not there (created, or brought back by undo) has not just been voted on.
    if (!now || !earlier.has(poll.id)) continue;
    const was = earlier.get(poll.id);
    if (was && was.number === now.number && was.state === now.state) continue;
    events.push({ pollId: poll.id, round: now.number, state: now.state });
  }
  return events.length === 1 ? events : [];
}

/**
 * THE rule for what the projector shows when a poll's round moves, wherever the move came from
 * (the component step's round bar, the priorities step, the presenter dock, undo and redo):
 *
 * - opened (the first round, or a re-vote) → that poll's question, with the live count and how
 *   to join: phones now show that poll, so the room must see the same one;
 * - revealed → that round's results (the histogram; the ranking; the wall of answers);
 * - closed → nothing moves (the question slide says voting has closed), except that a results
 *   slide of that poll goes back to its question: its results are no longer shown (hidden, or
 *   a reveal undone).
 *
 * Only the choice moves. A blank screen stays blank and a frozen one stays frozen: the facilitator
 * took the room's eyes off the screen on purpose. What is chosen underneath still follows, so
 * un-blanking or unfreezing shows where the vote now stands, never a stale slide. Every other
 * change (votes, tallies, edits) leaves the facilitator's choice alone. So a revealed round is not
 * necessarily a round the room saw: what the screen really drew is `resultsOnScreen`, recorded on
 * the round by the host.
 */
export function followRound(state: PresentationState, workshop: Workshop, event: Pick<RoundEvent, 'pollId' | 'state'>): PresentationState {
  const poll = workshop.polls.find((p) => p.id === event.pollId);
  if (!poll) return state;
  const current = state.choice;
  let choice: ViewChoice;
  switch (event.state) {
    case 'open':
      choice = pollSlide(workshop, poll, 'question', current);
      break;
    case 'revealed':
      choice = pollSlide(workshop, poll, 'results', current);
      break;
    case 'closed':
      choice = current.kind === 'results' && pollOfChoice(workshop, current)?.id === poll.id ? pollSlide(workshop, poll, 'question', current) : current;
      break;
  }
  return choice === current ? state : { ...state, choice };
}

/**
 * Where a poll's question or results are shown. A component's maturity poll is named by its
 * component (as the deck and the presenter's menu name it); a slide already showing that side of
 * the poll stays as it is (a word cloud stays a word cloud).
 */
function pollSlide(workshop: Workshop, poll: Poll, side: 'question' | 'results', current: ViewChoice): ViewChoice {
  switch (poll.kind) {
    case 'text':
      return (current.kind === 'openText' || current.kind === 'wordCloud') && current.pollId === poll.id ? current : { kind: 'openText', pollId: poll.id };
    case 'dots':
      return current.kind === 'priorities' && current.pollId === poll.id ? current : { kind: 'priorities', pollId: poll.id };
    default: {
      if ((current.kind === 'question' || current.kind === 'results') && pollOfChoice(workshop, current)?.id === poll.id) {
        return current.kind === side ? current : { ...current, kind: side };
      }
      const component = poll.componentId ? findComponent(workshop, poll.componentId) : null;
      if (poll.kind === 'maturity' && component && maturityPollFor(workshop, component.id)?.id === poll.id) return { kind: side, componentId: component.id };
      return { kind: side, pollId: poll.id };
    }
  }
}

const NO_POLL: LocalizedText = {
  th: 'สไลด์บนจอภาพตอนนี้ไม่มีการลงคะแนน กรุณาแสดงคำถาม คำถามปลายเปิด หรือการโหวตจุดก่อน',
  en: 'Nothing on the projector has a vote: show a question, open-text or dot-voting poll first.',
};

/**
 * What a presenter command does: the next presentation state, and the round command to run
 * first when the command means a change to the document (reveal → round.reveal, hide →
 * round.hide, lock → round.close, unlock → round.open, re-vote → round.revote). The slide a round
 * command leads to is `followRound`'s, the same as when the round bar in a step makes the move
 * (the host applies it again to the event the command causes, to the same effect); like it, these
 * leave a blank or frozen screen as it is. Pure: the host supplies the clock and runs the round
 * command through its ordinary dispatch.
 */
export function planPresenterCommand(state: PresentationState, workshop: Workshop, command: PresenterCommand, context: PlanContext): PresenterPlan {
  const roundOn = (type: RoundCommandType, poll: Poll): RoundCommand => ({ type, payload: { pollId: poll.id } }) as RoundCommand;
  const targetPoll = (pollId: string | undefined): Poll | null =>
    pollId ? (workshop.polls.find((poll) => poll.id === pollId) ?? null) : pollOfChoice(workshop, state.choice);

  switch (command.kind) {
    case 'next':
    case 'previous': {
      const choice = adjacentChoice(workshop, state.choice, command.kind === 'next' ? 1 : -1);
      return { ok: true, state: { ...state, choice, blank: false }, roundCommand: null };
    }
    case 'reveal': {
      const poll = targetPoll(command.pollId);
      if (!poll) return refuse(NO_POLL);
      const round = latestRound(poll);
      if (!round) return refuse({
          th: 'คำถามนี้ยังไม่เปิดให้ลงคะแนน จึงยังไม่มีผลให้เปิดเผย กรุณาเปิดให้ลงคะแนนก่อน',
          en: 'Voting on this poll has not started, so there are no results to reveal.',
        });
      return {
        ok: true,
        state: followRound(state, workshop, { pollId: poll.id, state: 'revealed' }),
        roundCommand: round.state === 'revealed' ? null : roundOn('round.reveal', poll),
      };
    }
    case 'hide': {
      const poll = targetPoll(command.pollId);
      if (!poll) return refuse(NO_POLL);
      return {
        ok: true,
        state: followRound(state, workshop, { pollId: poll.id, state: 'closed' }),
        roundCommand: latestRound(poll)?.state === 'revealed' ? roundOn('round.hide', poll) : null,
      };
    }
    case 'lockVoting': {
      const poll = targetPoll(command.pollId);
      if (!poll) return refuse(NO_POLL);
      return { ok: true, state: followRound(state, workshop, { pollId: poll.id, state: 'closed' }), roundCommand: roundOn('round.close', poll) };
    }
    case 'unlockVoting':
    case 'revote': {
      const poll = targetPoll(command.pollId);
      if (!poll) return refuse(NO_POLL);
      return {
        ok: true,
        state: followRound(state, workshop, { pollId: poll.id, state: 'open' }),
        roundCommand: roundOn(command.kind === 'revote' ? 'round.revote' : 'round.open', poll),
      };
    }
    case 'blank':
      return { ok: true, state: { ...state, blank: command.on ?? !state.blank }, roundCommand: null };
    case 'freeze': {
      const on = command.on ?? state.frozen === null;
      if (on === (state.frozen !== null)) return { ok: true, state, roundCommand: null };
      return { ok: true, state: { ...state, frozen: on ? context.currentView() : null }, roundCommand: null };
    }
    case 'timer':
      return { ok: true, state: { ...state, timer: nextTimer(state.timer, command, context.now) }, roundCommand: null };
    case 'contrast':
      return { ok: true, state: { ...state, contrast: command.contrast }, roundCommand: null };
  }
}

/** Time left on a timer at `now` (ms, never below zero). */
export function timerRemaining(timer: TimerState, now: number): number {
  return timer.endsAt === null ? Math.max(0, timer.remainingMs) : Math.max(0, timer.endsAt - now);
}

function nextTimer(timer: TimerState, command: Extract<PresenterCommand, { kind: 'timer' }>, now: number): TimerState {
  const durationMs = command.seconds !== undefined ? command.seconds * 1000 : timer.durationMs;
  switch (command.action) {
    case 'set':
    case 'reset':
      return { durationMs, endsAt: null, remainingMs: durationMs };
    case 'start': {
      if (timer.endsAt !== null && command.seconds === undefined) return timer;
      // A new length, or a finished timer, starts from the top; a paused one carries on.
      const left = command.seconds !== undefined || timer.remainingMs <= 0 ? durationMs : timer.remainingMs;
      return { durationMs, endsAt: now + left, remainingMs: left };
    }
    case 'pause':
      return timer.endsAt === null ? timer : { ...timer, endsAt: null, remainingMs: timerRemaining(timer, now) };
  }
}

/** What the host sends every window with the snapshot (HostSnapshot.presentation). */
export interface HostPresentation {
  state: PresentationState;
  /**
   * What the projector shows now: `toProjectorView` of the document and `state`. A running timer
   * counts down in each window from `state.timer.endsAt`: the host and its windows share one
   * machine's clock (IPC, or web mode on 127.0.0.1).
   */
  view: ProjectorView;
}

/** Where a poll stands on the projector right now, as the facilitator's round controls say it. */
export type PollOnScreen = 'blank' | 'frozen' | 'question' | 'results' | 'elsewhere';

/**
 * What the room sees of `poll` on the projector: nothing (blank), an earlier slide (frozen), its
 * question, its results (the results slide, the ranking, the wall of answers once revealed), or
 * something else. From the view the host sends, so it says what is drawn, not what was asked for.
 */
export function pollOnScreen(presentation: HostPresentation, poll: Poll): PollOnScreen {
  const view = presentation.view;
  if (view.kind === 'blank' || view.kind === 'waiting') return 'blank';
  if (presentation.state.frozen) return 'frozen';
  switch (view.kind) {
    case 'question':
    case 'results':
      return view.pollId === poll.id ? view.kind : 'elsewhere';
    case 'openText':
    case 'wordCloud':
    case 'priorities':
      if (view.pollId !== poll.id) return 'elsewhere';
      return latestRound(poll)?.state === 'revealed' ? 'results' : 'question';
    default:
      return 'elsewhere';
  }
}

/** A poll round, named as the `round.shown` command names it. */
export interface ShownRound {
  pollId: string;
  round: number;
}

/**
 * The poll round whose results the room sees on the projector in `view` (what the host sends,
 * `HostPresentation.view`), or null: a results slide, a ranking or a wall of answers of a revealed
 * round. A blank screen (and the waiting slide) shows none. A frozen screen shows what it kept,
 * so its view says which round that is — a screen frozen on the question while the round is
 * revealed shows none until it is released. A word cloud names no round: it is the poll's latest,
 * as in the document.
 *
 * The host records the first time each round is on the projector by this rule (`round.shown`,
 * `Round.shownAt`); the minutes count the rounds the room saw from that record, not from the
 * round's state (a round revealed while the screen was blank was never seen there).
 */
export function resultsOnScreen(view: ProjectorView, workshop: Workshop): ShownRound | null {
  switch (view.kind) {
    case 'results':
      return view.pollId !== null && view.round !== null && view.voting === 'revealed' ? { pollId: view.pollId, round: view.round } : null;
    case 'openText':
      return view.round !== null && view.voting === 'revealed' ? { pollId: view.pollId, round: view.round } : null;
    case 'priorities':
      return view.round !== null && view.revealed ? { pollId: view.pollId, round: view.round } : null;
    case 'wordCloud': {
      const poll = findPoll(workshop, view.pollId);
      const round = poll ? latestRound(poll) : undefined;
      return round?.state === 'revealed' ? { pollId: view.pollId, round: round.number } : null;
    }
    default:
      return null;
  }
}
