import { z } from 'zod';
import type { Command } from '../commands/registry';
import type { Workshop } from '../domain/workshop';
import { workshopMetaSchema } from '../domain/workshop';
import type { LocalizedText } from '../domain/text';
import type { HistoryEntry } from '../format/history';
import { REQUEST_NAMES } from './channels';

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
}

export type ErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_COMMAND'
  | 'REJECTED'
  | 'NO_WORKSHOP'
  | 'NOTHING_TO_UNDO'
  | 'FORBIDDEN'
  | 'NOT_AVAILABLE'
  | 'FILE_PROBLEM'
  | 'INTERNAL';

export interface RequestError {
  code: ErrorCode;
  message: string;
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

/** Thrown on the client side when the host refuses a request. */
export class HostRequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HostRequestError';
  }
}

export function unwrapReply<T>(reply: Reply<T>): T {
  if (reply.ok) return reply.value;
  throw new HostRequestError(reply.error.code, reply.error.message);
}

/** WebSocket messages (web mode). */
export type WebClientMessage = { id: number; method: RequestName; args: unknown[] };
export type WebServerMessage = ({ id: number } & Reply<unknown>) | { event: 'snapshot'; snapshot: HostSnapshot };
