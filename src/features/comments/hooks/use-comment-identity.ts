import { useMemo, useSyncExternalStore } from 'react';
import { getGuestName, setGuestName, subscribeGuestName } from '../../../lib/guest-identity';
import { useSession, type SessionUser } from '../../../lib/session';

/**
 * Who the reader posts as: the account signed in in this tab, or a guest with
 * a remembered display name. `checking` while a stored session token is being
 * confirmed (neither name is shown yet, so nobody sees the wrong one).
 *
 * A signed-in user's posts carry no guestName: the backend takes the author
 * from the session.
 */
export type CommentIdentity =
  | {
      kind: 'guest';
      /** null until the guest gives one. */
      name: string | null;
      setName: (name: string) => void;
    }
  | { kind: 'user'; name: string; user: SessionUser }
  | { kind: 'checking'; name: null };

export function useCommentIdentity(): CommentIdentity {
  const guestName = useSyncExternalStore(subscribeGuestName, getGuestName, () => null);
  const { status, user } = useSession();
  return useMemo((): CommentIdentity => {
    if (status === 'signed-in' && user) return { kind: 'user', name: user.displayName, user };
    if (status === 'pending') return { kind: 'checking', name: null };
    return { kind: 'guest', name: guestName, setName: setGuestName };
  }, [status, user, guestName]);
}
