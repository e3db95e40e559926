import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createNodeBackend } from '../../mocks/node';
import { createRoutes } from '../app/router';
import { createQueryClient } from '../lib/query-client';
import { closeSignInPrompt, dismissSessionExpired } from '../lib/session';

export type NodeBackend = Awaited<ReturnType<typeof createNodeBackend>>;

/**
 * Starts the real API (the same handlers the browser runs) over a fresh
 * in-memory store for this test file. Unhandled requests fail the test.
 * Returns a getter, because the backend is created in beforeAll.
 */
export function setupTestBackend(): () => NodeBackend {
  let backend: NodeBackend | undefined;
  beforeAll(async () => {
    backend = await createNodeBackend();
    backend.server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => backend?.server.resetHandlers());
  afterAll(() => backend?.server.close());
  return () => {
    if (!backend) throw new Error('setupTestBackend: backend not started yet');
    return backend;
  };
}

/**
 * Mount the whole app (real routes, real loaders) at a URL, with a fresh QueryClient
 * and no sign-in prompt or "session expired" notice left open by an earlier test.
 */
export function renderApp(url = '/') {
  dismissSessionExpired();
  closeSignInPrompt();
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const utils = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...utils, user, router, queryClient };
}
