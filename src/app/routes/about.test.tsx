import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { pluralize } from '../../lib/format';
import { renderApp, setupTestBackend } from '../../testing/render-app';

const backend = setupTestBackend();

const storageFull = () =>
  HttpResponse.json(
    { status: 507, title: 'Storage is full', detail: 'Free some space and try again.' },
    { status: 507 },
  );

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
    backend().server.use(http.post('*/api/demo/reset', storageFull));
    const { user } = renderApp('/about');
    await user.click(await screen.findByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset demo data' }));
    const startOver = screen.getByRole('region', { name: 'Start over' });
    expect(await within(startOver).findByRole('alert')).toHaveTextContent(
      'Could not reset the demo data. Storage is full: Free some space and try again.',
    );
  });
});

describe('generating a big thread', () => {
  it('makes a thread of the chosen size, shows progress meanwhile, and links to it', async () => {
    let answer: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    let requests = 0;
    // Hold the real answer back, to see the page while it works.
    backend().server.use(
      http.post('*/api/demo/generate-thread', async () => {
        requests += 1;
        await held;
        return undefined;
      }),
    );
    const { user, router } = renderApp('/about');
    const section = await screen.findByRole('region', { name: 'Try a big thread' });
    const sizes = within(section).getByRole('group', { name: 'Comments in the thread' });
    expect(within(sizes).getByRole('radio', { name: '100' })).toBeChecked();
    await user.click(within(sizes).getByRole('radio', { name: '1,000' }));

    const button = within(section).getByRole('button', { name: 'Generate thread' });
    await user.click(button);
    expect(button).toHaveAccessibleName('Generating…');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(within(section).getByRole('status')).toHaveTextContent('Generating 1,000 comments…');
    // A second click while it runs does not send a second request.
    await user.click(button);

    answer();
    const link = await within(section).findByRole('link', { name: 'Benchmark thread (1,000 comments)' });
    expect(link).toHaveAttribute('href', '/reviews/bench-thread-1000');
    expect(within(section).getByRole('status')).toHaveTextContent(/^Done\. Read it:/);
    expect(button).toHaveAccessibleName('Generate thread');
    expect(button).not.toHaveAttribute('aria-disabled', 'true');

    expect(requests).toBe(1);
    const review = await backend().store.read((tx) =>
      tx.getByIndex('reviews', 'bySlug', 'bench-thread-1000'),
    );
    expect(review?.commentCount).toBe(1000);

    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe('/reviews/bench-thread-1000'));
  });

  it('links to the thread made before when a size is asked for again', async () => {
    const { user } = renderApp('/about');
    const section = await screen.findByRole('region', { name: 'Try a big thread' });
    await user.click(within(section).getByRole('button', { name: 'Generate thread' }));
    expect(
      await within(section).findByRole('link', { name: 'Benchmark thread (100 comments)' }),
    ).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Generate thread' }));
    await within(section).findByText(/^That size was made before\./);
    expect(within(section).getByRole('link', { name: 'Benchmark thread (100 comments)' })).toHaveAttribute(
      'href',
      '/reviews/bench-thread-100',
    );
  });

  it('says in words when it fails, and can be tried again', async () => {
    backend().server.use(http.post('*/api/demo/generate-thread', storageFull, { once: true }));
    const { user } = renderApp('/about');
    const section = await screen.findByRole('region', { name: 'Try a big thread' });
    await user.click(within(section).getByRole('button', { name: 'Generate thread' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Could not generate the thread. Storage is full: Free some space and try again.',
    );
    await user.click(within(section).getByRole('button', { name: 'Generate thread' }));
    expect(await within(section).findByRole('link', { name: /^Benchmark thread/ })).toBeInTheDocument();
    expect(within(section).getByRole('alert')).toBeEmptyDOMElement();
  });
});
