import type { RequestError } from './facilitator';

/**
 * Names (and the bridge's error encoding below) only: no schemas, no zod, so the sandboxed
 * preloads can import this and stay tiny.
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

/**
 * Desktop: Electron's context bridge copies only the message of an Error the preload throws (its
 * own fields are dropped), so a refusal's code, reason and file details travel in the message,
 * after this marker, as JSON. The page turns it back into a HostRequestError (`hostErrorFrom` in
 * ./facilitator); the preload itself stays tiny and needs no zod.
 */
export const BRIDGE_ERROR_PREFIX = 'ruam-request-error:';

export function encodeBridgeError(error: RequestError): string {
  return BRIDGE_ERROR_PREFIX + JSON.stringify(error);
}
