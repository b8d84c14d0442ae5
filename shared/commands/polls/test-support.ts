import type { Actor, ApplyOutcome, CommandRefusal } from '../define';
import type { DomainEvent } from '../events';
import { applyCommand, parseCommand } from '../reducer';
import { createWorkshop } from '../../domain/create';
import type { Answer, Poll } from '../../domain/polls';
import type { Participant } from '../../domain/people';
import type { LocalizedText } from '../../domain/text';
import type { Workshop } from '../../domain/workshop';

/** Test helpers named after the room: a facilitator, phones, and a Room that runs commands in order. */

export const facilitator: Actor = { kind: 'facilitator' };
export const system: Actor = { kind: 'system' };
export const phone = (name: string): Actor => ({ kind: 'participant', tokenHash: `hash-of-${name}` });

export function aParticipant(id: string, fields: Partial<Participant> = {}): Participant {
  return {
    id,
    code: id.toUpperCase(),
    name: `Person ${id}`,
    organisation: '',
    sector: '',
    contact: '',
    socialGroups: [],
    groupsConsent: false,
    checkedInAt: null,
    source: 'register',
    erased: false,
    ...fields,
  };
}

/**
 * A command's refusal must say why in both languages (shared/commands/define.ts `rejected`): the
 * reason's English is the message, and its Thai is Thai. Throws, naming the refusal, when not.
 */
export function checkLocalized(refusal: CommandRefusal): void {
  const { reason, message } = refusal;
  if (!reason) throw new Error(`refused without a Thai and English reason: ${message}`);
  if (reason.en.trim() === '' || reason.en !== message) throw new Error(`the reason's English is not the message: ${JSON.stringify(reason)} / ${message}`);
  if (!/[\u0E01-\u0E5B]/.test(reason.th)) throw new Error(`the reason's Thai is not Thai: ${JSON.stringify(reason)}`);
}


export class Room {
  workshop: Workshop;
  events: DomainEvent[] = [];
  private seq = 0;

  constructor(workshop: Workshop = createWorkshop({ id: 'w1', createdAt: '2026-11-26T02:00:00.000Z' })) {
    this.workshop = workshop;
  }

  /** Parse and apply a command as the host would; the command's id is `cmd-N`. */
  attempt(command: unknown, actor: Actor = facilitator): ApplyOutcome {
    const parsed = parseCommand(command);
    if (!parsed.ok) return { ok: false, error: { code: 'REJECTED', message: `INVALID: ${parsed.error.message}` } };
    this.seq += 1;
    const at = new Date(Date.UTC(2026, 10, 26, 3, 0, this.seq)).toISOString();
    const outcome = applyCommand(this.workshop, parsed.command, { at, commandId: `cmd-${this.seq}`, actor });
    if (outcome.ok) {
      this.workshop = outcome.document;
      this.events.push(...outcome.events);
    }
    return outcome;
  }

  /** Run a command that must succeed; returns its id (which new polls, ballots and entries take). */
  do(type: string, payload: unknown, actor: Actor = facilitator): string {
    const outcome = this.attempt({ type, payload }, actor);
    if (!outcome.ok) throw new Error(`${type} was refused: ${outcome.error.message}`);
    return `cmd-${this.seq}`;
  }

  /**
   * Run a command that must be refused; returns the (English) message, and checks nothing changed
   * and that the command said why in Thai and English (a payload its schema refuses has no reason).
   */
  refusal(type: string, payload: unknown, actor: Actor = facilitator): string {
    return this.refused(type, payload, actor).message;
  }

  /** Run a command that must be refused; returns why, in Thai and English. */
  reason(type: string, payload: unknown, actor: Actor = facilitator): LocalizedText {
    const refusal = this.refused(type, payload, actor);
    if (!refusal.reason) throw new Error(`${type} was refused by its schema, with no reason: ${refusal.message}`);
    return refusal.reason;
  }

  private refused(type: string, payload: unknown, actor: Actor): CommandRefusal {
    const before = this.workshop;
    const outcome = this.attempt({ type, payload }, actor);
    if (outcome.ok) throw new Error(`${type} was accepted but should have been refused`);
    if (this.workshop !== before) throw new Error('a refused command changed the document');
    if (!outcome.error.message.startsWith('INVALID: ')) checkLocalized(outcome.error);
    return outcome.error;
  }

  poll(id: string): Poll {
    const poll = this.workshop.polls.find((p) => p.id === id);
    if (!poll) throw new Error(`no poll ${id}`);
    return poll;
  }

  // ── The steps of a workshop, in the room's words ──

  maturityPoll(componentId: string, extra: Record<string, unknown> = {}): string {
    return this.do('poll.create', { kind: 'maturity', componentId, ...extra });
  }

  openVoting(pollId: string): void {
    this.do('round.open', { pollId });
  }

  vote(voter: string, pollId: string, answer: Answer, extra: Record<string, unknown> = {}): string {
    return this.do('ballot.cast', { pollId, answer, ...extra }, phone(voter));
  }

  rate(voter: string, pollId: string, current: number | 'abstain', target: number | null = null, sector: string | null = null): string {
    return this.vote(voter, pollId, { kind: 'maturity', current, target }, { sector });
  }

  register(participant: Participant): void {
    this.workshop = { ...this.workshop, participants: [...this.workshop.participants, participant] };
  }
}
