import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Problem } from '../../../contract/problem';
import { renderApp, setupTestBackend } from '../../../testing/render-app';

const backend = setupTestBackend();

/** The review list, which the index page loads first, answers this problem. */
function reviewsFailWith(problem: Problem) {
  backend().server.use(
    http.get('*/api/reviews', () =>
      HttpResponse.json(problem, {
        status: problem.status,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    ),
  );
}

const UPDATED_ELSEWHERE = 'Screening Room was updated in another tab. Reload this page to continue.';

beforeEach(() => {
  // The failing page's error boundary logs the error it shows; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('StorageNotice: storage lost while the page is open', () => {
  // First: once a store is lost, the banner stays for the life of the page (module state).
  it('leaves a full disk to the place the write failed: no banner for a 507', async () => {
    reviewsFailWith({
      status: 507,
      title: 'Storage full',
      detail: "Your browser's storage for this site is full.",
      code: 'store-quota',
    });
    renderApp('/');
    // The page that asked shows the words itself.
    await waitFor(() => expect(screen.getAllByText(/storage for this site is full/)).not.toHaveLength(0));
    expect(screen.queryByText('Changes cannot be saved right now.')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reload page' })).not.toBeInTheDocument();
  });

  it('says so site-wide, in the backend’s words, with a way to reload', async () => {
    reviewsFailWith({
      status: 503,
      title: 'Storage unavailable',
      detail: UPDATED_ELSEWHERE,
      code: 'store-blocked',
    });
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload });
    const { user } = renderApp('/');

    const lead = await screen.findByText('Changes cannot be saved right now.');
    const region = lead.closest('[role="status"]');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent(
      `Changes cannot be saved right now. ${UPDATED_ELSEWHERE} Unsent comments and drafts are kept in this browser.`,
    );
    await user.click(within(region as HTMLElement).getByRole('button', { name: 'Reload page' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});
