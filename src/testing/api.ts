import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../mocks/seed/users';
import { authResponseSchema, type AuthResponse } from '../contract/accounts';

/** The absolute URL of an API path on the test backend (fetch in jsdom needs one). */
export const apiUrl = (path: string) => new URL(`/api${path}`, window.location.href).toString();

/** Signs a demo user in straight through the API, as another tab would; not through the page. */
export async function signInByApi(username: string): Promise<AuthResponse> {
  const response = await fetch(apiUrl('/auth/sign-in'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD, remember: false }),
  });
  expect(response.status).toBe(200);
  return authResponseSchema.parse(await response.json());
}
