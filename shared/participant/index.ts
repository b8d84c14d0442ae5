export * from './wire';
export { currentPoll, type CurrentPoll } from './current-poll';
export { toPhoneView, phoneWorkshop, committedBallots, PHONE_TEXT_ANSWERS_MAX, type PhoneViewOptions } from './phone-view';
export { SESSION_CODE_ALPHABET, SESSION_CODE_LENGTH, sessionCodeFrom, normaliseSessionCode, isSessionCode } from './session-code';
export { PHONE_PARTICIPANT_PREFIX, TOKEN_HASH_PATTERN, phoneParticipantId } from './identity';
export { joinRequestSchema, voteRequestSchema, shortReason, type JoinRequestInput, type VoteRequestInput } from './requests';
