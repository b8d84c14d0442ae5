export { anonymise, anonymousName } from './anonymise';
export {
  anonymousPhonesLine,
  attendance,
  isAnonymousPhone,
  isRegisterEntry,
  linkedPhones,
  phoneMatches,
  type Attendance,
  type PhoneMatch,
} from './attendance';
export { compactValue, parseConsent, sectorMatcher, socialGroupMatcher, splitList, type CategoryMatch } from './categories';
export { checkInSearch, type CheckInMatch, type CheckInMatchField, type CheckInSearchOptions } from './check-in-search';
export { codeNumber, formatCode, nextCodeNumber } from './codes';
export {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  applyMappingOverrides,
  compactHeader,
  headerScore,
  mapsAName,
  recogniseColumns,
  type ColumnMapping,
  type ImportField,
  type MappingOverride,
} from './columns';
export { duplicateKey, duplicatesInvolving, findDuplicates, type DuplicateGroup } from './duplicates';
export { UNLISTED_SECTOR, equalityCheck, type EqualityReport, type EqualitySentence, type GroupPresence, type PresenceStatus } from './equality';
export { formatGroupCount, groupCountText, overlappingCount, partitionCounts, type GroupCount } from './group-count';
export {
  MAX_IMPORT_ROWS,
  rowsToParticipants,
  type ImportProblem,
  type ImportProblemCode,
  type ParticipantDraft,
  type RowsToParticipantsOptions,
  type RowsToParticipantsResult,
  type SheetRow,
} from './import-rows';
export { LATIN_TITLES, THAI_TITLES, normaliseName, normaliseOrganisation, normaliseText, stripTitles, thaiDigitsToArabic } from './normalise';
export { peopleSummary, type PeopleSummary, type SectorSummary } from './summary';
export { QUADRANT_LABELS } from './quadrant-labels';
export { ERASED_MARKER, MENTION_WORDS } from './erasure-words';
export {
  ERASED_VOTER_PREFIX,
  eraseMentions,
  erasedVoter,
  erasedVoterSource,
  erasureTargets,
  findMentions,
  findPersonMentions,
  sameNameOnRegister,
  type ErasedBallotSource,
  type MentionArea,
  type MentionKind,
  type PersonMention,
} from './mentions';
