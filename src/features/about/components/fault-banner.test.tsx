import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FAULT_STORAGE_KEY } from '../../../contract/fault-switch';
import type { FaultSettings, StatusResponse } from '../../../contract/system';
import { renderApp, setupTestBackend } from '../../../testing/render-app';
import { statusQueryOptions } from '../api/demo';

/** The query string the page was "loaded" with (src/lib/page-load.ts captures it at boot). */
const pageLoad = vi.hoisted(() => ({ search: '' }));
vi.mock('../../../lib/page-load', () => ({ pageLoadSearch: () => pageLoad.search }));

const backend = setupTestBackend();

const FAULTS: FaultSettings = { rate: 0.3, kinds: ['network', '500', '503', 'slow', 'hang'], seed: 7 };
const BANNER_TEXT =
  'Fault injection is on: 30% of requests fail or stall (network error, 500, 503, slow, hang).';

function statusWith(faults: FaultSettings | null) {
  backend().server.use(
    http.get('*/api/status', () =>
      HttpResponse.json<StatusResponse>({ storage: 'indexeddb', notice: null, seedVersion: 2, faults }),
    ),
  );
}

beforeEach(() => {
  pageLoad.search = '';
});

describe('fault injection banner', () => {
  it('says on every page that faults are on, politely, with a link that turns them off', async () => {
    statusWith(FAULTS);
    const { user, router } = renderApp('/about?tab=x&faultSeed=7#storage');
    const text = await screen.findByText(/Fault injection is on/);
    const banner = text.closest('[role="status"]');
    expect(banner).toHaveTextContent(`${BANNER_TEXT} Turn off`);
    const off = screen.getByRole('link', { name: 'Turn off fault injection' });
    // The same page, reloaded with ?faults=0 and without the other fault parameters.
    expect(off).toHaveAttribute('href', '/about?tab=x&faults=0#storage');

    await user.click(screen.getByRole('link', { name: 'Reviews' }));
    await screen.findByRole('heading', { level: 1, name: 'Reviews' });
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByText(/Fault injection is on/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Turn off fault injection' })).toHaveAttribute(
      'href',
      '/?faults=0',
    );
  });

  it('shows nothing when the backend says faults are off', async () => {
    const { queryClient } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Reviews' });
    await waitFor(() =>
      expect(queryClient.getQueryState(statusQueryOptions().queryKey)?.status).toBe('success'),
    );
    expect(queryClient.getQueryData(statusQueryOptions().queryKey)?.faults ?? null).toBeNull();
    expect(screen.queryByText(/Fault injection is on/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Turn off fault injection' })).not.toBeInTheDocument();
  });

  it('knows from the tab’s memory without the status, and stays when the status fails', async () => {
    sessionStorage.setItem(FAULT_STORAGE_KEY, JSON.stringify({ ...FAULTS, kinds: ['slow', 'hang'] }));
    backend().server.use(
      http.get('*/api/status', () => HttpResponse.json({ status: 503, title: 'Busy' }, { status: 503 })),
    );
    renderApp('/');
    const text = await screen.findByText(/Fault injection is on/);
    expect(text.closest('[role="status"]')).toHaveTextContent(
      'Fault injection is on: 30% of requests fail or stall (slow, hang).',
    );
    await screen.findByRole('heading', { level: 1, name: 'Reviews' });
    expect(screen.getByText(/Fault injection is on/)).toBeInTheDocument();
    // Quietly: a failed status is no error of the page's.
    expect(screen.queryAllByRole('alert').filter((alert) => alert.textContent !== '')).toEqual([]);
  });

  it('reads ?faults= from the URL the page was loaded with, though a redirect has dropped it', async () => {
    pageLoad.search = '?faults=0.25&faultSeed=4';
    backend().server.use(
      http.get('*/api/status', () => HttpResponse.json({ status: 503, title: 'Busy' }, { status: 503 })),
    );
    // A guest opening the inbox is sent to sign in: the URL no longer mentions faults.
    const { router } = renderApp('/inbox?faults=0.25&faultSeed=4');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('faults')).toBeNull();
    const text = await screen.findByText(/Fault injection is on/);
    expect(text.closest('[role="status"]')).toHaveTextContent(
      'Fault injection is on: 25% of requests fail or stall (network error, 500, 503, slow, hang, answer lost after saving).',
    );
  });

  it('trusts the backend over the tab’s memory once it answers', async () => {
    sessionStorage.setItem(FAULT_STORAGE_KEY, JSON.stringify(FAULTS));
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    backend().server.use(
      http.get('*/api/status', async () => {
        await answered;
        return HttpResponse.json<StatusResponse>({
          storage: 'indexeddb',
          notice: null,
          seedVersion: 2,
          faults: null,
        });
      }),
    );
    renderApp('/');
    expect(await screen.findByText(/Fault injection is on/)).toBeInTheDocument();
    answer();
    await waitFor(() => expect(screen.queryByText(/Fault injection is on/)).not.toBeInTheDocument());
  });
});
