import { useMemo } from 'react';
import { flattenThread } from '../lib/flatten';
import type { PendingPost, ThreadSession } from '../lib/thread-session';
import type { ThreadNode } from '../lib/tree';
import { useSessionState } from './use-thread-session';

/** The rows a view shows, from its roots and the session's collapse state and pending posts. */
export function useThreadRows(
  session: ThreadSession,
  roots: readonly ThreadNode[],
  {
    showTopLevelPending = false,
    rootParentName = null,
  }: { showTopLevelPending?: boolean; rootParentName?: string | null } = {},
) {
  const collapsed = useSessionState(session, (s) => s.collapsed);
  const pending = useSessionState(session, (s) => s.pending);
  const ownNewIds = useSessionState(session, (s) => s.ownNewIds);
  const rowKeys = useSessionState(session, (s) => s.rowKeys);
  return useMemo(
    () =>
      flattenThread<PendingPost>(roots, {
        collapsed,
        pending,
        ownNewIds,
        keyFor: (id) => rowKeys.get(id) ?? id,
        showTopLevelPending,
        rootParentName,
      }),
    [roots, collapsed, pending, ownNewIds, rowKeys, showTopLevelPending, rootParentName],
  );
}
