import { applyCommand, commandDefinition, parseCommand } from '../../shared/commands/reducer';
import type { Actor } from '../../shared/commands/define';
import { PARTICIPANT_COMMAND_TYPES, type Command } from '../../shared/commands/registry';
import type { DomainEvent } from '../../shared/commands/events';
import { createWorkshop } from '../../shared/domain/create';
import type { Workshop } from '../../shared/domain/workshop';
import type { LocalizedText } from '../../shared/domain/text';
import {
  isRequestName,
  requestArgSchemas,
  type DispatchResult,
  type FacilitatorRequests,
  type HostSnapshot,
  type ParticipantAccessService,
  type Reply,
  type RequestError,
  type RequestName,
  type SaveState,
} from '../../shared/contracts/facilitator';
import type { HostJournalEntry } from './journal-entry';
import { PeopleService } from './people-service';
import { MinutesService, type MinutesServiceOptions } from '../export/minutes/service';
import { PresentationService, type PresentationOutcome } from './presentation';
import { canRedo, canUndo, EMPTY_UNDO, recordApplied, redo, undo, type UndoOutcome, type UndoState } from './undo-history';
import type { Workspace } from './workspace';
import { WorkshopFileError } from './workshop-file';

/** What the host needs of the files layer (the Workspace); an interface so tests can fake it. */
export type WorkspaceLike = Pick<Workspace, 'create' | 'list' | 'openRef' | 'save' | 'close' | 'backups' | 'restore' | 'history'>;

export interface HostOptions {
  /** Injected so tests and replays are deterministic. */
  clock?: () => Date;
  newId?: () => string;
  /**
   * Makes an entry durable; the host acknowledges and publishes only after it resolves
   * ("durable before acknowledged"). In-memory by default.
   */
  persist?: (entry: HostJournalEntry) => Promise<void>;
  /** The minutes' PDF builder (electron/export/minutes): a worker thread by default. */
  minutes?: MinutesServiceOptions;
}


export type SnapshotListener = (snapshot: HostSnapshot) => void;
export type EventListener = (events: DomainEvent[], snapshot: HostSnapshot) => void;

interface Checkpoint {
  seq: number;
  workshop: Workshop | null;
  undo: UndoState;
}

class RequestFailure extends Error {
  constructor(readonly error: RequestError) {
    super(error.message);
  }
}

const fail = (code: RequestError['code'], message: string): never => {
  throw new RequestFailure({ code, message });
};

/**
 * The one source of truth for the open workshop. Every window, the CLI and the participant
 * server go through it: requests are validated here, applied by the pure reducer, made durable,
 * then published to every subscriber.
 */
export class WorkshopHost {
  private workshop: Workshop | null = null;
  private revision = 0;
  private history: UndoState = EMPTY_UNDO;
  private readonly snapshotListeners = new Set<SnapshotListener>();
  private readonly eventListeners = new Set<EventListener>();
  private readonly clock: () => Date;
  private readonly newId: () => string;
  private persist: (entry: HostJournalEntry) => Promise<void>;
  private file: HostSnapshot['file'] = { path: null, saveState: 'memory', readOnly: false };
  private entrySeq = 0;
  private files: WorkspaceLike | null = null;
  private rolledBackTo = 0;
  private participantAccess: ParticipantAccessService | null = null;
  private readonly people = new PeopleService();
  /** Minutes preview and PDF; the PDF is typeset off this thread (votes keep flowing meanwhile). */
  private readonly minutes: MinutesService;
  /** The projector's live presentation (electron/host/presentation.ts): never saved, sent with every snapshot. */
  private readonly presentation = new PresentationService({
    publish: () => this.publish([]),
    dispatch: (command, actor) => this.dispatch(command, actor),
    participantAccess: () => this.participantAccess,
    now: () => this.clock().getTime(),
  });

  constructor(options: HostOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.persist = options.persist ?? (async () => {});
    this.minutes = new MinutesService({ clock: this.clock, ...options.minutes });
  }

  // ── Requests from windows (any transport) ────────────────────────────────────────────────

