import type { z } from 'zod';
import type { Workshop } from '../domain/workshop';
import type { LocalizedText } from '../domain/text';
import type { DomainEvent } from './events';

/** Who made a change: the accountability principle wants every change attributable. */
export type Actor =
  | { kind: 'facilitator' }
  | { kind: 'participant'; tokenHash: string }
  | { kind: 'system' };

/**
 * Everything a command needs from the outside world, passed in so the reducer stays pure and
 * replaying a journal reproduces the same document: the time and the id are recorded with it.
 */
export interface CommandContext {
  at: string;
  commandId: string;
  actor: Actor;
}

export type ApplyOutcome = { ok: true; document: Workshop; events: DomainEvent[] } | { ok: false; error: CommandRefusal };

/**
 * Why a command was refused. `reason` is what the person is told, in Thai and English (the
 * facilitator's window shows it in the UI language); `message` is its English, for logs, the
 * `ruam` CLI and tests. The host passes both on as a `RequestError` (shared/contracts).
 */
export interface CommandRefusal {
  code: 'REJECTED';
  message: string;
  /** Absent only from the transitional string form of `rejected` (see below). */
  reason?: LocalizedText;
}

export interface CommandDefinition<T extends string, S extends z.ZodType> {
  type: T;
  payload: S;
  /** Undoable commands are the facilitator's edits; votes and system events are not undone. */
  undoable: boolean;
  /** Shown in "Undo …" and in the history. */
  label: LocalizedText;
  apply(document: Workshop, payload: z.output<S>, ctx: CommandContext): ApplyOutcome;
}

/** Registers one command: its payload schema, its label and its pure effect on the document. */
export function defineCommand<T extends string, S extends z.ZodType>(def: CommandDefinition<T, S>): CommandDefinition<T, S> {
  return def;
}

/**
 * Refuse a command, saying why in both languages: short, in the government register, and saying
 * what to do ("… กรุณาปิดการลงคะแนนก่อนเริ่มรอบใหม่"). Use the project's words (renderer/i18n,
 * shared/scoring/terms.ts); `reasons.ts` has the refusals several commands share.
 */
export function rejected(reason: LocalizedText): ApplyOutcome {
  return { ok: false, error: { code: 'REJECTED', message: reason.en, reason } };
}
