/**
 * Helpers for component tests (vitest + happy-dom, no testing library): mount with React's act,
 * drive fields the way a browser does, and a fake host that satisfies FacilitatorApi and applies
 * commands with the real reducer, so a test sees what a facilitator would.
 */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';
import { applyCommand, commandDefinition, parseCommand } from '../shared/commands/reducer';
import type { Command } from '../shared/commands/registry';
import {
  HostRequestError,
  REQUEST_NAMES,
  type FacilitatorApi,
  type HostSnapshot,
} from '../shared/contracts/facilitator';
import { createWorkshop } from '../shared/domain/create';
import type { Workshop, WorkshopMeta } from '../shared/domain/workshop';
import type { Language } from '../shared/domain/text';
import { useAppStore } from './store/app-store';
import { createI18n } from './i18n';
import { App } from './facilitator/App';

// React only flushes effects inside act() when it knows it is in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  unmount(): Promise<void>;
}

const mounted = new Set<{ root: Root; container: HTMLElement }>();

export async function render(ui: ReactElement): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const entry = { root, container };
  mounted.add(entry);
  await act(async () => root.render(ui));
  return {
    container,
    async unmount() {
      await act(async () => root.unmount());
      container.remove();
      mounted.delete(entry);
    },
  };
}

/** Unmount everything and put the store back as a fresh window has it. */
export async function cleanup(): Promise<void> {
  for (const { root, container } of mounted) {
    await act(async () => root.unmount());
    container.remove();
  }
  mounted.clear();
  resetStore();
}

const initialStore = useAppStore.getState();
export function resetStore(patch: { step?: string; uiLanguage?: Language } = {}): void {
  useAppStore.setState(
    {
      ...initialStore,
      host: null,
      api: null,
      session: { ...initialStore.session, uiLanguage: 'th', ...patch },
      live: { ...initialStore.live },
    },
    true,
  );
}

/** Let pending promises (a dispatch, its snapshot) settle and React re-render. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

export function byTestId<T extends HTMLElement = HTMLElement>(id: string, root: ParentNode = document): T {
  const element = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!element) throw new Error(`no element with data-testid="${id}"`);
  return element;
}

export function queryByTestId<T extends HTMLElement = HTMLElement>(id: string, root: ParentNode = document): T | null {
  return root.querySelector<T>(`[data-testid="${id}"]`);
}

/** Everything a user would read on the page (or in `root`). */
export function textOf(root: ParentNode = document.body): string {
  return (root as HTMLElement).textContent ?? '';
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    element.click();
  });
  await settle();
}

/** Type into a field as a user would: focus, then one input event per character. */
export async function type(element: HTMLInputElement | HTMLTextAreaElement, text: string, { replace = true } = {}): Promise<void> {
  const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(proto, 'value')!.set!;
  await act(async () => {
    element.focus();
  });
  let value = replace ? '' : element.value;
  for (const char of [...text]) {
    value += char;
    await act(async () => {
      // The prototype's setter, so React's value tracking sees a change as it does in a browser.
      setValue.call(element, value);
      element.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
}

export async function blur(element: HTMLElement): Promise<void> {
  await act(async () => {
    element.blur();
  });
  await settle();
}

export async function press(target: EventTarget, key: string, modifiers: Partial<Pick<KeyboardEventInit, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>> = {}): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers });
  await act(async () => {
    target.dispatchEvent(event);
  });
  await settle();
  return event;
}

// ── A fake host ─────────────────────────────────────────────────────────────────────────────

export interface FakeHost {
  api: FacilitatorApi;
  /** Every command dispatched, in order, as the UI sent it. */
  commands: Command[];
  snapshot(): HostSnapshot;
  /** Publish a change as the host would (a new revision). */
  publish(change: Partial<HostSnapshot>): void;
}

const UNDO_LABEL = (type: Command['type']) => commandDefinition(type).label;

export interface FakeHostOptions {
  /** null: no workshop open (the start screen). Default: a fresh workshop. */
  workshop?: Workshop | null;
  meta?: Partial<WorkshopMeta>;
  /** Answer dispatches only after this many ms, as a real host does after its journal write. */
  latency?: number;
}