  /** Validate and run one request from a window. Never throws: errors become a Reply. */
  async handle(method: unknown, args: unknown, actor: Actor = { kind: 'facilitator' }): Promise<Reply<unknown>> {
    try {
      if (!isRequestName(method)) fail('INVALID_ARGUMENT', `unknown request ${JSON.stringify(method)}`);
      const name = method as RequestName;
      const parsed = requestArgSchemas[name].safeParse(args);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        fail('INVALID_ARGUMENT', `${name}: ${issue?.message ?? 'bad arguments'}${issue?.path.length ? ` at ${issue.path.join('.')}` : ''}`);
      }
      const value = await this.run(name, parsed.data as FacilitatorRequests[RequestName]['args'], actor);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof RequestFailure) return { ok: false, error: error.error };
      console.error('[ruam host] request failed', error);
      return { ok: false, error: { code: 'INTERNAL', message: 'The workshop host hit an unexpected error; nothing was changed.' } };
    }
  }

  /**
   * One handler per request in the contract; the mapped type makes a missing or mistyped handler
   * a compile error, so the contract and the host cannot drift apart.
   */
  private readonly handlers: {
    [K in RequestName]: (args: FacilitatorRequests[K]['args'], actor: Actor) => Promise<FacilitatorRequests[K]['result']>;
  } = {
    getSnapshot: async () => this.snapshot(),
    newWorkshop: async ([input]) => {
      if (!this.files) return this.newWorkshop(input);
      await this.fileOperation(() => this.files!.create(input.meta ?? {}, input.fileName));
      return this.snapshot();
    },
    dispatch: ([command], actor) => this.dispatch(command, actor),
    undo: (_args, actor) => this.undo(actor),
    redo: (_args, actor) => this.redo(actor),
    listWorkshops: async () => (this.files ? this.fileOperation(() => this.files!.list()) : { folder: null, files: [], recent: [] }),
    openWorkshop: ([ref]) => this.fileOperation(() => this.requireFiles().openRef(ref)),
    saveWorkshop: async () => {
      await this.fileOperation(() => this.requireFiles().save());
      return this.snapshot();
    },
    closeWorkshop: async () => {
      await this.fileOperation(() => this.requireFiles().close());
      this.unload();
      return this.snapshot();
    },
    listBackups: () => this.fileOperation(() => this.requireFiles().backups()),
    restoreBackup: ([name]) => this.fileOperation(() => this.requireFiles().restore(name)),
    getHistory: async () => this.files?.history() ?? [],
    getParticipantAccess: (_args, actor) => this.requireParticipantAccess(actor).get(),
    setParticipantAccess: ([change], actor) => this.requireParticipantAccess(actor).set(change),
    previewParticipantImport: async ([input], actor) => this.people.preview(this.requireFacilitator(actor, this.requireWorkshop()), input),
    importParticipants: async ([input], actor) =>
      this.people.import(this.requireFacilitator(actor, this.requireWritable()), input, async (command) => {
        await this.dispatch(command, actor);
        return this.requireWorkshop();
      }),
    exportPeople: async ([input], actor) => this.people.export(this.requireFacilitator(actor, this.requireWorkshop()), input),
    getPresentation: async () => (this.workshop ? this.presentation.snapshotFor(this.workshop) : null),
    present: async ([input], actor) => this.presented(await this.presentation.present(this.workshop, input, actor)),
    presenterCommand: async ([command], actor) => this.presented(await this.presentation.command(this.workshop, command, actor)),
    previewMinutes: async ([input], actor) => {
      const workshop = this.requireFacilitator(actor, this.requireWorkshop());
      // The facilitator is looking at the minutes: get the PDF worker ready for the export.
      this.minutes.warm(workshop);
      return this.minutes.preview(workshop, input);
    },
    exportMinutes: async ([input], actor) => this.minutes.export(this.requireFacilitator(actor, this.requireWorkshop()), input),
    getMinutesProgress: async (_args, actor) => this.requireFacilitator(actor, this.minutes.progress()),
  };

  private presented(outcome: PresentationOutcome): DispatchResult {
    if (!outcome.ok) throw new RequestFailure({ code: outcome.code, message: outcome.message, reason: outcome.reason });
    return { revision: this.revision };
  }

  private run(name: RequestName, args: unknown[], actor: Actor): Promise<unknown> {
    const handler = this.handlers[name] as (args: unknown[], actor: Actor) => Promise<unknown>;
    return handler(args, actor);
  }

  /** The files layer for this host: web mode and desktop have one; a bare host works in memory. */
  attachWorkspace(files: WorkspaceLike | null): void {
    this.files = files;
  }

  /** The participant server's access panel (electron/participant-server); none in a bare host. */
  attachParticipantAccess(service: ParticipantAccessService | null): void {
    this.participantAccess = service;
  }

  private requireParticipantAccess(actor: Actor): ParticipantAccessService {
    if (actor.kind !== 'facilitator') fail('FORBIDDEN', 'Only the facilitator decides how phones join.');
    if (!this.participantAccess) fail('NOT_AVAILABLE', 'Phone voting is not available here.');
    return this.participantAccess!;
  }

  /** Register files hold personal data: only the facilitator's windows may read or write them. */
  private requireFacilitator<T>(actor: Actor, value: T): T {
    if (actor.kind !== 'facilitator') fail('FORBIDDEN', 'Only the facilitator can import or export the register.');
    return value;
  }

  private requireFiles(): WorkspaceLike {
    if (!this.files) fail('NOT_AVAILABLE', 'Workshop files are not available here.');
    return this.files!;
  }

  /** Run a file operation, turning a WorkshopFileError into a clear FILE_PROBLEM reply. */
  private async fileOperation<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof WorkshopFileError) {
        throw new RequestFailure({
          code: 'FILE_PROBLEM',
          message: error.message,
          file: {
            problem: error.code,
            path: error.details.path,
            backups: error.details.backups?.map(({ name, takenAt }) => ({ name, takenAt: takenAt.toISOString() })),
          },
        });
      }
      throw error;
    }
  }

  // ── Verbs ────────────────────────────────────────────────────────────────────────────────

  snapshot(): HostSnapshot {
    const undo = canUndo(this.history);
    const redo = canRedo(this.history);
    return {
      revision: this.revision,
      workshop: this.workshop,
      file: { ...this.file },
      undo: { canUndo: !!undo, canRedo: !!redo, undoLabel: undo, redoLabel: redo },
      presentation: this.presentation.snapshotFor(this.workshop),
    };
  }

  /** Replace whatever is open with a fresh workshop (the files layer decides where it lives). */
  newWorkshop(input: { meta?: Partial<Workshop['meta']> } = {}): HostSnapshot {
    this.load(createWorkshop({ id: this.newId(), createdAt: this.clock().toISOString(), meta: input.meta }));
    return this.snapshot();
  }

  /** Nothing open any more (after closing a file). */
  unload(): void {
    this.workshop = null;
    this.history = EMPTY_UNDO;
    this.file = { path: null, saveState: 'memory', readOnly: false };
    this.publish([]);
  }

  /** Open an existing document (already validated by the file format layer). */
  load(workshop: Workshop, file: Partial<HostSnapshot['file']> = {}): void {
    this.workshop = workshop;
    this.history = EMPTY_UNDO;
    this.file = { path: null, saveState: 'memory', readOnly: false, ...file };
    this.rolledBackTo = 0;
    this.publish([]);
  }

  async dispatch(input: unknown, actor: Actor): Promise<DispatchResult> {
    const current = this.requireWritable();
    const parsed = parseCommand(input);
    if (!parsed.ok) fail(parsed.error.code, parsed.error.message);
    const command = (parsed as { ok: true; command: Command }).command;
    if (actor.kind === 'participant' && !PARTICIPANT_COMMAND_TYPES.has(command.type)) fail('FORBIDDEN', `a participant may not ${command.type}`);
    const entry: HostJournalEntry = { kind: 'command', id: this.newId(), at: this.clock().toISOString(), actor, command };
    const checkpoint = this.checkpoint();
    const events = this.applyEntry(current, entry);
    await this.commit(entry, events, checkpoint);
    return { revision: this.revision };
  }

  async undo(actor: Actor): Promise<DispatchResult> {
    return this.undoOrRedo('undo', actor);
  }

  async redo(actor: Actor): Promise<DispatchResult> {
    return this.undoOrRedo('redo', actor);
  }

  /**
   * Undo or redo, refused when it would take out of the document something the room sent since
   * (ballots in a round whose opening is undone, a join): nothing a facilitator did not delete
   * may vanish, not even until Redo. Worked out before journaling; applied in the same tick.
   */
  private async undoOrRedo(kind: 'undo' | 'redo', actor: Actor): Promise<DispatchResult> {
    this.requireWritable();
    const result = kind === 'undo' ? undo(this.history) : redo(this.history);
    if (!result) fail('NOTHING_TO_UNDO', `There is nothing to ${kind}.`);
    const outcome = result!;
    if (outcome.dropped.length > 0) {
      const reason = undoBlockedReason(kind, outcome);
      throw new RequestFailure({ code: 'UNDO_BLOCKED', message: reason.en, reason });
    }
    const entry: HostJournalEntry = { kind, id: this.newId(), at: this.clock().toISOString(), actor };
    const checkpoint = this.checkpoint();
    this.applyEntry(this.workshop!, entry, outcome);
    await this.commit(entry, [], checkpoint);
    return { revision: this.revision };
  }

  /**
   * Re-apply journal entries after opening a snapshot (crash recovery). Entries that no longer
   * apply are skipped and counted rather than failing the whole open.
   */
  replay(entries: readonly HostJournalEntry[]): { applied: number; skipped: number; erased: boolean } {
    let applied = 0;
    let skipped = 0;
    let erased = false;
    for (const entry of entries) {
      try {
        const events = this.applyEntry(this.requireWorkshop(), entry);
        erased ||= events.some((event) => event.type === 'participants.personalDataErased');
        applied++;
      } catch {
        skipped++;
      }
    }
    if (applied > 0) this.publish([]);
    // `erased`: the files layer must not keep a backup of the snapshot from before the erasure.
    return { applied, skipped, erased };
  }

  /** Where entries go to become durable (the open file's journal); in-memory when null. */
  setPersistence(persist: ((entry: HostJournalEntry) => Promise<void>) | null): void {
    this.persist = persist ?? (async () => {});
  }

  setFileState(file: Partial<HostSnapshot['file']>): void {
    const next = { ...this.file, ...file };
    if (JSON.stringify(next) === JSON.stringify(this.file)) return;
    this.file = next;
    this.publish([]);
  }

  get current(): Workshop | null {
    return this.workshop;
  }

  // ── Subscriptions ────────────────────────────────────────────────────────────────────────

  /** The listener gets the current snapshot at once, then every change. */
  subscribe(listener: SnapshotListener): () => void {
    this.snapshotListeners.add(listener);
    listener(this.snapshot());
    return () => this.snapshotListeners.delete(listener);
  }

  onEvents(listener: EventListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  // ── Internals ────────────────────────────────────────────────────────────────────────────

  /**
   * Apply one entry to memory synchronously, so entries are applied and journaled in one order.
   * `worked` is an undo/redo already worked out on the current history (live undo checks it first).
   * A replayed undo is applied as it was journaled, even if it drops entries (journals written
   * before undo refused that must replay to the document the facilitator saw).
   */
  private applyEntry(current: Workshop, entry: HostJournalEntry, worked?: UndoOutcome): DomainEvent[] {
    if (entry.kind === 'undo' || entry.kind === 'redo') {
      const result = worked ?? (entry.kind === 'undo' ? undo(this.history) : redo(this.history));
      if (!result) fail('NOTHING_TO_UNDO', `There is nothing to ${entry.kind}.`);
      this.history = result!.state;
      this.workshop = result!.document;
      return [];
    }
    const outcome = applyCommand(current, entry.command, { at: entry.at, commandId: entry.id, actor: entry.actor });
    if (!outcome.ok) throw new RequestFailure(outcome.error);
    const { document, events } = outcome as Extract<typeof outcome, { ok: true }>;
    if (document === current) return events;
    // After an erasure (PDPA) no earlier copy holding the names may stay in memory, so the undo
    // history ends here. (Undo would not bring them back anyway: it re-applies the erasure.)
    this.history = events.some((event) => event.type === 'participants.personalDataErased') ? EMPTY_UNDO : recordApplied(this.history, entry, current);
    this.workshop = document;
    return events;
  }

  private checkpoint(): Checkpoint {
    return { seq: ++this.entrySeq, workshop: this.workshop, undo: this.history };
  }

  /**
   * Persist, then publish. If the disk refuses, memory goes back to before the earliest entry
   * that failed (later entries fail too: a failed journal refuses further appends), so the
   * windows never show a change that is not on disk.
   */
  private async commit(entry: HostJournalEntry, events: DomainEvent[], checkpoint: Checkpoint): Promise<void> {
    try {
      await this.persist(entry);
    } catch (error) {
      if (!this.rolledBackTo || checkpoint.seq < this.rolledBackTo) {
        this.rolledBackTo = checkpoint.seq;
        this.workshop = checkpoint.workshop;
        this.history = checkpoint.undo;
        this.file = { ...this.file, saveState: 'error' };
        this.publish([]);
      }
      console.error('[ruam host] could not make a change durable', error);
      fail('INTERNAL', 'Ruam could not write this change to disk, so it was not made. Check the disk, then save the workshop elsewhere (Save As).');
    }
    this.publish(events);
  }

  private publish(events: DomainEvent[]): void {
    this.revision++;
    const snapshot = this.snapshot();
    for (const listener of this.snapshotListeners) listener(snapshot);
    if (events.length > 0) for (const listener of this.eventListeners) listener(events, snapshot);
  }

  private requireWorkshop(): Workshop {
    if (!this.workshop) fail('NO_WORKSHOP', 'No workshop is open. Create or open one first.');
    return this.workshop!;
  }

  private requireWritable(): Workshop {
    const workshop = this.requireWorkshop();
    if (this.file.readOnly) fail('FORBIDDEN', 'This workshop is open read-only; nothing can be changed.');
    return workshop;
  }
}

