import { describe, expect, it } from 'vitest';
import { aPoll, aRound, aWorkshop } from '../polls/test-builders';
import { adjacentChoice, choiceKey, projectorDeck } from './deck';
import {
  INITIAL_PRESENTATION,
  followRound,
  planPresenterCommand,
  pollOnScreen,
  present,
  presenterCommandSchema,
  resultsOnScreen,
  roundEvents,
  timerRemaining,
  type PresentationState,
  type PresenterCommand,
} from './presentation';
import { toProjectorView } from './to-view';
import type { ProjectorView, ViewChoice } from './types';

const frozenView: ProjectorView = { kind: 'welcome', language: 'th', title: 'frozen', organisation: '', meetingNumber: '', date: '', startTime: '', endTime: '', venue: '' };
const context = { now: 1_000_000, currentView: () => frozenView };
const showing = (choice: ViewChoice, extra: Partial<PresentationState> = {}): PresentationState => ({ ...INITIAL_PRESENTATION, choice, ...extra });

const maturity = (state: 'open' | 'closed' | 'revealed' | null) =>
  aPoll('maturity', { id: 'm3', componentId: 'C03', rounds: state ? [aRound(1, state)] : [] });
const workshopWith = (...polls: ReturnType<typeof aPoll>[]) => aWorkshop({ polls });

