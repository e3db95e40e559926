import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { ReviewRow } from '../../../mocks/store/types';
import { reviewKeys } from '../../features/reviews/api/keys';
import { formatDate, pluralize } from '../../lib/format';
import { renderApp, setupTestBackend } from '../../testing/render-app';

const backend = setupTestBackend();

async function review(slug: string): Promise<ReviewRow> {
  const row = await backend().store.read((tx) => tx.getByIndex('reviews', 'bySlug', slug));
  if (!row) throw new Error(`seed has no review ${slug}`);
  return row;
}

describe('review page', () => {
  it('shows the article: title, byline, date, reading time, facts, credits, cast and tags', async () => {
    const her = await review('her-2013-riverside-film-institute');
    renderApp(`/reviews/${her.slug}`);

    const article = await screen.findByRole('article', { name: her.title });
    const a = within(article);
    expect(a.getByRole('heading', { level: 1, name: her.title })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    expect(a.getByText(her.author.name)).toBeInTheDocument();
    expect(a.getByRole('link', { name: 'Riverside Film Institute' })).toHaveAttribute(
      'href',
      '/?publication=riverside-film-institute',
    );
    expect(a.getByText(formatDate(her.publishedAt))).toHaveAttribute('datetime', her.publishedAt);
    expect(a.getByText(/\d+ min read/)).toBeInTheDocument();
    expect(a.getByRole('link', { name: pluralize(her.commentCount, 'comment') })).toHaveAttribute(
      'href',
      `/reviews/${her.slug}#discussion`,
    );
    await waitFor(() => expect(document.title).toBe('Her — Riverside Film Institute · Screening Room'));

    // Film facts: an aside with a heading and a description list.
    const facts = a.getByRole('complementary', { name: 'Film facts' });
    const f = within(facts);
    expect(f.getByText('Runtime').nextElementSibling).toHaveTextContent('126 min');
    expect(f.getByText('Year').nextElementSibling).toHaveTextContent('2013');
    expect(f.getByText('Countries').nextElementSibling).toHaveTextContent('USA and China');
    expect(f.getByText('Directed by').nextElementSibling).toHaveTextContent('Spike Jonze');
    expect(f.getByRole('link', { name: 'All reviews of Her (2013)' })).toHaveAttribute(
      'href',
      '/?film=her-2013',
    );

    // The member's pull quote, with its attribution.
    expect(a.getByText(her.pullQuote!.text).closest('blockquote')).not.toBeNull();
    expect(a.getByText(her.pullQuote!.attribution)).toBeInTheDocument();

    // Tags link to the filtered index.
    const tags = a.getByRole('list', { name: 'Tags' });
    expect(within(tags).getByRole('link', { name: 'Romance' })).toHaveAttribute('href', '/?tag=Romance');

    // The body is rendered markdown: its emphasis became <em> (the renderer loads alongside the data).
    await waitFor(() => expect(article.querySelector('.prose em')).not.toBeNull());
  });

  it('renders the body when the address has a malformed hash (#%E0 cannot be decoded)', async () => {
    const her = await review('her-2013-riverside-film-institute');
    renderApp(`/reviews/${her.slug}#%E0`);
    const article = await screen.findByRole('article', { name: 'Her' });
    await waitFor(() => expect(article.querySelector('.prose em')).not.toBeNull());
    expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
  });

  it('collapses long credits and expands them from a button', async () => {
    const her = await review('her-2013-riverside-film-institute');
    expect(her.credits.length).toBeGreaterThan(10);
    const { user } = renderApp(`/reviews/${her.slug}`);

    const credits = await screen.findByRole('region', { name: 'Credits' });
    const c = within(credits);
    expect(c.getByText('Spike Jonze')).toBeInTheDocument(); // Directed by: first in the list
    expect(c.queryByText('Hoyte van Hoytema')).not.toBeInTheDocument(); // Director of Photography: further down
    const last = her.credits.at(-1)!;
    expect(c.queryByText(last.role)).not.toBeInTheDocument();

    const toggle = c.getByRole('button', { name: `Show all ${her.credits.length} credits` });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toBe(
      c.getAllByRole('term')[0]?.closest('dl'),
    );

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Show fewer credits');
    expect(c.getByText(last.role)).toBeInTheDocument();
    expect(c.getByText('Hoyte van Hoytema')).toBeInTheDocument();
    expect(c.getAllByRole('term')).toHaveLength(her.credits.length);

    // Keyboard: the toggle is a real button.
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    // The cast is short enough to show whole.
    const cast = screen.getByRole('region', { name: 'Cast' });
    expect(within(cast).getByText('Joaquin Phoenix').nextElementSibling).toHaveTextContent(
      'Theodore Twombly',
    );
    expect(within(cast).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the short review and related reviews where the review has them', async () => {
    const nerd = await review('her-2013-nerd-signal');
    const related = await Promise.all(nerd.relatedSlugs.map(review));
    expect(related.length).toBeGreaterThan(0);
    renderApp(`/reviews/${nerd.slug}`);

    await screen.findByRole('heading', { level: 1, name: nerd.title });
    expect(screen.getByText('The short review:')).toBeInTheDocument();
    expect(screen.getByText(nerd.shortReview!)).toBeInTheDocument();

    const section = screen.getByRole('region', { name: 'Related reviews' });
    for (const r of related) {
      expect(within(section).getByRole('link', { name: r.title })).toHaveAttribute(
        'href',
        `/reviews/${r.slug}`,
      );
    }
  });

  it('shows the author bio and poster credit when present', async () => {
    const pastel = await review('her-2013-pastel-frames');
    renderApp(`/reviews/${pastel.slug}`);
    const bio = await screen.findByRole('region', { name: 'About the author' });
    expect(bio).toHaveTextContent(pastel.author.bio!);
    expect(screen.getByText(pastel.posterCredit!)).toBeInTheDocument();
  });

  it('ends with the discussion section, or says comments are closed', async () => {
    const open = await review('her-2013-orbit-and-quill');
    const first = renderApp(`/reviews/${open.slug}`);
    const discussion = await screen.findByRole('region', { name: 'Discussion' });
    expect(discussion).toHaveAttribute('id', 'discussion');
    expect(discussion).not.toHaveTextContent('closed');
    first.unmount();

    const closed = await review('her-2013-beastly-reels');
    expect(closed.commentsOpen).toBe(false);
    renderApp(`/reviews/${closed.slug}`);
    expect(await screen.findByText('Comments are closed for this review.')).toBeInTheDocument();
  });

  it('gets to a review from its card, prefetching it on hover', async () => {
    const her = await review('her-2013-pastel-frames');
    const { user, router, queryClient } = renderApp('/?publication=pastel-frames');
    const link = await screen.findByRole('link', { name: her.title });

    await user.hover(link);
    await waitFor(() => expect(queryClient.getQueryData(reviewKeys.detail(her.slug))).toBeDefined());

    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: her.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/reviews/${her.slug}`);
  });

  it('shows "Review not found" for an unknown slug, inside the site', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught 404
    renderApp('/reviews/her-2013-no-such-review');
    expect(await screen.findByRole('heading', { level: 1, name: 'Review not found' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse all reviews' })).toHaveAttribute('href', '/');
    // The search box offers the words of the address.
    expect(screen.getByRole('searchbox', { name: 'Search reviews' })).toHaveValue('her 2013 no such review');
    await waitFor(() => expect(document.title).toBe('Review not found · Screening Room'));
  });

  it('shows an error it can recover from when loading fails', async () => {
    const her = await review('her-2013-orbit-and-quill');
    backend().server.use(
      http.get(
        '*/api/reviews/:slug',
        () =>
          HttpResponse.json(
            { status: 503, title: 'Storage unavailable', detail: 'The store is busy.' },
            { status: 503 },
          ),
        { once: true },
      ),
    );
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderApp(`/reviews/${her.slug}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Storage unavailable: The store is busy.');

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: her.title })).toBeInTheDocument();
  });
});
