import type { Answer, Ballot } from '../domain/polls';
import type { Workshop } from '../domain/workshop';
import type { Participant } from '../domain/people';
import { PHONE_PARTICIPANT_PREFIX, phoneParticipantId } from '../participant/identity';
import { refuse, validateAnswer, type Refusal } from './poll-types';
import { findBallot, findPoll, latestRound } from './rounds';

/**
 * Who a ballot is from: a phone (identified by its token's hash) or a named participant entered
 * by the facilitator. A phone's sector is the one it declared when joining unless given here.
 */
export type BallotVoter =
  | { kind: 'phone'; tokenHash: string; sector?: string | null | undefined }
  | { kind: 'entered'; participantId: string };

/**
 * Where a stored ballot came from: a phone, or the facilitator entering it for a named person.
 * The ballot has no field saying so; its voter id does. checkBallot files a phone's ballot under
 * the phone's token hash and an entered one under the participant's id, and no participant id is
 * a token hash (a phone's own record is `phone-<hash>`). So a ballot is `entered` when its voter
 * is someone on the register. Two cases read as `phone`, as the document cannot tell them apart:
 * a ballot entered for a person who joined from a phone (it is filed under, and replaces, that
 * phone's ballot), and one entered for a person since removed from the register.
 */
export type BallotSource = 'phone' | 'entered';

/**
 * Ballots unlinked by erasure get a voter of their own: this prefix, where the ballot came from,
 * and the ballot's id (`erased-entered-<id>`, `erased-phone-<id>`). Anonymous, and still telling
 * a phone's ballot from one the facilitator entered (`ballotSource` reads it).
 */
export const ERASED_VOTER_PREFIX = 'erased-';
const ERASED_ENTERED = `${ERASED_VOTER_PREFIX}entered-`;
const ERASED_PHONE = `${ERASED_VOTER_PREFIX}phone-`;

export type ErasedBallotSource = 'phone' | 'entered';

export function erasedVoter(ballotId: string, source: ErasedBallotSource): string {
  return `${ERASED_VOTER_PREFIX}${source}-${ballotId}`;
}

/** Where an erased ballot came from, or null for a ballot whose voter was not erased. */
export function erasedVoterSource(voter: string): ErasedBallotSource | null {
  if (!voter.startsWith(ERASED_VOTER_PREFIX)) return null;
  if (voter.startsWith(ERASED_ENTERED)) return 'entered';
  if (voter.startsWith(ERASED_PHONE)) return 'phone';
  return null;
}

/** Who can have an entered ballot: the voter ids of people on the register (see `BallotSource`). */
export function registeredVoters(workshop: Pick<Workshop, 'participants'>): ReadonlySet<string> {
  // Documents are immutable: a vote leaves the register's array as it was, so while a room votes
  // every view reuses one set instead of rebuilding it per ballot cast.
  let voters = registeredCache.get(workshop.participants);
  if (!voters) {
    voters = new Set(workshop.participants.filter((p) => !p.id.startsWith(PHONE_PARTICIPANT_PREFIX)).map((p) => p.id));
    registeredCache.set(workshop.participants, voters);
  }
  return voters;
}
const registeredCache = new WeakMap<readonly Participant[], ReadonlySet<string>>();

/** `registered`: `registeredVoters(workshop)`, built once for many ballots. */
export function ballotSource(ballot: Pick<Ballot, 'voter'>, registered: ReadonlySet<string>): BallotSource {
  const erased = erasedVoterSource(ballot.voter);
  if (erased) return erased;
  return registered.has(ballot.voter) ? 'entered' : 'phone';
}

/**
 * The voter ids that are one person in a ballot's eyes (one ballot per person per round): a
 * register entry's id, and the token hash of every phone linked to it (`linkedTo`,
 * `participant.link`) — whichever of them votes, it is that person's ballot. A phone not linked
 * (its name may only match: the facilitator has not said it is them) and a phone linked to an
 * entry no longer on the register are voters of their own; so is an erased ballot's voter.
 * `voterId` first. Pure look-ups over the register: cheap enough for every ballot a phone casts.
 */
export function sameVoters(workshop: Pick<Workshop, 'participants'>, voterId: string): string[] {
  const { participants } = workshop;
  let personId: string | undefined;
  const phoneId = phoneParticipantId(voterId);
  const phone = participants.find((p) => p.id === phoneId);
  if (phone) personId = phone.linkedTo;
  else if (!voterId.startsWith(PHONE_PARTICIPANT_PREFIX) && participants.some((p) => p.id === voterId && p.source !== 'phone')) personId = voterId;
  if (personId === undefined || !participants.some((p) => p.id === personId && p.source !== 'phone')) return [voterId];
  const voters = new Set([voterId, personId]);
  for (const p of participants) {
    if (p.source === 'phone' && p.linkedTo === personId && p.id.startsWith(PHONE_PARTICIPANT_PREFIX)) voters.add(p.id.slice(PHONE_PARTICIPANT_PREFIX.length));
  }
  return [...voters];
}

export interface BallotRequest {
  pollId: string;
  /** The round the voter was shown; a ballot for a round that has since closed is refused, not moved. */
  round?: number | undefined;
  answer: Answer;
}

export type BallotCheck =
  | { ok: true; ballot: Ballot; /** The voter's earlier ballot in this round, which this one replaces. */ replaces: Ballot | null }
  | { ok: false; refusal: Refusal };

