import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pluralize } from '../../lib/format';
// Aliased: a top-level call named use* trips react-hooks/rules-of-hooks, and this is not a React hook.
import { renderApp, useTestBackend as setupTestBackend } from '../../testing/render-app';

const backend = setupTestBackend();

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

describe('about page', () => {
  it('explains the app and where the data lives', async () => {
    renderApp('/about');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'About Screening Room' }),
    ).toBeInTheDocument();
    const storage = screen.getByRole('region', { name: 'Where your data is kept' });
    // The test backend runs on the in-memory store.
    expect(await within(storage).findByText('Kept in memory only')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('About · Screening Room'));
  });

  it('asks first, can be cancelled with Escape, and then restores the demo data', async () => {
    const { store, ctx } = backend();
    const seed = ctx.content();
    const victim = seed.reviews[0]!;
    await store.write(async (tx) => {
      await tx.put('reviews', { ...victim, title: 'Vandalised title' });
      await tx.delete('reviews', seed.reviews[1]!.id);
    });

    const { user } = renderApp('/about');
    const trigger = await screen.findByRole('button', { name: 'Reset demo data' });

    // First click only asks, and moves focus to the question.
    await user.click(trigger);
    const confirm = screen.getByRole('group', { name: /Reset the demo data\?/ });
    expect(confirm).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /Reset the demo data\?/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset demo data' })).toHaveFocus();
    expect(await store.read((tx) => tx.get('reviews', victim.id))).toMatchObject({
      title: 'Vandalised title',
    });

    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset demo data' }));

    const message = `Demo data restored: ${pluralize(seed.reviews.length, 'review')}, ${pluralize(seed.comments.length, 'comment')}.`;
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByText(message).closest('[role="status"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Reset demo data' })).toHaveFocus();

    const reviews = await store.read((tx) => tx.getAll('reviews'));
    expect(reviews).toHaveLength(seed.reviews.length);
    expect(reviews.find((r) => r.id === victim.id)?.title).toBe(victim.title);
  });

  it('refreshes what the app already showed after a reset', async () => {
    const { store, ctx } = backend();
    const seed = ctx.content();
    await store.write((tx) => tx.delete('reviews', seed.reviews[0]!.id));

    // One app, one QueryClient: the list below is cached (and fresh) when we come back to it.
    const { user, router } = renderApp('/');
    expect(await screen.findByText(`${seed.reviews.length - 1} reviews`)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'About' }));
    await user.click(await screen.findByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset demo data' }));
    await screen.findByText(/^Demo data restored/);

    await user.click(screen.getByRole('link', { name: 'Reviews' }));
    expect(router.state.location.pathname).toBe('/');
    expect(await screen.findByText(`${seed.reviews.length} reviews`)).toBeInTheDocument();
  });

  it('says in words when the reset fails', async () => {
    backend().server.use(
      http.post('*/api/demo/reset', () =>
        HttpResponse.json(
          { status: 507, title: 'Storage is full', detail: 'Free some space and try again.' },
          { status: 507 },
        ),
      ),
    );
    const { user } = renderApp('/about');
    await user.click(await screen.findByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset demo data' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not reset the demo data. Storage is full: Free some space and try again.',
    );
  });
});
