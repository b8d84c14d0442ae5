import { z } from 'zod';
import type { Command } from '../commands/registry';
import type { Workshop } from '../domain/workshop';
import { workshopMetaSchema } from '../domain/workshop';
import type { Language, LocalizedText } from '../domain/text';
import type { MinutesBlock, MinutesOutlineEntry, MinutesWarning } from '../minutes/model';
import { minutesOptionsSchema, type MinutesOptions } from '../minutes/options';
import type { HistoryEntry } from '../format/history';
import { IMPORT_FIELDS, type ColumnMapping } from '../people/columns';
import type { ImportProblem, SheetRow } from '../people/import-rows';
import { presenterCommandSchema, presentInputSchema, type HostPresentation, type PresenterCommand, type PresentInput } from '../projector/presentation';
import { BRIDGE_ERROR_PREFIX, REQUEST_NAMES } from './channels';

export { REQUEST_NAMES, IPC_REQUEST_CHANNEL, IPC_SNAPSHOT_CHANNEL } from './channels';

/**
 * The facilitator API: the one contract between the facilitator/projector windows and the
 * WorkshopHost. The Electron preload and the web-mode client both `satisfies FacilitatorApi`;
 * the host's handler map is typed from the same `FacilitatorRequests`, so the shells cannot drift.
 */

/** Where the open workshop stands on disk, for the title bar. */
export type SaveState = 'unsaved' | 'saving' | 'saved' | 'memory' | 'error';

export interface HostSnapshot {
  /** Increases with every change the host publishes; windows ignore older snapshots. */
  revision: number;
  workshop: Workshop | null;
  file: { path: string | null; saveState: SaveState; readOnly: boolean };
  undo: { canUndo: boolean; canRedo: boolean; undoLabel: LocalizedText | null; redoLabel: LocalizedText | null };
  /** The live presentation: what the projector shows and how (live state, never saved). Absent from a host without one. */
  presentation?: HostPresentation;
}

export type ErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_COMMAND'
  | 'REJECTED'
  | 'NO_WORKSHOP'
  | 'NOTHING_TO_UNDO'
  /** Undo/redo refused: it would take out votes or joins received since (undo a round's opening after votes). */
  | 'UNDO_BLOCKED'
  | 'FORBIDDEN'
  | 'NOT_AVAILABLE'
  | 'FILE_PROBLEM'
  | 'INTERNAL';

/** Every code, as a record so a code added above fails the type check here until it is listed. */
export const ERROR_CODES: Readonly<Record<ErrorCode, true>> = {
  INVALID_ARGUMENT: true,
  INVALID_COMMAND: true,
  REJECTED: true,
  NO_WORKSHOP: true,
  NOTHING_TO_UNDO: true,
  UNDO_BLOCKED: true,
  FORBIDDEN: true,
  NOT_AVAILABLE: true,
  FILE_PROBLEM: true,
  INTERNAL: true,
};

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, code);
}

/**
 * A refused request, on every transport (IPC, WebSocket, the participant bridge, the CLI).
 *
 * - `message` is English, for logs, the `ruam` CLI and tests; never the only thing a window shows.
 * - `reason` is what to tell the person, in Thai and English: a command's refusal (REJECTED) carries
 *   one (`rejected({ th, en })` in shared/commands), and `message` is then its English. A window shows
 *   it in its UI language; without one, the code's own sentence (renderer i18n `errors.code.*`)
 *   with `message` as detail.
 * - Both cross the desktop context bridge too: see `encodeBridgeError` in ./channels.
 */
export interface RequestError {
  code: ErrorCode;
  /** English, for logs, the CLI and tests. */
  message: string;
  /** Why, for the person, in both languages (present on a command's refusal). */
  reason?: LocalizedText;
  /** For FILE_PROBLEM: what kind, where in the file, and the backups that could be restored. */
  file?: { problem: string; path?: string; backups?: BackupSummary[] };
}

/** A workshop file the host can open (in the workshops folder, or opened recently). */
export interface WorkshopFileSummary {
  /** Opaque reference to pass back to openWorkshop. */
  ref: string;
  name: string;
  title: string;
  modifiedAt: string;
  sizeBytes: number;
}

export interface WorkshopListing {
  /** The workshops folder (web mode: ~/Ruam by default). */
  folder: string | null;
  files: WorkshopFileSummary[];
  recent: WorkshopFileSummary[];
}

export interface BackupSummary {
  name: string;
  takenAt: string;
}

/** What opening found, for a message to the facilitator ("12 changes were recovered"). */
export interface OpenReport {
  recovered: number;
  skipped: number;
  tornTail: boolean;
  migratedFrom: number | null;
  readOnly: boolean;
  warning: string | null;
  tookOverStaleLock: boolean;
}

export interface DispatchResult {
  revision: number;
}

