import { z } from 'zod';
import { findPoll, findRound } from '../../polls/rounds';
import { defineCommand, rejected } from '../define';
import { idSchema, withPoll } from './support';

/**
 * The room has seen this round's results on the projector: the host records it the first time the
 * results slide of the round is drawn on a screen that is neither blank nor frozen on another
 * slide (electron/host/presentation.ts). Only Ruam itself sends it (actor `system`); the
 * facilitator cannot type it, and phones cannot either.
 *
 * It is never undone, and it does not look at the round's state: undoing the reveal re-applies
 * every later entry (electron/host/undo-history.ts), this one included, so the record stays on a
 * round that is closed again — the room did see those results. Hiding them leaves it too. A round
 * that already has the record keeps the first time; a poll or round that is no longer there (its
 * creation or re-vote undone) makes it do nothing rather than fail, so it never blocks an undo.
 */
export const recordShown = defineCommand({
  type: 'round.shown',
  payload: z.object({ pollId: idSchema, round: z.number().int().positive() }).strict(),
  undoable: false,
  label: { th: 'ผลคะแนนขึ้นจอภาพ', en: 'Results on the projector' },
  apply(document, { pollId, round: number }, ctx) {
    if (ctx.actor.kind !== 'system') return rejected({ th: 'เฉพาะระบบ Ruam เท่านั้นที่บันทึกว่าจอภาพแสดงผลแล้ว', en: 'Only Ruam records what the projector showed.' });
    const poll = findPoll(document, pollId);
    const round = poll ? findRound(poll, number) : undefined;
    if (!poll || !round || round.shownAt !== undefined) return { ok: true, document, events: [] };
    const rounds = poll.rounds.map((r) => (r === round ? { ...r, shownAt: ctx.at } : r));
    return { ok: true, document: withPoll(document, { ...poll, rounds }), events: [] };
  },
});
