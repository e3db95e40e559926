import { apiRequest } from '../../../lib/api-client';

/**
 * "Not you? Sign out" in the composer. The accounts feature has its own
 * sign-out; this is the same request, kept here because features do not
 * import each other.
 */
export function signOut() {
  return apiRequest('/auth/sign-out', 'noContent', { method: 'POST', body: {} });
}