/** A network interface phones could reach the participant server on, in plain words. */
export interface ParticipantInterfaceInfo {
  /** Pass back to setParticipantAccess: the interface's IPv4 address. */
  id: string;
  address: string;
  /** "Wi-Fi (192.168.1.23)", "สาย LAN (10.0.0.5)", "เครื่องนี้เท่านั้น (127.0.0.1)". */
  label: LocalizedText;
  kind: 'wifi' | 'ethernet' | 'other' | 'loopback';
  /** A private LAN address (10/8, 172.16/12, 192.168/16): what a room's Wi-Fi or hotspot hands out. */
  lan: boolean;
}

/** How phones join: the facilitator's join panel shows this (QR code, short URL, code, count). */
export interface ParticipantAccess {
  /** The participant server is listening (it restarts by itself if it stops). */
  running: boolean;
  /** http://IP:PORT/j/CODE, or null while the server is not listening. */
  url: string | null;
  /** 6 characters from an alphabet without 0/O/1/I. */
  sessionCode: string;
  /** The URL as a QR code (SVG markup from `qrcode`): show it as an <img> data: URL, not innerHTML. */
  qrSvg: string | null;
  interfaces: ParticipantInterfaceInfo[];
  /** The chosen interface's id. */
  interface: string;
  /** No LAN interface was found (or loopback was chosen): phones cannot reach this computer. */
  loopbackOnly: boolean;
  /** Something to tell the facilitator (why loopback, a port problem), or null. */
  notice: LocalizedText | null;
  port: number | null;
  /** Whether new phones may join; phones already joined keep voting either way. */
  joinOpen: boolean;
  /** Phones with the live stream open now (poll getParticipantAccess to follow it). */
  connected: number;
}

export const participantAccessChangeSchema = z
  .object({ interface: z.string().min(1).max(100).optional(), joinOpen: z.boolean().optional() })
  .strict();
export type ParticipantAccessChange = z.infer<typeof participantAccessChangeSchema>;

/** What the host delegates the two participant-access requests to (electron/participant-server). */
export interface ParticipantAccessService {
  get(): Promise<ParticipantAccess>;
  set(change: ParticipantAccessChange): Promise<ParticipantAccess>;
}

export const newWorkshopInputSchema = z
  .object({ meta: workshopMetaSchema.partial().strict().optional(), fileName: z.string().min(1).max(200).optional() })
  .strict();
export type NewWorkshopInput = z.infer<typeof newWorkshopInputSchema>;

// ── People: a register file in (preview, import) and the register out (export) ──────────────

/**
 * A participant register file as the renderer sends it: the bytes as base64 (a 10 MB file, the
 * import limit, is about 13.4 MB of base64). Parsed on the host by electron/import.
 */
export const participantFileInputSchema = z
  .object({
    fileName: z.string().min(1).max(260),
    dataBase64: z.string().max(14_000_000),
    /** XLSX: the sheet to read (the first by default). */
    sheet: z.string().min(1).max(200).optional(),
    /** The facilitator's mapping, one entry per column; the recognised one when omitted. */
    mapping: z.array(z.enum(IMPORT_FIELDS).nullable()).max(1000).optional(),
    /** The form asked everyone for consent to record social groups (used when there is no consent column). */
    groupsConsent: z.boolean().optional(),
  })
  .strict();
export type ParticipantFileInput = z.infer<typeof participantFileInputSchema>;

export const participantImportInputSchema = participantFileInputSchema
  .extend({
    /** Everyone on the list is already in the room. */
    checkedIn: z.boolean().optional(),
  })
  .strict();
export type ParticipantImportInput = z.infer<typeof participantImportInputSchema>;

/** Why a file could not be read as a register at all (electron/import's SheetError). */
export interface RegisterFileError {
  code: string;
  message: LocalizedText;
}

/** What the mapping step shows: the file's columns, its first rows, and what the mapping would import. */
export interface RegisterPreview {
  format: 'csv' | 'xlsx';
  /** CSV only: the text encoding found ("utf-8", "tis-620"…). */
  encoding: string | null;
  sheetName: string | null;
  sheetNames: string[];
  headers: string[];
  headerLine: number;
  /** The first data rows, with their line numbers. */
  rows: SheetRow[];
  totalRows: number;
  /** What Ruam recognised from the headers. */
  recognised: ColumnMapping;
  /** The mapping the check below used (the one asked for, or the recognised one). */
  mapping: ColumnMapping;
  /** How many people this mapping would import. */
  importable: number;
  /** Reading and row problems, file-level first then by line; at most the first 200. */
  problems: ImportProblem[];
  problemCount: number;
}

export type ParticipantImportPreview = { ok: true; preview: RegisterPreview } | { ok: false; error: RegisterFileError };

