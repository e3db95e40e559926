import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useThreadSession } from '../hooks/use-thread-session';
import { loadRevealAll, saveRevealAll } from '../lib/spoiler-prefs';
import type { ThreadSession } from '../lib/thread-session';
import { SpoilerControlProvider, type SpoilerControl } from './comment-body';
import { ThreadViewContext, type ThreadViewContextValue } from './thread-context';

export interface ThreadScope {
  session: ThreadSession;
  revealAll: boolean;
  setRevealAll: (revealAll: boolean) => void;
  view: ThreadViewContextValue;
  spoilers: SpoilerControl;
  announcement: { text: string; n: number };
}

/** What every view of a review's discussion shares: its session, the spoiler switch, announcements. */
export function useThreadScope(review: {
  slug: string;
  commentsOpen: boolean;
  film: { slug: string };
}): ThreadScope {
  const session = useThreadSession(review.slug);
  const [revealAll, setRevealAllState] = useState(() => loadRevealAll(review.film.slug));
  const filmSlug = review.film.slug;
  const setRevealAll = useCallback(
    (next: boolean) => {
      saveRevealAll(filmSlug, next);
      session.resetSpoilers();
      setRevealAllState(next);
    },
    [filmSlug, session],
  );
  const [announcement, setAnnouncement] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => setAnnouncement((a) => ({ text, n: a.n + 1 })), []);
  const view = useMemo(
    () => ({ session, reviewSlug: review.slug, commentsOpen: review.commentsOpen, announce }),
    [session, review.slug, review.commentsOpen, announce],
  );
  const spoilers = useMemo<SpoilerControl>(
    () => ({
      revealAll,
      subscribe: session.subscribe,
      isToggled: (key) => session.getState().revealedSpoilers.has(key),
      toggle: (key) => session.toggleSpoiler(key),
    }),
    [session, revealAll],
  );
  // Posts left in the outbox by an earlier visit go out again.
  useEffect(() => session.resume(), [session]);
  return { session, revealAll, setRevealAll, view, spoilers, announcement };
}

export function ThreadScopeProvider({ scope, children }: { scope: ThreadScope; children: ReactNode }) {
  const { text, n } = scope.announcement;
  return (
    <ThreadViewContext.Provider value={scope.view}>
      <SpoilerControlProvider value={scope.spoilers}>
        {children}
        <p className="visually-hidden" aria-live="polite">
          {/* Alternating an invisible character makes a repeated message count as new. */}
          {text}
          {n % 2 === 1 ? '\u200b' : ''}
        </p>
      </SpoilerControlProvider>
    </ThreadViewContext.Provider>
  );
}