function plan(state: PresentationState, command: PresenterCommand, workshop = workshopWith(maturity('open'))) {
  const outcome = planPresenterCommand(state, workshop, command, context);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('presenter commands', () => {
  it('reveal maps to round.reveal on the poll on screen, and moves the question to its results', () => {
    const outcome = plan(showing({ kind: 'question', componentId: 'C03' }), { kind: 'reveal' });
    expect(outcome.roundCommand).toEqual({ type: 'round.reveal', payload: { pollId: 'm3' } });
    expect(outcome.state.choice).toEqual({ kind: 'results', componentId: 'C03' });
  });

  it('reveal of results already revealed only shows them (no command the reducer would refuse)', () => {
    const outcome = plan(showing({ kind: 'question', componentId: 'C03' }), { kind: 'reveal' }, workshopWith(maturity('revealed')));
    expect(outcome.roundCommand).toBeNull();
    expect(outcome.state.choice.kind).toBe('results');
  });

  it('hide maps to round.hide and goes back to the question', () => {
    const outcome = plan(showing({ kind: 'results', componentId: 'C03' }), { kind: 'hide' }, workshopWith(maturity('revealed')));
    expect(outcome.roundCommand).toEqual({ type: 'round.hide', payload: { pollId: 'm3' } });
    expect(outcome.state.choice).toEqual({ kind: 'question', componentId: 'C03' });
  });

  it('lock maps to round.close, unlock to round.open, re-vote to round.revote', () => {
    const on = showing({ kind: 'question', componentId: 'C03' });
    expect(plan(on, { kind: 'lockVoting' }).roundCommand).toEqual({ type: 'round.close', payload: { pollId: 'm3' } });
    expect(plan(on, { kind: 'unlockVoting' }, workshopWith(maturity(null))).roundCommand).toEqual({ type: 'round.open', payload: { pollId: 'm3' } });
    expect(plan(showing({ kind: 'results', componentId: 'C03' }), { kind: 'revote' }, workshopWith(maturity('revealed')))).toMatchObject({
      roundCommand: { type: 'round.revote', payload: { pollId: 'm3' } },
      state: { choice: { kind: 'question', componentId: 'C03' } },
    });
  });

  it('acts on a poll named in the command, whatever is on screen', () => {
    const text = aPoll('text', { id: 't1', rounds: [aRound(1, 'closed')] });
    const outcome = plan(showing({ kind: 'welcome' }), { kind: 'reveal', pollId: 't1' }, workshopWith(text));
    expect(outcome.roundCommand).toEqual({ type: 'round.reveal', payload: { pollId: 't1' } });
    expect(outcome.state.choice).toEqual({ kind: 'openText', pollId: 't1' });
  });

  it('refuses vote commands when nothing on screen has a vote', () => {
    for (const kind of ['reveal', 'hide', 'lockVoting', 'unlockVoting', 'revote'] as const) {
      const outcome = planPresenterCommand(showing({ kind: 'framework' }), workshopWith(), { kind }, context);
      expect(outcome.ok).toBe(false);
    }
    expect(planPresenterCommand(showing({ kind: 'question', componentId: 'C03' }), workshopWith(maturity(null)), { kind: 'reveal' }, context)).toMatchObject({ ok: false });
    // Each refusal says why in Thai too; `message` is its English.
    const refused = planPresenterCommand(showing({ kind: 'framework' }), workshopWith(), { kind: 'reveal' }, context);
    expect(refused).toMatchObject({ ok: false, reason: { th: expect.stringContaining('จอภาพ') } });
    if (!refused.ok) expect(refused.message).toBe(refused.reason.en);
  });

  it('blank toggles (or is set), and choosing or moving on un-blanks', () => {
    const blank = plan(INITIAL_PRESENTATION, { kind: 'blank' }).state;
    expect(blank.blank).toBe(true);
    expect(plan(blank, { kind: 'blank' }).state.blank).toBe(false);
    expect(plan(blank, { kind: 'blank', on: true }).state.blank).toBe(true);
    expect(plan(blank, { kind: 'next' }).state.blank).toBe(false);
    const chosen = present(blank, workshopWith(), { kind: 'framework' });
    expect(chosen).toMatchObject({ ok: true, state: { blank: false, choice: { kind: 'framework' } } });
  });

  it('freeze keeps the current view; releasing it lets the projector follow again', () => {
    const frozen = plan(INITIAL_PRESENTATION, { kind: 'freeze' }).state;
    expect(frozen.frozen).toBe(frozenView);
    const moved = plan(frozen, { kind: 'next' }).state;
    expect(moved.frozen).toBe(frozenView);
    expect(moved.choice.kind).toBe('framework');
    expect(plan(moved, { kind: 'freeze' }).state.frozen).toBeNull();
    expect(plan(frozen, { kind: 'freeze', on: true }).state).toBe(frozen);
  });

  it('the timer starts, pauses with what is left, carries on, resets, and takes a new length', () => {
    const set = plan(INITIAL_PRESENTATION, { kind: 'timer', action: 'set', seconds: 120 }).state;
    expect(set.timer).toEqual({ durationMs: 120_000, endsAt: null, remainingMs: 120_000 });
    const started = planPresenterCommand(set, workshopWith(), { kind: 'timer', action: 'start' }, { ...context, now: 0 });
    const running = started.ok ? started.state.timer : null;
    expect(running).toEqual({ durationMs: 120_000, endsAt: 120_000, remainingMs: 120_000 });
    const paused = planPresenterCommand({ ...set, timer: running! }, workshopWith(), { kind: 'timer', action: 'pause' }, { ...context, now: 30_000 });
    expect(paused.ok && paused.state.timer).toEqual({ durationMs: 120_000, endsAt: null, remainingMs: 90_000 });
    const resumed = planPresenterCommand(paused.ok ? paused.state : set, workshopWith(), { kind: 'timer', action: 'start' }, { ...context, now: 40_000 });
    expect(resumed.ok && resumed.state.timer.endsAt).toBe(130_000);
    expect(timerRemaining({ durationMs: 1, endsAt: 100, remainingMs: 1 }, 500)).toBe(0);
    expect(plan(set, { kind: 'timer', action: 'start', seconds: 60 }).state.timer).toEqual({ durationMs: 60_000, endsAt: context.now + 60_000, remainingMs: 60_000 });
    expect(plan(set, { kind: 'timer', action: 'reset' }).state.timer).toEqual({ durationMs: 120_000, endsAt: null, remainingMs: 120_000 });
  });

  it('contrast switches the theme', () => {
    expect(plan(INITIAL_PRESENTATION, { kind: 'contrast', contrast: 'high' }).state.contrast).toBe('high');
  });

  it('parses commands strictly at the boundary', () => {
    expect(presenterCommandSchema.safeParse({ kind: 'next' }).success).toBe(true);
    expect(presenterCommandSchema.safeParse({ kind: 'reveal', pollId: 'm3' }).success).toBe(true);
    expect(presenterCommandSchema.safeParse({ kind: 'next', extra: 1 }).success).toBe(false);
    expect(presenterCommandSchema.safeParse({ kind: 'timer', action: 'start', seconds: 0 }).success).toBe(false);
    expect(presenterCommandSchema.safeParse({ kind: 'dispatch' }).success).toBe(false);
  });

  it('refuses to present what does not exist', () => {
    expect(present(INITIAL_PRESENTATION, workshopWith(), { kind: 'openText', pollId: 'nope' })).toMatchObject({
      ok: false,
      message: 'That open-text poll does not exist.',
      reason: { th: 'ไม่พบคำถามปลายเปิดนี้ อาจถูกลบไปแล้ว', en: 'That open-text poll does not exist.' },
    });
    expect(present(INITIAL_PRESENTATION, workshopWith(), { kind: 'results', componentId: 'C99' })).toMatchObject({ ok: false });
    expect(present(INITIAL_PRESENTATION, workshopWith(maturity('open')), { kind: 'openText', pollId: 'm3' })).toMatchObject({ ok: false });
  });
});

describe('the projector follows the vote (one rule: followRound)', () => {
  // Component 01 revealed, component 02's maturity poll about to open: the walkthrough's morning.
  const c01 = (state: 'open' | 'closed' | 'revealed') => aPoll('maturity', { id: 'm1', componentId: 'C01', rounds: [aRound(1, state)] });
  const c02 = (...rounds: ReturnType<typeof aRound>[]) => aPoll('maturity', { id: 'm2', componentId: 'C02', rounds });

  it('opening a round shows that poll’s question, wherever the projector was', () => {
    const on01Results = showing({ kind: 'results', componentId: 'C01' });
    const workshop = workshopWith(c01('revealed'), c02(aRound(1, 'open')));
    expect(followRound(on01Results, workshop, { pollId: 'm2', state: 'open' }).choice).toEqual({ kind: 'question', componentId: 'C02' });
    expect(followRound(showing({ kind: 'timer' }), workshop, { pollId: 'm2', state: 'open' }).choice).toEqual({ kind: 'question', componentId: 'C02' });
  });

  it('revealing shows that round’s results; a re-vote shows the question again', () => {
    const workshop = workshopWith(c01('revealed'), c02(aRound(1, 'revealed')));
    const revealed = followRound(showing({ kind: 'question', componentId: 'C02' }), workshop, { pollId: 'm2', state: 'revealed' });
    expect(revealed.choice).toEqual({ kind: 'results', componentId: 'C02' });
    // The results really are on it: the histogram, not the question with a badge.
    expect(toProjectorView(workshop, revealed)).toMatchObject({ kind: 'results', pollId: 'm2', voting: 'revealed', maturity: { answered: 0 } });
    const revote = workshopWith(c01('revealed'), c02(aRound(1, 'revealed'), aRound(2, 'open')));
    expect(followRound(revealed, revote, { pollId: 'm2', state: 'open' }).choice).toEqual({ kind: 'question', componentId: 'C02' });
  });

  it('a poll chosen by id keeps being named by id', () => {
    const workshop = workshopWith(c02(aRound(1, 'revealed')));
    expect(followRound(showing({ kind: 'question', pollId: 'm2' }), workshop, { pollId: 'm2', state: 'revealed' }).choice).toEqual({ kind: 'results', pollId: 'm2' });
  });

  it('closing moves nothing, except a results slide of that poll back to its question', () => {
    const workshop = workshopWith(c01('closed'), c02(aRound(1, 'closed')));
    const onQuestion = showing({ kind: 'question', componentId: 'C02' });
    expect(followRound(onQuestion, workshop, { pollId: 'm2', state: 'closed' })).toBe(onQuestion);
    const elsewhere = showing({ kind: 'results', componentId: 'C01' });
    expect(followRound(elsewhere, workshop, { pollId: 'm2', state: 'closed' })).toBe(elsewhere);
    expect(followRound(showing({ kind: 'results', componentId: 'C02' }), workshop, { pollId: 'm2', state: 'closed' }).choice).toEqual({ kind: 'question', componentId: 'C02' });
  });

  it('a blank screen stays blank and a frozen one stays frozen; the slide underneath follows', () => {
    const workshop = workshopWith(c01('revealed'), c02(aRound(1, 'revealed')));
    const blank = followRound(showing({ kind: 'question', componentId: 'C02' }, { blank: true }), workshop, { pollId: 'm2', state: 'revealed' });
    expect(blank).toMatchObject({ blank: true, choice: { kind: 'results', componentId: 'C02' } });
    expect(toProjectorView(workshop, blank).kind).toBe('blank');
    const frozen = followRound(showing({ kind: 'question', componentId: 'C02' }, { frozen: frozenView }), workshop, { pollId: 'm2', state: 'revealed' });
    expect(frozen.frozen).toBe(frozenView);
    expect(toProjectorView(workshop, frozen)).toBe(frozenView);
    expect(toProjectorView(workshop, { ...frozen, frozen: null }).kind).toBe('results');
  });

  it('open text shows its wall (a word cloud stays a word cloud), dot voting its ranking, a choice poll its question by id', () => {
    const text = aPoll('text', { id: 't1', rounds: [aRound(1, 'revealed')] });
    const dots = aPoll('dots', { id: 'd1', rounds: [aRound(1, 'open')] });
    const single = aPoll('single', { id: 's1', rounds: [aRound(1, 'open')] });
    const workshop = workshopWith(text, dots, single);
    expect(followRound(INITIAL_PRESENTATION, workshop, { pollId: 't1', state: 'open' }).choice).toEqual({ kind: 'openText', pollId: 't1' });
    const cloud = showing({ kind: 'wordCloud', pollId: 't1' });
    expect(followRound(cloud, workshop, { pollId: 't1', state: 'revealed' })).toBe(cloud);
    expect(followRound(INITIAL_PRESENTATION, workshop, { pollId: 'd1', state: 'revealed' }).choice).toEqual({ kind: 'priorities', pollId: 'd1' });
    expect(followRound(INITIAL_PRESENTATION, workshop, { pollId: 's1', state: 'open' }).choice).toEqual({ kind: 'question', pollId: 's1' });
    expect(followRound(INITIAL_PRESENTATION, workshop, { pollId: 'gone', state: 'open' })).toBe(INITIAL_PRESENTATION);
  });

  it('the presenter’s reveal leads to the same slide, and leaves a blank screen blank', () => {
    const workshop = workshopWith(c02(aRound(1, 'closed')));
    const outcome = plan(showing({ kind: 'question', componentId: 'C02' }, { blank: true }), { kind: 'reveal' }, workshop);
    expect(outcome.roundCommand).toEqual({ type: 'round.reveal', payload: { pollId: 'm2' } });
    expect(outcome.state).toMatchObject({ blank: true, choice: { kind: 'results', componentId: 'C02' } });
  });

  it('round events: the one poll whose latest round moved; nothing for a whole document put in place', () => {
    const before = workshopWith(c01('revealed'), c02());
    expect(roundEvents(before, before)).toEqual([]);
    expect(roundEvents(before, workshopWith(c01('revealed'), c02(aRound(1, 'open'))))).toEqual([{ pollId: 'm2', round: 1, state: 'open' }]);
    expect(roundEvents(workshopWith(c01('revealed')), workshopWith(c01('closed')))).toEqual([{ pollId: 'm1', round: 1, state: 'closed' }]);
    // A re-vote undone: the latest round is round 1 again.
    expect(roundEvents(workshopWith(c02(aRound(1, 'revealed'), aRound(2, 'open'))), workshopWith(c02(aRound(1, 'revealed'))))).toEqual([{ pollId: 'm2', round: 1, state: 'revealed' }]);
    // A new poll (or one brought back by undo) has not just been voted on.
    expect(roundEvents(workshopWith(), workshopWith(c01('revealed')))).toEqual([]);
    // Two polls at once: a document opened or restored, not a move in the room.
    expect(roundEvents(before, workshopWith(c01('closed'), c02(aRound(1, 'open'))))).toEqual([]);
    // Votes and edits move no round.
    expect(roundEvents(before, { ...before, ballots: [] })).toEqual([]);
  });

  it('says what the projector draws of a poll: blank, frozen, its question, its results, or something else', () => {
    const workshop = workshopWith(c01('revealed'), c02(aRound(1, 'open')));
    const on = (state: PresentationState) => ({ state, view: toProjectorView(workshop, state) });
    const m2 = workshop.polls[1]!;
    expect(pollOnScreen(on(showing({ kind: 'question', componentId: 'C02' })), m2)).toBe('question');
    expect(pollOnScreen(on(showing({ kind: 'results', componentId: 'C02' })), m2)).toBe('results');
    expect(pollOnScreen(on(showing({ kind: 'results', componentId: 'C01' })), m2)).toBe('elsewhere');
    expect(pollOnScreen(on(showing({ kind: 'question', componentId: 'C02' }, { blank: true })), m2)).toBe('blank');
    expect(pollOnScreen(on(showing({ kind: 'question', componentId: 'C02' }, { frozen: frozenView })), m2)).toBe('frozen');
  });

  it('says which round’s results the room sees: a revealed round’s results, ranking or wall — not blank, not frozen on another slide', () => {
    const text = aPoll('text', { id: 't1', rounds: [aRound(1, 'closed'), aRound(2, 'revealed')] });
    const dots = aPoll('dots', { id: 'd1', rounds: [aRound(1, 'revealed')] });
    const workshop = workshopWith(c01('revealed'), c02(aRound(1, 'closed')), text, dots);
    const seen = (choice: ViewChoice, extra: Partial<PresentationState> = {}) => resultsOnScreen(toProjectorView(workshop, showing(choice, extra)), workshop);
    expect(seen({ kind: 'results', componentId: 'C01' })).toEqual({ pollId: 'm1', round: 1 });
    expect(seen({ kind: 'openText', pollId: 't1' })).toEqual({ pollId: 't1', round: 2 });
    expect(seen({ kind: 'wordCloud', pollId: 't1' })).toEqual({ pollId: 't1', round: 2 });
    expect(seen({ kind: 'priorities', pollId: 'd1' })).toEqual({ pollId: 'd1', round: 1 });
    // Not revealed, not results, not on the screen.
    expect(seen({ kind: 'results', componentId: 'C02' })).toBeNull();
    expect(seen({ kind: 'question', componentId: 'C01' })).toBeNull();
    expect(seen({ kind: 'results', componentId: 'C01' }, { blank: true })).toBeNull();
    expect(seen({ kind: 'results', componentId: 'C01' }, { frozen: frozenView })).toBeNull();
    // A screen frozen on the results keeps showing them.
    const kept = toProjectorView(workshop, showing({ kind: 'results', componentId: 'C01' }));
    expect(seen({ kind: 'framework' }, { frozen: kept })).toEqual({ pollId: 'm1', round: 1 });
    expect(resultsOnScreen(toProjectorView(null, INITIAL_PRESENTATION), workshop)).toBeNull();
  });
});

describe('the deck', () => {
  it('runs welcome, framework, join, each component’s question and results, the map, the room, other polls, the plan, the timer', () => {
    const text = aPoll('text', { id: 't1' });
    const dots = aPoll('dots', { id: 'd1' });
    const keys = projectorDeck(workshopWith(maturity('open'), text, dots)).map((entry) => entry.key);
    expect(keys.slice(0, 5)).toEqual(['welcome', 'framework', 'join', 'question:C01', 'results:C01']);
    expect(keys.slice(19)).toEqual(['stakeholders', 'representation', 'openText:poll:t1', 'wordCloud:poll:t1', 'priorities:poll:d1', 'actionPlan', 'timer']);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('next and previous move along it and stop at either end', () => {
    const workshop = workshopWith();
    expect(adjacentChoice(workshop, { kind: 'welcome' }, 1)).toEqual({ kind: 'framework' });
    expect(adjacentChoice(workshop, { kind: 'welcome' }, -1)).toEqual({ kind: 'welcome' });
    expect(adjacentChoice(workshop, { kind: 'question', componentId: 'C01' }, 1)).toEqual({ kind: 'results', componentId: 'C01' });
    expect(adjacentChoice(workshop, { kind: 'timer' }, 1)).toEqual({ kind: 'timer' });
  });

  it('places a maturity poll chosen by id at its component', () => {
    expect(adjacentChoice(workshopWith(maturity('open')), { kind: 'question', pollId: 'm3' }, 1)).toEqual({ kind: 'results', componentId: 'C03' });
    expect(choiceKey({ kind: 'results', pollId: 'm3' })).toBe('results:poll:m3');
  });
});
