import { mutationOptions } from '@tanstack/react-query';
import type { SignInInput } from '../../../contract/accounts';
import { apiRequest } from '../../../lib/api-client';

export function signIn(input: SignInInput) {
  return apiRequest('/auth/sign-in', 'authResponse', { method: 'POST', body: input });
}

export const signInMutationOptions = () =>
  mutationOptions({
    mutationKey: ['auth', 'sign-in'] as const,
    mutationFn: signIn,
  });