export type ParticipantImportResult =
  | {
      ok: true;
      imported: number;
      /** The codes the new participants got, first and last. */
      firstCode: string;
      lastCode: string;
      /** Groups of possible duplicates that involve someone just imported (flagged, never merged). */
      duplicateGroups: number;
      problems: ImportProblem[];
      problemCount: number;
    }
  | { ok: false; error: RegisterFileError; problems: ImportProblem[]; problemCount: number };

export const peopleExportInputSchema = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    /** Names, organisations and contacts included: only when the facilitator ticked it. */
    named: z.boolean(),
    table: z.enum(['participants', 'stakeholders']).default('participants'),
  })
  .strict();
export type PeopleExportInput = z.input<typeof peopleExportInputSchema>;

/** A spreadsheet for the renderer to save (as a Blob download). */
export interface PeopleExportFile {
  fileName: string;
  mimeType: string;
  dataBase64: string;
  named: boolean;
  rows: number;
}

// ── Minutes: the PDF in Thai government form ────────────────────────────────────────────────

/** The facilitator's choices for the minutes (shared/minutes/options.ts): language, Thai digits, names, appendix. */
export const minutesExportInputSchema = minutesOptionsSchema;
export type MinutesExportInput = MinutesOptions;

/** The minutes as a PDF for the renderer to save (a Blob download, like the register export). */
export interface MinutesFile {
  fileName: string;
  mimeType: 'application/pdf';
  dataBase64: string;
  pages: number;
  bytes: number;
  named: boolean;
  language: Language;
}

/**
 * What the Minutes step shows before exporting: the document's first page (as blocks of the
 * format-neutral model, about a page's worth, for an HTML rendering), its sections, and what
 * to fix before the minutes can be signed.
 */
export interface MinutesPreview {
  title: string;
  fileName: string;
  language: Language;
  thaiDigits: boolean;
  named: boolean;
  appendixRawDistributions: boolean;
  pageNumberTemplate: string;
  firstPage: MinutesBlock[];
  outline: MinutesOutlineEntry[];
  warnings: MinutesWarning[];
}

/** The steps of an export, in order. */
export const MINUTES_EXPORT_STAGES = ['collecting', 'typesetting', 'done'] as const;
export type MinutesExportStage = (typeof MINUTES_EXPORT_STAGES)[number];

/** Where the latest export is; poll it while `exportMinutes` runs (the PDF is built off the host's thread). */
export interface MinutesProgress {
  running: boolean;
  stage: MinutesExportStage | null;
  startedAt: string | null;
  finishedAt: string | null;
  pages: number | null;
  error: string | null;
}

/** Request name → argument tuple and result. One place to add a verb. */
export interface FacilitatorRequests {
  getSnapshot: { args: []; result: HostSnapshot };
  newWorkshop: { args: [input: NewWorkshopInput]; result: HostSnapshot };
  dispatch: { args: [command: Command]; result: DispatchResult };
  undo: { args: []; result: DispatchResult };
  redo: { args: []; result: DispatchResult };
  listWorkshops: { args: []; result: WorkshopListing };
  openWorkshop: { args: [ref: string]; result: OpenReport };
  saveWorkshop: { args: []; result: HostSnapshot };
  closeWorkshop: { args: []; result: HostSnapshot };
  listBackups: { args: []; result: BackupSummary[] };
  restoreBackup: { args: [name: string]; result: OpenReport };
  getHistory: { args: []; result: HistoryEntry[] };
  getParticipantAccess: { args: []; result: ParticipantAccess };
  setParticipantAccess: { args: [change: ParticipantAccessChange]; result: ParticipantAccess };
  previewParticipantImport: { args: [input: ParticipantFileInput]; result: ParticipantImportPreview };
  importParticipants: { args: [input: ParticipantImportInput]; result: ParticipantImportResult };
  exportPeople: { args: [input: PeopleExportInput]; result: PeopleExportFile };
  /** The minutes' first page, outline and warnings for the chosen options (no PDF is made). */
  previewMinutes: { args: [input: MinutesExportInput]; result: MinutesPreview };
  /** The minutes as a PDF (A4, Sarabun, พ.ศ.), built off the host's thread. */
  exportMinutes: { args: [input: MinutesExportInput]; result: MinutesFile };
  getMinutesProgress: { args: []; result: MinutesProgress };
  /** Read only (the projector may ask): the live presentation, or null with no workshop open. */
  getPresentation: { args: []; result: HostPresentation | null };
  /** Show a chosen view on the projector (shared/projector ViewChoice). */
  present: { args: [input: PresentInput]; result: DispatchResult };
  /** Next/previous, reveal/hide, lock/unlock, blank, freeze, timer, contrast (round commands go through dispatch). */
  presenterCommand: { args: [command: PresenterCommand]; result: DispatchResult };
}
export type RequestName = (typeof REQUEST_NAMES)[number];

