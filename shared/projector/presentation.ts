import { z } from 'zod';
import type { Contrast } from '../charts/palette';
import type { Command } from '../commands/registry';
import type { Poll } from '../domain/polls';
import type { Workshop } from '../domain/workshop';
import { latestRound } from '../polls/rounds';
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
  | { ok: false; message: string };

export interface PlanContext {
  /** Host clock, epoch ms (timers). */
  now: number;
  /** What the projector shows now, unfrozen: what freezing keeps. */
  currentView: () => ProjectorView;
}

const refuse = (message: string): PresenterPlan => ({ ok: false, message });

/** Why a choice cannot be shown in this workshop, or null when it can. */
export function checkChoice(workshop: Workshop, choice: ViewChoice): string | null {
  switch (choice.kind) {
    case 'question':
    case 'results':
      if (!choice.pollId && !choice.componentId) return 'Say which poll or component to show.';
      if (choice.componentId && !choice.pollId && !findComponent(workshop, choice.componentId)) return `There is no component ${choice.componentId}.`;
      return questionSubject(workshop, choice) ? null : 'That poll does not exist, or it is not a question with results to show here.';
    case 'openText':
    case 'wordCloud':
      return pollOfKind(workshop, choice.pollId, 'text') ? null : 'That open-text poll does not exist.';
    case 'priorities':
      return pollOfKind(workshop, choice.pollId, 'dots') ? null : 'That dot-voting poll does not exist.';
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

/** Where a poll's results are shown, by its kind. */
function resultsChoice(poll: Poll, current: ViewChoice): ViewChoice {
  switch (poll.kind) {
    case 'text':
      return current.kind === 'wordCloud' && current.pollId === poll.id ? current : { kind: 'openText', pollId: poll.id };
    case 'dots':
      return { kind: 'priorities', pollId: poll.id };
    default:
      if ((current.kind === 'question' || current.kind === 'results') && pollMatches(current, poll)) return { ...current, kind: 'results' };
      return { kind: 'results', pollId: poll.id };
  }
}

/** Back to the question (results hidden, or a new round opened), for question polls. */
function questionChoice(poll: Poll, current: ViewChoice): ViewChoice {
  if (poll.kind === 'text' || poll.kind === 'dots') return current;
  if ((current.kind === 'question' || current.kind === 'results') && pollMatches(current, poll)) return { ...current, kind: 'question' };
  return current.kind === 'results' ? { kind: 'question', pollId: poll.id } : current;
}

function pollMatches(choice: { pollId?: string; componentId?: string }, poll: Poll): boolean {
  return choice.pollId ? choice.pollId === poll.id : choice.componentId !== undefined && choice.componentId === poll.componentId;
}

const NO_POLL = 'Nothing on the projector has a vote: show a question, open-text or dot-voting poll first.';

/**
 * What a presenter command does: the next presentation state, and the round command to run
 * first when the command means a change to the document (reveal → round.reveal, hide →
 * round.hide, lock → round.close, unlock → round.open, re-vote → round.revote). Pure: the host
 * supplies the clock and runs the round command through its ordinary dispatch.
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
      if (!round) return refuse('Voting on this poll has not started, so there are no results to reveal.');
      return {
        ok: true,
        state: { ...state, choice: resultsChoice(poll, state.choice), blank: false },
        roundCommand: round.state === 'revealed' ? null : roundOn('round.reveal', poll),
      };
    }
    case 'hide': {
      const poll = targetPoll(command.pollId);
      if (!poll) return refuse(NO_POLL);
      return {
        ok: true,
        state: { ...state, choice: questionChoice(poll, state.choice) },
        roundCommand: latestRound(poll)?.state === 'revealed' ? roundOn('round.hide', poll) : null,
      };
    }
    case 'lockVoting': {
      const poll = targetPoll(command.pollId);
      if (!poll) return refuse(NO_POLL);
      return { ok: true, state, roundCommand: roundOn('round.close', poll) };
    }
    case 'unlockVoting':
    case 'revote': {
      const poll = targetPoll(command.pollId);
      if (!poll) return refuse(NO_POLL);
      return {
        ok: true,
        state: { ...state, choice: questionChoice(poll, state.choice), blank: false },
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
