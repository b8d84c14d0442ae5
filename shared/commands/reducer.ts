import type { Workshop } from '../domain/workshop';
import type { ApplyOutcome, CommandContext, CommandDefinition } from './define';
import { COMMANDS, isCommandType, type Command } from './registry';
import type { z } from 'zod';

export type ParseOutcome = { ok: true; command: Command } | { ok: false; error: { code: 'INVALID_COMMAND'; message: string } };

/** Check an untrusted command (from IPC, a WebSocket or a journal line) against its schema. */
export function parseCommand(input: unknown): ParseOutcome {
  if (typeof input !== 'object' || input === null) return invalid('a command must be an object');
  const { type, payload } = input as { type?: unknown; payload?: unknown };
  if (!isCommandType(type)) return invalid(`unknown command type ${JSON.stringify(type)}`);
  const def = COMMANDS[type] as CommandDefinition<string, z.ZodType>;
  const parsed = def.payload.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return invalid(`${type}: ${issue?.message ?? 'invalid payload'}${where}`);
  }
  return { ok: true, command: { type, payload: parsed.data } as Command };
}

/** The pure reducer: (document, command) -> (next document, events). Never mutates its input. */
export function applyCommand(document: Workshop, command: Command, ctx: CommandContext): ApplyOutcome {
  const def = COMMANDS[command.type] as CommandDefinition<string, z.ZodType>;
  return def.apply(document, command.payload, ctx);
}

export function commandDefinition(type: Command['type']): CommandDefinition<string, z.ZodType> {
  return COMMANDS[type] as CommandDefinition<string, z.ZodType>;
}

function invalid(message: string): ParseOutcome {
  return { ok: false, error: { code: 'INVALID_COMMAND', message } };
}
