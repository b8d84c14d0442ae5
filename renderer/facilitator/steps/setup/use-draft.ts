import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { WorkshopMeta } from '../../../../shared/domain/workshop';
import { useAppStore } from '../../../store/app-store';

/** Send one meta.update: every call is one undo step, so callers send on commit, never per keystroke. */
export function useUpdateMeta() {
  const dispatch = useAppStore((s) => s.dispatch);
  return useCallback((patch: Partial<WorkshopMeta>) => dispatch({ type: 'meta.update', payload: patch }), [dispatch]);
}

/**
 * Committed text versus the text being typed. While a field is being edited it shows the draft;
 * otherwise it shows what the host says (so undo, or another window's edit, shows at once).
 * `commit` is called on blur, on Enter and when the field goes away mid-edit (a step change);
 * it returns false to keep the draft (the input could not be read), or the text as it will now
 * read (a typed "9.00" becomes "09.00") for a field that stays in editing after Enter.
 */
export function useDraft(committed: string, commit: (text: string) => boolean | string) {
  const [draft, setDraft] = useState<string | null>(null);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const commitRef = useRef(commit);
  commitRef.current = commit;

  // Leaving the step while typing must not lose the text.
  useEffect(
    () => () => {
      if (draftRef.current !== null) commitRef.current(draftRef.current);
    },
    [],
  );

  const finish = useCallback((keepEditing: boolean) => {
    const text = draftRef.current;
    if (text === null) return;
    const accepted = commitRef.current(text);
    if (accepted === false) return;
    if (!keepEditing) setDraft(null);
    else if (typeof accepted === 'string') setDraft(accepted);
  }, []);

  return {
    value: draft ?? committed,
    editing: draft !== null,
    setDraft,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: () => finish(false),
    /** Enter commits (Shift+Enter is left alone for multi-line fields); Escape goes back to the committed text. */
    onKeyDown: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
        event.preventDefault();
        finish(true);
      } else if (event.key === 'Escape' && draftRef.current !== null) {
        event.preventDefault();
        setDraft(null);
      }
    },
    finish,
  };
}
