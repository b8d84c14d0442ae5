import type { Actor } from '../../shared/commands/define';
import type { Command } from '../../shared/commands/registry';
import type { ErrorCode, ParticipantAccess, ParticipantAccessService } from '../../shared/contracts/facilitator';
import type { LocalizedText } from '../../shared/domain/text';
import type { Workshop } from '../../shared/domain/workshop';
import {
  INITIAL_PRESENTATION,
  followRound,
  planPresenterCommand,
  present,
  type HostPresentation,
  type PresentationState,
  type PresenterCommand,
  type PresenterPlan,
  type PresentInput,
  resultsOnScreen,
  roundEvents,
  type ShownRound,
} from '../../shared/projector/presentation';
import { findPoll, findRound } from '../../shared/polls/rounds';
import { toProjectorView, type LiveInput } from '../../shared/projector/to-view';
import type { ProjectorView } from '../../shared/projector/types';

/** What the presentation needs of the host; an interface so tests can drive it alone. */
export interface PresentationHost {
  /** Publish a snapshot to every window (a live change: nothing is journaled). */
  publish(): void;
  /** Run a document command through the host's ordinary dispatch: validated, journaled, undoable, published. */
  dispatch(command: Command, actor: Actor): Promise<unknown>;
  /** The participant server's access panel, when phone voting is available. */
  participantAccess(): ParticipantAccessService | null;
  /** Host clock, epoch ms. */
  now(): number;
}

/** A refusal says why in Thai and English (`reason`); `message` is its English, for logs and tests. */
export type PresentationOutcome = { ok: true } | { ok: false; code: ErrorCode; message: string; reason: LocalizedText };

const refusal = (code: ErrorCode, reason: LocalizedText): PresentationOutcome => ({ ok: false, code, message: reason.en, reason });

export interface PresentationOptions {
  /** How often the join slide's phone count is refreshed while it is shown (ms). */
  accessRefreshMs?: number;
}

type CachedView = { workshop: Workshop | null; state: PresentationState; live: LiveInput; view: ProjectorView };

/** Who records what the projector showed: Ruam itself, not the facilitator (shared/commands/define.ts). */
const SYSTEM: Actor = { kind: 'system' };

/**
 * The live presentation in the host: what the projector shows (the chosen view, blank, freeze,
 * contrast, timer). Live state, never saved in the workshop file, and held here rather than in a
 * window, so the projector keeps showing the right thing when the facilitator window reloads, and
 * a reloaded projector comes back to it.
 *
 * The document stays the one source of truth: reveal, hide, lock and unlock become the ordinary
 * round commands (round.reveal, round.hide, round.close, round.open, round.revote), dispatched
 * through the host like any other command, and the slides are built from the document by
 * shared/projector's `toProjectorView` for every snapshot.
 *
 * The projector follows the vote, wherever the move was made: every snapshot of a changed
 * document is checked for a poll whose round moved (`roundEvents`: opened, closed, revealed,
 * re-voted, or such a move undone or redone), and the slide follows it by shared/projector's one
 * rule, `followRound` — opening shows the question, revealing shows the results. The round bar of
 * a step, the presenter dock and Ctrl+Z all lead to the same slide, in the same published
 * snapshot as the change itself.
 *
 * What the room saw is recorded in the document: the first time a snapshot's view draws a round's
 * results (`resultsOnScreen`: not blank, not frozen on another slide), the service dispatches
 * `round.shown` for it with the `system` actor, just after that snapshot is published. Like every
 * change it is journaled before it counts, so it survives a crash; it is not an undo step, and
 * undoing the reveal leaves it (the room did see the results). The minutes count it.
 */
