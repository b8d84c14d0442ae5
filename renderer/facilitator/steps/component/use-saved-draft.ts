import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * Text being edited against the text the host holds, for fields whose save is a command that the
 * host may refuse. Unlike a fire-and-forget draft, the typed text stays in the field until the
 * host has accepted it: a refusal (the message shows in the app's error notice) leaves the text
 * where it was, marked, so nothing typed is lost. Leaving the step mid-edit still sends it.
 *
 * `save` returns whether the text was taken (false: refused, or not readable — keep the draft).
 */
export function useSavedDraft(committed: string, save: (text: string) => Promise<boolean> | boolean, options: { multiline?: boolean } = {}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const committedRef = useRef(committed);
  committedRef.current = committed;
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(
    () => () => {
      const text = draftRef.current;
      if (text !== null && text !== committedRef.current) void saveRef.current(text);
    },
    [],
  );

  const finish = useCallback(async () => {
    const text = draftRef.current;
    if (text === null) return;
    if (text === committedRef.current) {
      setDraft(null);
      setRefused(false);
      return;
    }
    const taken = await saveRef.current(text);
    if (taken) {
      // Typing may have gone on while the host answered: keep anything newer.
      setDraft((current) => (current === text ? null : current));
      setRefused(false);
    } else {
      setRefused(true);
    }
  }, []);

  return {
    value: draft ?? committed,
    editing: draft !== null,
    refused,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      setRefused(false);
    },
    onBlur: () => void finish(),
    onKeyDown: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const commitKey = options.multiline ? event.key === 'Enter' && (event.ctrlKey || event.metaKey) : event.key === 'Enter' && !event.shiftKey;
      if (commitKey && !event.nativeEvent.isComposing) {
        event.preventDefault();
        void finish();
      } else if (event.key === 'Escape' && draftRef.current !== null) {
        event.preventDefault();
        setDraft(null);
        setRefused(false);
      }
    },
    /** Forget the draft (after a replacement value was committed some other way). */
    reset: () => {
      setDraft(null);
      setRefused(false);
    },
    finish,
  };
}
