import { GUEST_TOKEN_HEADER } from '../src/contract/comments';
import type { Actor } from './domain/comments';

/**
 * Who is asking. Until accounts land every caller is a guest, identified by the
 * opaque per-browser token the client sends; the domain rejects writes whose
 * token is missing or malformed. The author of a comment is always decided
 * here and in the domain, never taken from the request body.
 */
export function actorFrom(request: Request): Actor {
  return { kind: 'guest', guestName: null, guestToken: request.headers.get(GUEST_TOKEN_HEADER) ?? '' };
}
