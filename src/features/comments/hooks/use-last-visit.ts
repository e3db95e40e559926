import { useEffect, useState } from 'react';
import { readLastVisit, writeLastVisit } from '../lib/last-visit';

/**
 * When the reader last left this discussion (null: never), fixed for this
 * visit so the "New" marks stay put while they read. The time is written
 * when they leave: the page hides (another tab, the window closes) or the
 * discussion unmounts (another page of the app). Arriving writes nothing.
 */
export function useLastVisit(reviewSlug: string): number | null {
  const [visit, setVisit] = useState(() => ({ slug: reviewSlug, since: readLastVisit(reviewSlug) }));
  if (visit.slug !== reviewSlug) setVisit({ slug: reviewSlug, since: readLastVisit(reviewSlug) });

  useEffect(() => {
    const leave = () => writeLastVisit(reviewSlug, Date.now());
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onVisibility);
      leave();
    };
  }, [reviewSlug]);

  return visit.slug === reviewSlug ? visit.since : readLastVisit(reviewSlug);
}
