import { useCallback, useEffect, useRef, useState } from 'react';
import {
  clearDraft,
  createDebouncedSaver,
  draftKey,
  loadDraft,
  saveDraft,
  type DraftSaver,
  type DraftTarget,
} from '../../../lib/drafts';
import { newClientId } from '../lib/client-id';

export interface DraftState {
  text: string;
  /** Created with the first character of a new comment, kept until the comment is sent. */
  clientId: string | null;
  /** The text came back from storage (a reload, a crash, a composer opened again). */
  restored: boolean;
}

/**
 * A composer's text, saved to localStorage as the person types (debounced,
 * flushed when the page hides or the composer unmounts). `pristine` text (an
 * edit that changes nothing) is not kept as a draft.
 */
export function useDraft(
  target: DraftTarget,
  { initialText = '', pristine }: { initialText?: string; pristine?: (text: string) => boolean } = {},
) {
  const key = draftKey(target);
  const [state, setState] = useState<DraftState>(() => {
    const draft = loadDraft(target);
    if (draft && draft.text !== '' && !(pristine?.(draft.text) ?? false)) {
      return { text: draft.text, clientId: draft.clientId, restored: true };
    }
    return { text: initialText, clientId: null, restored: false };
  });

  const targetRef = useRef(target);
  const pristineRef = useRef(pristine);
  useEffect(() => {
    targetRef.current = target;
    pristineRef.current = pristine;
  });

  const saverRef = useRef<DraftSaver<{ text: string; clientId: string | null }> | null>(null);
  useEffect(() => {
    const saver = createDebouncedSaver<{ text: string; clientId: string | null }>(({ text, clientId }) => {
      const t = targetRef.current;
      if (text === '' || pristineRef.current?.(text)) clearDraft(t);
      else saveDraft(t, { text, clientId, savedAt: Date.now() });
    });
    saverRef.current = saver;
    return () => {
      saver.dispose();
      saverRef.current = null;
    };
  }, [key]);

  useEffect(() => {
    saverRef.current?.schedule({ text: state.text, clientId: state.clientId });
  }, [state.text, state.clientId]);

  const setText = useCallback(
    (text: string) =>
      setState((s) => ({
        ...s,
        text,
        clientId: s.clientId ?? (targetRef.current.kind === 'comment' && text !== '' ? newClientId() : null),
      })),
    [],
  );

  /** After a submit: the text now lives elsewhere (the outbox, the server). */
  const reset = useCallback(() => {
    saverRef.current?.cancel();
    clearDraft(targetRef.current);
    setState({ text: '', clientId: null, restored: false });
  }, []);

  /** The person threw the text away. */
  const discard = reset;

  /** Write whatever is waiting now. */
  const flush = useCallback(() => saverRef.current?.flush(), []);

  return { ...state, setText, reset, discard, flush };
}
