import { useMemo, useSyncExternalStore } from 'react';
import { getGuestName, setGuestName, subscribeGuestName } from '../../../lib/guest-identity';

/**
 * Who the reader posts as. Today everyone is a guest with a remembered display
 * name. Accounts (issue 4) add a `user` variant here, and the composers, which
 * only show `name` and ask for one when a guest has none, keep working.
 */
export type CommentIdentity = {
  kind: 'guest';
  /** null until the guest gives one. */
  name: string | null;
  setName: (name: string) => void;
};

export function useCommentIdentity(): CommentIdentity {
  const name = useSyncExternalStore(subscribeGuestName, getGuestName, () => null);
  return useMemo(() => ({ kind: 'guest', name, setName: setGuestName }), [name]);
}
