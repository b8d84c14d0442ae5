import type { Participant } from '../../domain/people';

export type ParticipantDetail = 'name' | 'organisation' | 'sector' | 'contact' | 'socialGroups' | 'groupsConsent';

/** What happened to the register (for the projector's equality panel and the audit trail). */
export type ParticipantEvent =
  | { type: 'participants.added'; ids: string[]; source: Participant['source'] }
  | { type: 'participants.updated'; id: string; fields: ParticipantDetail[] }
  | { type: 'participants.removed'; ids: string[] }
  | { type: 'participants.checkedIn'; id: string; at: string }
  | { type: 'participants.checkInUndone'; id: string }
  /** A phone is the same person as a register entry (`participant.link`), or no longer (`participant.unlink`). */
  | { type: 'participants.linked'; phoneId: string; participantId: string }
  | { type: 'participants.unlinked'; phoneId: string; participantId: string }
  /** Carries ids only: the event must not repeat the data it records the erasure of. */
  | { type: 'participants.personalDataErased'; ids: string[] };