/**
 * Why an undo or redo was refused, for the detail line under the error's Thai title
 * (errors.code.UNDO_BLOCKED): what would have vanished, and what to do instead.
 */
function undoBlockedReason(kind: 'undo' | 'redo', outcome: UndoOutcome): LocalizedText {
  const ballots = outcome.dropped.filter((entry) => entry.command.type === 'ballot.cast').length;
  const others = outcome.dropped.length - ballots;
  const type = outcome.target.command.type;
  if (kind === 'undo' && (type === 'round.open' || type === 'round.revote') && others === 0) {
    return {
      th: `เลิกทำการเปิดรอบนี้ไม่ได้ เพราะมีผู้ลงคะแนนในรอบนี้แล้ว ${ballots} คน หากต้องการหยุดรับคำตอบ ให้กด “ปิดการลงคะแนน” คะแนนที่ได้รับแล้วจะยังนับอยู่`,
      en: `Opening this round can't be undone: ${plural(ballots, 'ballot was', 'ballots were')} cast in it since. Close the round instead; the ballots stay counted.`,
    };
  }
  const what = [ballots > 0 ? plural(ballots, 'ballot', 'ballots') : '', others > 0 ? plural(others, 'change from phones or entries', 'changes from phones or entries') : '']
    .filter(Boolean)
    .join(' and ');
  const whatTh = [ballots > 0 ? `คะแนน ${ballots} รายการ` : '', others > 0 ? `ข้อมูลจากมือถือหรือที่บันทึกไว้ ${others} รายการ` : ''].filter(Boolean).join(' และ');
  const label = commandDefinition(type).label;
  return {
    th: `${kind === 'undo' ? 'เลิกทำ' : 'ทำซ้ำ'} “${label.th}” ไม่ได้ เพราะ${whatTh}ที่ได้รับหลังจากนั้นจะหายไป จึงไม่ได้เปลี่ยนแปลงอะไร`,
    en: `${kind === 'undo' ? 'Undoing' : 'Redoing'} “${label.en}” would take out ${what} made since, so it was not done; nothing was changed.`,
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export type { SaveState };
