/**
 * A phone is known by the hash of its device token (the participant server hashes the token
 * before anything reaches the host; the token itself is never stored). The Participant record a
 * phone creates by joining has an id derived from that hash, so joining again updates it and a
 * ballot can find its voter's declared sector.
 */
export const PHONE_PARTICIPANT_PREFIX = 'phone-';

/** A token hash as the server makes it: base64url SHA-256 (43 characters). */
export const TOKEN_HASH_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function phoneParticipantId(tokenHash: string): string {
  return `${PHONE_PARTICIPANT_PREFIX}${tokenHash}`;
}