export class PresentationService {
  private state: PresentationState = INITIAL_PRESENTATION;
  private workshopId: string | null = null;
  /** The document the presentation last followed: round moves are found against it. */
  private seen: Workshop | null = null;
  private live: LiveInput = {};
  private cached: CachedView | null = null;
  private refreshTimer: ReturnType<typeof setInterval> | null = null;
  private readonly accessRefreshMs: number;
  /**
   * Rounds whose `round.shown` is on its way (workshop id, poll, round), so each is sent once. A
   * record the host refused (a read-only file, a failing disk) stays here: never retried for this
   * workshop, so a refusal cannot turn into a loop of snapshots.
   */
  private recording = new Set<string>();
  /** Records go to the host one after another, each after the snapshot that showed the round. */
  private records: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: PresentationHost,
    options: PresentationOptions = {},
  ) {
    this.accessRefreshMs = options.accessRefreshMs ?? 1000;
  }

  /** The presentation for a snapshot of `workshop` (following any round that moved in it). */
  snapshotFor(workshop: Workshop | null): HostPresentation {
    this.follow(workshop);
    const view = this.viewOf(workshop);
    if (workshop) this.recordShown(workshop, view);
    return { state: this.state, view };
  }

  /** Show a chosen view. */
  async present(workshop: Workshop | null, input: PresentInput, actor: Actor): Promise<PresentationOutcome> {
    const refused = this.refuse(workshop, actor);
    if (refused) return refused;
    return this.apply(present(this.state, workshop!, input.view), actor);
  }

  /** A presenter command: navigation, reveal/hide, lock/unlock, blank, freeze, timer, contrast. */
  async command(workshop: Workshop | null, command: PresenterCommand, actor: Actor): Promise<PresentationOutcome> {
    const refused = this.refuse(workshop, actor);
    if (refused) return refused;
    const plan = planPresenterCommand(this.state, workshop!, command, {
      now: this.host.now(),
      currentView: () => toProjectorView(workshop, { ...this.state, blank: false, frozen: null }, this.live),
    });
    return this.apply(plan, actor);
  }

  /** Stop following the phones (the host is closing). */
  stop(): void {
    this.setRefreshing(false);
  }

  private refuse(workshop: Workshop | null, actor: Actor): PresentationOutcome | null {
    if (actor.kind !== 'facilitator') {
      return refusal('FORBIDDEN', { th: 'เฉพาะผู้ดำเนินการเท่านั้นที่เลือกสิ่งที่แสดงบนจอภาพได้', en: 'Only the facilitator decides what the projector shows.' });
    }
    if (!workshop) return refusal('NO_WORKSHOP', { th: 'ยังไม่มีเวิร์กชอปที่เปิดอยู่ กรุณาสร้างหรือเปิดเวิร์กชอปก่อน', en: 'No workshop is open. Create or open one first.' });
    this.follow(workshop);
    return null;
  }

  private async apply(plan: PresenterPlan, actor: Actor): Promise<PresentationOutcome> {
    if (!plan.ok) return refusal('REJECTED', plan.reason);
    const before = this.state;
    this.state = plan.state;
    if (this.needsAccess()) await this.refreshAccess(false);
    this.setRefreshing(this.needsAccess());
    if (!plan.roundCommand) {
      if (this.state !== before) this.host.publish();
      return { ok: true };
    }
    // The round command's own publish carries the new presentation too: one snapshot, one revision.
    try {
      await this.host.dispatch(plan.roundCommand, actor);
    } catch (error) {
      this.state = before;
      this.setRefreshing(this.needsAccess());
      this.host.publish();
      throw error;
    }
    return { ok: true };
  }

  /**
   * Keep up with the document: a different workshop (or none) starts from the welcome slide, not
   * from the last one's state; in the same workshop, a poll whose round moved since the last
   * snapshot takes the projector with it (`followRound`).
   */
  private follow(workshop: Workshop | null): void {
    const id = workshop?.id ?? null;
    const before = this.seen;
    this.seen = workshop;
    if (id !== this.workshopId) {
      this.workshopId = id;
      this.state = INITIAL_PRESENTATION;
      this.live = {};
      this.recording.clear();
      this.setRefreshing(false);
      return;
    }
    if (!before || !workshop || before === workshop) return;
    let next = this.state;
    for (const event of roundEvents(before, workshop)) next = followRound(next, workshop, event);
    if (next === this.state) return;
    this.state = next;
    const wanted = this.needsAccess();
    this.setRefreshing(wanted);
    // The question slide shows how to join: read the phones' panel now rather than within a second.
    if (wanted) void this.refreshAccess(true);
  }

  /**
   * The room sees a round's results in `view`: record it on the round unless it already is. Sent
   * after the snapshot being built is published (never from inside a publish), through the host's
   * ordinary dispatch as the `system` actor. By then the document may have moved on; the round is
   * looked up again, in the same workshop.
   */
  private recordShown(workshop: Workshop, view: ProjectorView): void {
    const shown = resultsOnScreen(view, workshop);
    if (!shown || !unrecorded(workshop, shown)) return;
    const key = JSON.stringify([workshop.id, shown.pollId, shown.round]);
    if (this.recording.has(key)) return;
    this.recording.add(key);
    this.records = this.records.then(async () => {
      const current = this.seen;
      if (current?.id !== workshop.id || !unrecorded(current, shown)) {
        this.recording.delete(key);
        return;
      }
      try {
        await this.host.dispatch({ type: 'round.shown', payload: { pollId: shown.pollId, round: shown.round } }, SYSTEM);
        this.recording.delete(key);
      } catch {
        // A read-only file, or a disk that refused (the host has said so already): not tried again.
      }
    });
  }

  private viewOf(workshop: Workshop | null): ProjectorView {
    const cached = this.cached;
    if (cached && cached.workshop === workshop && cached.state === this.state && cached.live === this.live) return cached.view;
    const view = toProjectorView(workshop, this.state, this.live);
    this.cached = { workshop, state: this.state, live: this.live, view };
    return view;
  }

  /**
   * Whether what the projector shows reads the phones' access panel: the join slide (address, QR,
   * how many are online) and a question slide (how to join while voting is open).
   */
  private needsAccess(): boolean {
    const kind = this.state.choice.kind;
    return (kind === 'join' || kind === 'question') && !this.state.blank && this.state.frozen === null;
  }

  private setRefreshing(on: boolean): void {
    if (on && !this.refreshTimer && this.host.participantAccess()) {
      this.refreshTimer = setInterval(() => void this.refreshAccess(true), this.accessRefreshMs);
      // Never keeps the process alive on its own.
      this.refreshTimer.unref?.();
    } else if (!on && this.refreshTimer) {
      clearInterval(this.refreshTimer);
      this.refreshTimer = null;
    }
  }

  /** Read the phones' access panel; publish when what the join slide shows has changed. */
  private async refreshAccess(publish: boolean): Promise<void> {
    const service = this.host.participantAccess();
    if (!service) return;
    let access: ParticipantAccess;
    try {
      access = await service.get();
    } catch {
      // The participant server restarts by itself; the slide keeps what it last knew.
      return;
    }
    const next: LiveInput['access'] = {
      running: access.running,
      url: access.url,
      sessionCode: access.sessionCode,
      qrSvg: access.qrSvg,
      joinOpen: access.joinOpen,
      loopbackOnly: access.loopbackOnly,
      connected: access.connected,
    };
    if (JSON.stringify(next) === JSON.stringify(this.live.access ?? null)) return;
    const shown = publish && this.needsAccess() ? JSON.stringify(this.viewOf(this.seen)) : null;
    this.live = { ...this.live, access: next };
    // Publish only when the slide changed (a question slide does not show the online count).
    if (shown !== null && JSON.stringify(this.viewOf(this.seen)) !== shown) this.host.publish();
  }
}

/** Whether `shown` names a round of `workshop` that has no record yet of being on the projector. */
function unrecorded(workshop: Workshop, shown: ShownRound): boolean {
  const poll = findPoll(workshop, shown.pollId);
  const round = poll ? findRound(poll, shown.round) : undefined;
  return round !== undefined && round.shownAt === undefined;
}
