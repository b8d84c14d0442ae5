import { useEffect } from 'react';
import type { PresenterCommand } from '../../../shared/projector/presentation';
import { isTextEntry } from '../shortcuts';

type KeyInput = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target' | 'repeat'>;

/**
 * The presenter's keys, and a presentation clicker's (which sends PageDown / PageUp, and often
 * "b" or "." for a black screen): never while the facilitator is typing in a field, never with
 * Ctrl/⌘/Alt (those belong to the app and the browser).
 */
export function presenterKey(event: KeyInput): PresenterCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTextEntry(event.target)) return null;
  switch (event.key) {
    case 'PageDown':
      return { kind: 'next' };
    case 'PageUp':
      return { kind: 'previous' };
  }
  // Toggles: a held key must not flicker the screen.
  if (event.repeat) return null;
  switch (event.key.toLowerCase()) {
    case 'b':
    case '.':
      return { kind: 'blank' };
    case 'f':
      return { kind: 'freeze' };
    default:
      return null;
  }
}

/** Listens on the window while the presenter controls are mounted. */
export function usePresenterKeys(enabled: boolean, send: (command: PresenterCommand) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = presenterKey(event);
      if (!command) return;
      event.preventDefault();
      send(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, send]);
}
