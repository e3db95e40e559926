import { mutationOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Ends the session on the server (idempotent, 204). */
export function signOut() {
  return apiRequest('/auth/sign-out', 'noContent', { method: 'POST', body: {} });
}

export const signOutMutationOptions = () =>
  mutationOptions({
    mutationKey: ['auth', 'sign-out'] as const,
    mutationFn: signOut,
  });