// Compile-time check that the name list and the request map agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const namesMatch: Same<RequestName, keyof FacilitatorRequests> = true;
void namesMatch;

/**
 * Argument schemas, checked by the host for every request whatever the transport. Commands are
 * only checked for shape here; their payloads are parsed by the command registry.
 */
export const requestArgSchemas: { [K in RequestName]: z.ZodType<unknown[]> } = {
  getSnapshot: z.tuple([]),
  newWorkshop: z.tuple([newWorkshopInputSchema]),
  dispatch: z.tuple([z.object({ type: z.string(), payload: z.unknown() })]),
  undo: z.tuple([]),
  redo: z.tuple([]),
  listWorkshops: z.tuple([]),
  openWorkshop: z.tuple([z.string().min(1).max(4096)]),
  saveWorkshop: z.tuple([]),
  closeWorkshop: z.tuple([]),
  listBackups: z.tuple([]),
  restoreBackup: z.tuple([z.string().min(1).max(300)]),
  getHistory: z.tuple([]),
  getParticipantAccess: z.tuple([]),
  setParticipantAccess: z.tuple([participantAccessChangeSchema]),
  previewParticipantImport: z.tuple([participantFileInputSchema]),
  importParticipants: z.tuple([participantImportInputSchema]),
  exportPeople: z.tuple([peopleExportInputSchema]),
  previewMinutes: z.tuple([minutesExportInputSchema]),
  exportMinutes: z.tuple([minutesExportInputSchema]),
  getMinutesProgress: z.tuple([]),
  getPresentation: z.tuple([]),
  present: z.tuple([presentInputSchema]),
  presenterCommand: z.tuple([presenterCommandSchema]),
};

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(requestArgSchemas, name);
}

/** What a window holds: one async function per request, plus the push channel for snapshots. */
export type FacilitatorApi = {
  [K in RequestName]: (...args: FacilitatorRequests[K]['args']) => Promise<FacilitatorRequests[K]['result']>;
} & {
  /** Called with the current snapshot at once and after every change. Returns an unsubscribe. */
  onSnapshot(listener: (snapshot: HostSnapshot) => void): () => void;
};

/** The wire form of a reply, on IPC and WebSocket alike. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: RequestError };

/** Thrown on the client side when the host refuses a request: the `RequestError`'s fields, on an Error. */
export class HostRequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly file?: RequestError['file'],
    readonly reason?: LocalizedText,
  ) {
    super(message);
    this.name = 'HostRequestError';
  }

  static from(error: RequestError): HostRequestError {
    return new HostRequestError(error.code, error.message, error.file, error.reason);
  }
}

export function unwrapReply<T>(reply: Reply<T>): T {
  if (reply.ok) return reply.value;
  throw HostRequestError.from(reply.error);
}

/**
 * What a window caught from a host request, as a HostRequestError when it is the host's refusal:
 * a HostRequestError (web mode) is kept; an Error from the desktop preload, which carries the
 * refusal encoded in its message (./channels `encodeBridgeError`), is decoded. Anything else (a
 * lost connection, a bug) is returned as it is.
 */
export function hostErrorFrom(error: unknown): unknown {
  if (error instanceof HostRequestError) return error;
  const decoded = decodeBridgeError(error instanceof Error ? error.message : undefined);
  return decoded ? HostRequestError.from(decoded) : error;
}

function isLocalizedText(value: unknown): value is LocalizedText {
  const text = value as LocalizedText | null;
  return typeof text === 'object' && text !== null && typeof text.th === 'string' && typeof text.en === 'string';
}

/** The refusal in a desktop preload's Error message, checked field by field, or null. */
export function decodeBridgeError(message: string | undefined): RequestError | null {
  const at = message?.indexOf(BRIDGE_ERROR_PREFIX) ?? -1;
  if (message === undefined || at === -1) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(message.slice(at + BRIDGE_ERROR_PREFIX.length));
  } catch {
    return null;
  }
  const { code, message: text, reason, file } = (parsed ?? {}) as Partial<Record<keyof RequestError, unknown>>;
  if (!isErrorCode(code) || typeof text !== 'string') return null;
  return {
    code,
    message: text,
    ...(isLocalizedText(reason) ? { reason: { th: reason.th, en: reason.en } } : {}),
    ...(typeof file === 'object' && file !== null && typeof (file as { problem?: unknown }).problem === 'string' ? { file: file as RequestError['file'] } : {}),
  };
}

/** WebSocket messages (web mode). */
export type WebClientMessage = { id: number; method: RequestName; args: unknown[] };
export type WebServerMessage = ({ id: number } & Reply<unknown>) | { event: 'snapshot'; snapshot: HostSnapshot };
