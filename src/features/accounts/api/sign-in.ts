import { mutationOptions } from '@tanstack/react-query';
import { authResponseSchema, type SignInInput } from '../../../contract/accounts';
import { apiRequest } from '../../../lib/api-client';

export function signIn(input: SignInInput) {
  return apiRequest('/auth/sign-in', authResponseSchema, { method: 'POST', body: input });
}

export const signInMutationOptions = () =>
  mutationOptions({
    mutationKey: ['auth', 'sign-in'] as const,
    mutationFn: signIn,
  });
