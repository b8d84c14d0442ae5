/**
 * Names only (no schemas, no zod), so the sandboxed preloads can import them and stay tiny.
 */
export const REQUEST_NAMES = [
  'getSnapshot',
  'newWorkshop',
  'dispatch',
  'undo',
  'redo',
  'listWorkshops',
  'openWorkshop',
  'saveWorkshop',
  'closeWorkshop',
  'listBackups',
  'restoreBackup',
  'getHistory',
  'getParticipantAccess',
  'setParticipantAccess',
  'previewParticipantImport',
  'importParticipants',
  'exportPeople',
  'previewMinutes',
  'exportMinutes',
  'getMinutesProgress',
  'getPresentation',
  'present',
  'presenterCommand',
] as const;

/** IPC channel names (desktop). Kept here so preload and main agree. */
export const IPC_REQUEST_CHANNEL = 'ruam:request';
export const IPC_SNAPSHOT_CHANNEL = 'ruam:snapshot';
