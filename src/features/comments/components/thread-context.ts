import { createContext, useContext } from 'react';
import type { ThreadSession } from '../lib/thread-session';

/** What every row of a thread view needs and nothing that changes often (rows are memoised). */
export interface ThreadViewContextValue {
  session: ThreadSession;
  reviewSlug: string;
  commentsOpen: boolean;
  /** Say something to screen reader users (polite). */
  announce: (message: string) => void;
}

export const ThreadViewContext = createContext<ThreadViewContextValue | null>(null);

export function useThreadView(): ThreadViewContextValue {
  const value = useContext(ThreadViewContext);
  if (!value) throw new Error('useThreadView: no ThreadViewContext above this row');
  return value;
}