export function createFakeHost(options: FakeHostOptions = {}): FakeHost {
  const fresh = () => createWorkshop({ id: 'workshop-1', createdAt: '2026-11-26T02:00:00.000Z', meta: options.meta });
  let snapshot: HostSnapshot = {
    revision: 1,
    workshop: options.workshop === undefined ? fresh() : options.workshop,
    file: { path: null, saveState: 'memory', readOnly: false },
    undo: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
  };
  const listeners = new Set<(snapshot: HostSnapshot) => void>();
  const commands: Command[] = [];
  const undoStack: { before: Workshop; after: Workshop; type: Command['type'] }[] = [];
  const redoStack: typeof undoStack = [];

  const publish = (change: Partial<HostSnapshot>) => {
    snapshot = { ...snapshot, ...change, revision: snapshot.revision + 1 };
    for (const listener of listeners) listener(snapshot);
  };
  const undoState = (): HostSnapshot['undo'] => ({
    canUndo: undoStack.length > 0,
    canRedo: redoStack.length > 0,
    undoLabel: undoStack.length ? UNDO_LABEL(undoStack.at(-1)!.type) : null,
    redoLabel: redoStack.length ? UNDO_LABEL(redoStack.at(-1)!.type) : null,
  });

  // Verbs this fake does not model refuse loudly, so a test that needs one finds out.
  const unmodelled = Object.fromEntries(
    REQUEST_NAMES.map((name) => [name, vi.fn(async () => Promise.reject(new HostRequestError('NOT_AVAILABLE', `the fake host has no ${name}`)))]),
  ) as unknown as Omit<FacilitatorApi, 'onSnapshot'>;

  const api = {
    ...unmodelled,
    getSnapshot: vi.fn(async () => snapshot),
    newWorkshop: vi.fn(async () => {
      undoStack.length = 0;
      redoStack.length = 0;
      publish({ workshop: fresh(), undo: undoState() });
      return snapshot;
    }),
    dispatch: vi.fn(async (command: Command) => {
      commands.push(command);
      if (options.latency) await new Promise((resolve) => setTimeout(resolve, options.latency));
      const current = snapshot.workshop;
      if (!current) throw new HostRequestError('NO_WORKSHOP', 'No workshop is open.');
      const parsed = parseCommand(command);
      if (!parsed.ok) throw new HostRequestError(parsed.error.code, parsed.error.message);
      const outcome = applyCommand(current, parsed.command, { at: '2026-11-26T03:00:00.000Z', commandId: `c${commands.length}`, actor: { kind: 'facilitator' } });
      if (!outcome.ok) throw HostRequestError.from(outcome.error);
      if (outcome.document !== current) {
        undoStack.push({ before: current, after: outcome.document, type: command.type });
        redoStack.length = 0;
      }
      publish({ workshop: outcome.document, undo: undoState() });
      return { revision: snapshot.revision };
    }),
    undo: vi.fn(async () => {
      const step = undoStack.pop();
      if (!step) throw new HostRequestError('NOTHING_TO_UNDO', 'There is nothing to undo.');
      redoStack.push(step);
      publish({ workshop: step.before, undo: undoState() });
      return { revision: snapshot.revision };
    }),
    redo: vi.fn(async () => {
      const step = redoStack.pop();
      if (!step) throw new HostRequestError('NOTHING_TO_UNDO', 'There is nothing to redo.');
      undoStack.push(step);
      publish({ workshop: step.after, undo: undoState() });
      return { revision: snapshot.revision };
    }),
    onSnapshot(listener: (snapshot: HostSnapshot) => void) {
      listeners.add(listener);
      listener(snapshot);
      return () => {
        listeners.delete(listener);
      };
    },
  } satisfies FacilitatorApi;

  return { api, commands, snapshot: () => snapshot, publish };
}

/**
 * The facilitator window as a user meets it: a fake host attached to the store, the app mounted.
 */
export async function renderApp(
  options: FakeHostOptions & { step?: string; uiLanguage?: Language; projectorUrl?: string | null } = {},
): Promise<FakeHost & Rendered> {
  resetStore({ step: options.step ?? 'setup', uiLanguage: options.uiLanguage ?? 'th' });
  const host = createFakeHost(options);
  useAppStore.getState().attach(host.api);
  const rendered = await render(<App i18n={createI18n(options.uiLanguage ?? 'th')} projectorUrl={options.projectorUrl ?? null} />);
  return { ...host, ...rendered };
}

/** The meta.update payloads sent so far, in order. */
export function metaPatches(host: FakeHost): Partial<WorkshopMeta>[] {
  return host.commands.filter((c) => c.type === 'meta.update').map((c) => c.payload as Partial<WorkshopMeta>);
}
