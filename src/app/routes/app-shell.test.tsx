import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { StatusResponse } from '../../contract/system';
import { statusQueryOptions } from '../../features/about/api/demo';
import { renderApp, setupTestBackend } from '../../testing/render-app';

const backend = setupTestBackend();

describe('app shell', () => {
  it('has a skip link, a header with the site name and navigation, one main and a footer', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Reviews' });

    const skip = screen.getByRole('link', { name: 'Skip to content' });
    const main = screen.getByRole('main');
    expect(skip).toHaveAttribute('href', `#${main.id}`);

    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Screening Room' })).toHaveAttribute('href', '/');
    const nav = within(header).getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Reviews' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'About' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Reviews · Screening Room'));
  });

  it('shows no storage notice when storage works', async () => {
    const { queryClient } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Reviews' });
    await waitFor(() =>
      expect(queryClient.getQueryState(statusQueryOptions().queryKey)?.status).toBe('success'),
    );
    expect(screen.queryByText('Changes will not be saved.')).not.toBeInTheDocument();
  });

  it('shows a polite storage notice when the backend runs in memory', async () => {
    const notice =
      'Your browser would not let us save data (IndexedDB is unavailable), so changes will be lost when you close this tab.';
    backend().server.use(
      http.get('*/api/status', () =>
        HttpResponse.json<StatusResponse>({ storage: 'memory', notice, seedVersion: 1 }),
      ),
    );
    renderApp('/');
    const text = await screen.findByText(notice, { exact: false });
    const region = text.closest('[role="status"]');
    expect(region).not.toBeNull();
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(within(region as HTMLElement).getByRole('link', { name: 'About your data' })).toHaveAttribute(
      'href',
      '/about',
    );
  });

  it('shows the not-found page for an unknown address, with ways back', async () => {
    const { user, router } = renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page not found · Screening Room'));

    await user.type(screen.getByRole('searchbox', { name: 'Search reviews' }), 'arrival');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=arrival'));
    expect(router.state.location.pathname).toBe('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reviews' })).toBeInTheDocument();
  });

  it('moves focus to the main landmark after changing page', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Reviews' });
    await user.click(screen.getByRole('link', { name: 'About' }));
    await screen.findByRole('heading', { level: 1, name: 'About Screening Room' });
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
