import { createContext, useContext, useEffect, useLayoutEffect, type RefObject } from 'react';
import { useSessionState } from '../hooks/use-thread-session';
import type { ThreadSession } from '../lib/thread-session';

/** True inside a windowed list: the list brings rows on screen (scrollToIndex), rows only take focus. */
export const ListScrollsRows = createContext(false);

/**
 * A row answers the session's row target: it scrolls itself into view and,
 * when asked, takes focus. When a row that holds focus unmounts (a pending
 * comment turning into the confirmed one, a windowed row recycled) it asks
 * for focus to come back to the row with its key.
 */
export function useRowTarget(session: ThreadSession, rowKey: string, ref: RefObject<HTMLElement | null>) {
  const target = useSessionState(session, (s) => (s.target?.key === rowKey ? s.target : null));
  const listScrolls = useContext(ListScrollsRows);

  useEffect(() => {
    if (!target || !session.isTargetLive(target)) return;
    const el = ref.current;
    if (!el) return;
    if (target.focus) el.focus({ preventScroll: true });
    // A jump, not a glide: find-in-page and permalinks land at once.
    if (!listScrolls) jumpTo(el);
    session.settleRow(rowKey);
  }, [target, session, rowKey, ref, listScrolls]);

  useLayoutEffect(() => {
    const el = ref.current;
    return () => {
      // Layout cleanups run before the element leaves the document: focus is still inside it.
      // Unless something already asked for focus elsewhere (a deleted comment hands it to its parent).
      if (el?.contains(document.activeElement) && !session.isTargetLive(session.getState().target)) {
        session.requestRow(rowKey, true);
      }
    };
  }, [session, rowKey, ref]);
}

/**
 * A jump, except to the comment the address's hash names. Arriving by such a
 * link, the router and the review page scroll to it too, smoothly (the page
 * sets `scroll-behavior: smooth`), and Chrome does not stop a running smooth
 * scroll for an instant one: the animation goes on from the new place and
 * the page lands far past the row. A smooth scroll retargets the running
 * animation instead, so this one lands.
 */
function jumpTo(el: HTMLElement): void {
  // Not in every environment (jsdom has no layout).
  if (typeof el.scrollIntoView !== 'function') return;
  // Compared encoded rather than decoded: a malformed hash (#%E0) makes decodeURIComponent throw.
  const hash = window.location.hash.slice(1);
  const named = el.id !== '' && (hash === el.id || hash === encodeURIComponent(el.id));
  el.scrollIntoView({ block: 'center', behavior: named ? 'smooth' : 'instant' });
}
