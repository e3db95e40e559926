import { SESSION_HEADER } from '../src/contract/accounts';
import { GUEST_TOKEN_HEADER } from '../src/contract/comments';
import { readCredentials, type RequestCredentials } from './domain/accounts';

export { resolveRequester, type RequestCredentials, type Requester } from './domain/accounts';

/**
 * Who is asking, step 1 (outside any transaction, since it hashes the bearer
 * token with Web Crypto): the session token (`Authorization: Bearer …`) and
 * the guest token (X-Guest-Token). Step 2 is resolveRequester(tx, creds, now,
 * mode) inside the handler's transaction, which looks the session up and
 * answers a user actor, or a guest one. The author of a comment is always
 * decided there and in the domain, never taken from the request body.
 */
export function credentialsOf(request: Request): Promise<RequestCredentials> {
  return readCredentials(request.headers.get(SESSION_HEADER), request.headers.get(GUEST_TOKEN_HEADER));
}