/**
 * Decide whether a ballot may be cast and build it: the round must be open, the answer must fit
 * the poll, and a person has one ballot per poll per round (a second replaces the first only where
 * the poll allows changing a vote). A person is every voter `sameVoters` gives: a register entry
 * and the phones linked to it. So a ballot the facilitator enters for someone whose linked phone
 * already voted, a phone voting after the facilitator entered its person's answer, and a second
 * linked phone are all that person changing their vote: where the poll allows it the new ballot
 * replaces the earlier one (filed under whoever cast it, so `ballotSource` stays true); where it
 * does not, it is refused, saying whose ballot is already in (`already-voted`, Thai and English).
 * `ballot.cast` applies this; the participant server may call it first to show the voter a reason
 * in their language, but only the command (run serially by the host) is authoritative.
 */
export function checkBallot(workshop: Workshop, request: BallotRequest, voter: BallotVoter, stamp: { id: string; at: string }): BallotCheck {
  const poll = findPoll(workshop, request.pollId);
  if (!poll) return refuse('no-such-poll', 'ไม่พบคำถามนี้', 'There is no such poll.');

  const round = latestRound(poll);
  if (round && request.round !== undefined && request.round < round.number) {
    return refuse(
      'round-over',
      `รอบที่ ${request.round} ปิดแล้ว ขณะนี้เป็นรอบที่ ${round.number}`,
      `Round ${request.round} is over; the poll is on round ${round.number} now.`,
    );
  }
  if (!round || round.state !== 'open' || (request.round !== undefined && request.round !== round.number)) {
    return refuse('round-not-open', 'คำถามนี้ยังไม่เปิดหรือปิดรับคำตอบแล้ว', 'This poll is not open for voting.');
  }

  let voterId: string;
  let sector: string | null;
  if (voter.kind === 'phone') {
    voterId = voter.tokenHash;
    if (voter.sector === undefined) {
      // What the phone said when it joined, as it was accepted then (the list may have changed since).
      const phoneId = phoneParticipantId(voter.tokenHash);
      const joined = workshop.participants.find((p) => p.id === phoneId);
      sector = joined && joined.sector !== '' ? joined.sector : null;
    } else {
      sector = voter.sector;
      if (sector !== null && !workshop.settings.sectors.some((s) => s.id === sector)) {
        return refuse('unknown-sector', 'ไม่พบภาคส่วนนี้ในรายการของเวที', "That sector is not on this workshop's list.");
      }
    }
  } else {
    const participant = workshop.participants.find((p) => p.id === voter.participantId);
    if (!participant) return refuse('unknown-participant', 'ไม่พบผู้เข้าร่วมคนนี้ในทะเบียน', 'There is no such participant on the register.');
    // A person who joined from a phone is one voter whether they vote there or the facilitator
    // enters their answer: both use the phone's token hash.
    voterId = participant.id.startsWith(PHONE_PARTICIPANT_PREFIX) ? participant.id.slice(PHONE_PARTICIPANT_PREFIX.length) : participant.id;
    sector = participant.sector === '' ? null : participant.sector;
  }

  const checked = validateAnswer(poll, request.answer);
  if (!checked.ok) return checked;

  // One ballot per person: the voter's own earlier ballot, else one cast by the same person another
  // way (their linked phone, another linked phone, or entered by the facilitator).
  const voters = sameVoters(workshop, voterId);
  const earlier =
    findBallot(workshop, poll.id, round.number, voterId) ??
    (voters.length > 1 ? workshop.ballots.find((b) => b.pollId === poll.id && b.round === round.number && voters.includes(b.voter)) : undefined) ??
    null;
  if (earlier && !poll.allowChange) return alreadyVoted(workshop, earlier, voterId, voter.kind);

  return {
    ok: true,
    replaces: earlier,
    ballot: {
      id: stamp.id,
      pollId: poll.id,
      round: round.number,
      voter: voterId,
      sector,
      at: stamp.at,
      answer: checked.answer,
      // Phones' open text waits for the facilitator; text the facilitator typed in is theirs already.
      moderation: checked.answer.kind === 'text' ? (voter.kind === 'entered' ? 'approved' : 'pending') : null,
    },
  };
}

/** Refused: this person has a ballot in this round and the poll does not allow changing it — saying whose ballot it is. */
function alreadyVoted(workshop: Workshop, earlier: Ballot, voterId: string, asking: BallotVoter['kind']): { ok: false; refusal: Refusal } {
  const code = 'already-voted';
  if (earlier.voter === voterId) {
    return refuse(code, 'ท่านลงคะแนนในรอบนี้แล้ว และคำถามนี้ไม่อนุญาตให้เปลี่ยนคำตอบ', 'This voter has already voted in this round, and this poll does not allow changing a vote.');
  }
  const entered = ballotSource(earlier, registeredVoters(workshop)) === 'entered';
  if (asking === 'phone') {
    return entered
      ? refuse(code, 'วิทยากรบันทึกคำตอบของท่านในรอบนี้ไว้แล้ว และคำถามนี้ไม่อนุญาตให้เปลี่ยนคำตอบ', 'The facilitator has already entered your answer for this round, and this poll does not allow changing a vote.')
      : refuse(code, 'ท่านลงคะแนนในรอบนี้แล้วจากโทรศัพท์อีกเครื่องหนึ่ง และคำถามนี้ไม่อนุญาตให้เปลี่ยนคำตอบ', 'You have already voted in this round from another phone, and this poll does not allow changing a vote.');
  }
  return entered
    ? refuse(code, 'มีคำตอบของผู้เข้าร่วมคนนี้ในรอบนี้แล้ว และคำถามนี้ไม่อนุญาตให้เปลี่ยนคำตอบ', 'This person already has an answer in this round, and this poll does not allow changing a vote.')
    : refuse(code, 'ผู้เข้าร่วมคนนี้ลงคะแนนในรอบนี้แล้วจากโทรศัพท์ของตน และคำถามนี้ไม่อนุญาตให้เปลี่ยนคำตอบ', 'This person has already voted from their phone in this round, and this poll does not allow changing a vote.');
}
