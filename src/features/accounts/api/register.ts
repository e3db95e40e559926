import { mutationOptions } from '@tanstack/react-query';
import type { RegisterInput } from '../../../contract/accounts';
import { apiRequest } from '../../../lib/api-client';

export function register(input: RegisterInput) {
  return apiRequest('/auth/register', 'authResponse', { method: 'POST', body: input });
}

export const registerMutationOptions = () =>
  mutationOptions({
    mutationKey: ['auth', 'register'] as const,
    mutationFn: register,
  });
