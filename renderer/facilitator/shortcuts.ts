import { useEffect } from 'react';
import { adjacentStep } from './steps/registry';
import { useAppStore } from '../store/app-store';

export type ShortcutAction = 'undo' | 'redo' | 'previous-step' | 'next-step';

type KeyInput = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'target'>;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time', 'datetime-local', 'month', 'week']);

/** Is the user typing in a field, where the browser's own undo and arrow keys belong? */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return TEXT_INPUT_TYPES.has(((element as HTMLInputElement).type || 'text').toLowerCase());
  return element.isContentEditable === true;
}

/**
 * The app-wide keys: Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z and Ctrl+Y redo (the workshop's undo, not a
 * field's: inside a text field the browser undoes the typing instead), Alt+↑/↓ previous/next step
 * (not in multi-line fields and lists, where Alt+arrows have their own meaning).
 */
export function shortcutFor(event: KeyInput): ShortcutAction | null {
  const key = event.key.toLowerCase();
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey) {
    if (isTextEntry(event.target)) return null;
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
    return null;
  }
  if (event.altKey && !mod && !event.shiftKey && (key === 'arrowup' || key === 'arrowdown')) {
    const tag = (event.target as Element | null)?.tagName?.toLowerCase();
    if (tag === 'textarea' || tag === 'select' || (event.target as HTMLElement | null)?.isContentEditable) return null;
    return key === 'arrowup' ? 'previous-step' : 'next-step';
  }
  return null;
}

/** Listens on the window while a workshop is open. */
export function useWorkflowShortcuts(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      const state = useAppStore.getState();
      const undo = state.host?.undo;
      switch (action) {
        case 'undo':
          if (undo?.canUndo) void state.undo();
          break;
        case 'redo':
          if (undo?.canRedo) void state.redo();
          break;
        case 'previous-step':
        case 'next-step': {
          const next = adjacentStep(state.session.step, action === 'next-step' ? 1 : -1);
          if (next) state.goTo(next.id);
          break;
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
