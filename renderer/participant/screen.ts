import type { MeReply, MyBallot, PhonePoll, PhoneView } from '../../shared/participant/wire';

/**
 * Which screen the phone shows, as a pure function of what it knows (so it can be tested without
 * a browser). No object spread here or in main.ts: the phone page is lowered to ES2017.
 */
export type Screen = 'code' | 'wrong-session' | 'loading' | 'no-workshop' | 'join' | 'join-closed' | 'waiting' | 'vote' | 'voted' | 'closed' | 'results';

export interface ScreenInput {
  session: string | null;
  wrongSession: boolean;
  view: PhoneView | null;
  me: MeReply | null;
  editingProfile: boolean;
  editingAnswer: boolean;
}

/** This device's ballot in the poll's current round, if it has one. */
export function myBallotFor(me: MeReply | null, poll: PhonePoll): MyBallot | null {
  const ballot = me ? me.ballot : null;
  return ballot && ballot.pollId === poll.pollId && ballot.round === poll.round ? ballot : null;
}

/**
 * A poll whose round is closed (not yet revealed) stays on the phone as "closed", with this
 * phone's own answer, until the facilitator reveals the results (→ results) or opens another
 * poll or round (→ vote): never back to "waiting for a question" as if nothing had happened.
 */
export function screenFor(input: ScreenInput): Screen {
  if (!input.session) return 'code';
  if (input.wrongSession) return 'wrong-session';
  const view = input.view;
  if (!view) return 'loading';
  if (!view.workshop) return 'no-workshop';
  const me = input.me;
  if (!me) return 'loading';
  if (!me.joined || input.editingProfile) return view.workshop.joinOpen || me.joined ? 'join' : 'join-closed';
  const poll = view.poll;
  if (!poll) return 'waiting';
  if (poll.state === 'revealed') return 'results';
  if (poll.state === 'closed') return 'closed';
  return myBallotFor(me, poll) && !input.editingAnswer ? 'voted' : 'vote';
}
