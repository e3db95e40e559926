import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReviewRow } from '../../../mocks/store/types';
import { REVIEWS_PAGE_SIZE } from '../../contract/reviews';
import { formatShortDate, pluralize } from '../../lib/format';
import { renderApp, setupTestBackend } from '../../testing/render-app';

const backend = setupTestBackend();

async function allReviews(): Promise<ReviewRow[]> {
  return backend().store.read((tx) => tx.getAll('reviews'));
}

const newestFirst = (reviews: ReviewRow[]) =>
  [...reviews].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.slug.localeCompare(a.slug));

/** The card headings (h2) in the results, in order. */
function cardTitles(): string[] {
  return screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent ?? '');
}

async function resultCount(): Promise<string> {
  // The live region that announces the count is the one inside the results.
  const region = await screen.findByText(/^\d[\d,]* reviews?\b|^No reviews yet$/);
  return region.textContent ?? '';
}

describe('reviews index', () => {
  it('lists the newest reviews first with the total count, one page at a time', async () => {
    const reviews = await allReviews();
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Reviews' })).toBeInTheDocument();
    expect(await resultCount()).toBe(`${reviews.length} reviews`);

    const expected = newestFirst(reviews).slice(0, REVIEWS_PAGE_SIZE);
    expect(cardTitles()).toEqual(expected.map((r) => r.title));

    // A card: its heading links to the review, and it carries film, publication, date and comment count.
    const first = expected[0]!;
    const card = screen.getByRole('heading', { level: 2, name: first.title }).closest('article');
    expect(card).not.toBeNull();
    const c = within(card!);
    expect(c.getByRole('link', { name: first.title })).toHaveAttribute('href', `/reviews/${first.slug}`);
    expect(c.getByText(first.author.name)).toBeInTheDocument();
    expect(c.getByText(formatShortDate(first.publishedAt))).toHaveAttribute('datetime', first.publishedAt);
    expect(
      c.getByRole('link', { name: `${pluralize(first.commentCount, 'comment')} on “${first.title}”` }),
    ).toHaveAttribute('href', `/reviews/${first.slug}#discussion`);
  });

  it('paginates with prev/next links and says which page this is', async () => {
    const reviews = await allReviews();
    const pages = Math.ceil(reviews.length / REVIEWS_PAGE_SIZE);
    expect(pages).toBeGreaterThan(1);
    const { user, router } = renderApp('/');
    await resultCount();

    const nav = screen.getByRole('navigation', { name: 'Review pages' });
    expect(within(nav).getByText(`Page 1 of ${pages}`)).toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: /next/i }));

    await waitFor(() => expect(screen.getByText(`Page 2 of ${pages}`)).toBeInTheDocument());
    expect(router.state.location.search).toBe('?page=2');
    expect(screen.getByRole('link', { name: /previous/i })).toHaveAttribute('rel', 'prev');
    const expected = newestFirst(reviews).slice(REVIEWS_PAGE_SIZE, REVIEWS_PAGE_SIZE * 2);
    expect(cardTitles()).toEqual(expected.map((r) => r.title));
  });

  it('searches through the URL and keeps the words in the box', async () => {
    const reviews = await allReviews();
    const expected = reviews.filter((r) =>
      /jonze/i.test([r.title, r.summary, r.body, r.shortReview ?? '', r.film.title].join(' ')),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(reviews.length);
    const { user, router } = renderApp('/?page=2');
    await resultCount();

    const box = screen.getByRole('searchbox', { name: 'Search reviews' });
    await user.type(box, 'Jonze');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    await waitFor(() => expect(router.state.location.search).toBe('?q=Jonze'));
    await waitFor(async () =>
      expect(await resultCount()).toBe(
        `${expected.length} ${expected.length === 1 ? 'review matches' : 'reviews match'} “Jonze”`,
      ),
    );
    expect(cardTitles().sort()).toEqual(
      expected
        .slice(0, REVIEWS_PAGE_SIZE)
        .map((r) => r.title)
        .sort(),
    );
    expect(screen.getByRole('searchbox', { name: 'Search reviews' })).toHaveValue('Jonze');
  });

  it('starts from the URL: a shared link shows the same search and filters', async () => {
    renderApp('/?q=samantha&tag=AI');
    await resultCount();
    expect(screen.getByRole('searchbox', { name: 'Search reviews' })).toHaveValue('samantha');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Tag' })).toHaveValue('AI'));
  });

  it('filters by tag with counts, and changing a filter goes back to page 1', async () => {
    const reviews = await allReviews();
    const tagged = reviews.filter((r) => r.tags.includes('Romance'));
    expect(tagged.length).toBeGreaterThan(0);
    const { user, router } = renderApp('/?page=2');
    await resultCount();

    const select = screen.getByRole('combobox', { name: 'Tag' });
    await screen.findByRole('option', { name: `Romance (${tagged.length})` });
    await user.selectOptions(select, 'Romance');

    await waitFor(() => expect(router.state.location.search).toBe('?tag=Romance'));
    await waitFor(async () => expect(await resultCount()).toBe(`${tagged.length} reviews tagged “Romance”`));
    expect(cardTitles().sort()).toEqual(tagged.map((r) => r.title).sort());
  });

  it('filters by publication', async () => {
    const reviews = await allReviews();
    const fromNerdSignal = reviews.filter((r) => r.publicationSlug === 'nerd-signal');
    const { user, router } = renderApp('/');
    await resultCount();
    await screen.findByRole('option', { name: `Nerd Signal (${fromNerdSignal.length})` });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Publication' }), 'nerd-signal');

    await waitFor(() => expect(router.state.location.search).toBe('?publication=nerd-signal'));
    await waitFor(async () =>
      expect(await resultCount()).toBe(`${fromNerdSignal.length} reviews from Nerd Signal`),
    );
  });

  it('sorts oldest first', async () => {
    const reviews = await allReviews();
    const { user, router } = renderApp('/');
    await resultCount();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'oldest');
    await waitFor(() => expect(router.state.location.search).toBe('?sort=oldest'));
    const oldest = newestFirst(reviews).reverse()[0]!;
    await waitFor(() => expect(cardTitles()[0]).toBe(oldest.title));
  });

  it('shows a no-results state with a way out, and clearing restores the list', async () => {
    const reviews = await allReviews();
    const { user, router } = renderApp('/?q=zzyzx-no-such-word&tag=Romance');
    expect(await screen.findByRole('heading', { name: 'No reviews match' })).toBeInTheDocument();
    expect(await resultCount()).toBe('0 reviews match “zzyzx-no-such-word” tagged “Romance”');

    const main = screen.getByRole('main');
    const clear = within(main).getAllByRole('link', { name: 'Clear filters' });
    await user.click(clear[clear.length - 1]!);

    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(async () => expect(await resultCount()).toBe(`${reviews.length} reviews`));
    expect(screen.getByRole('searchbox', { name: 'Search reviews' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Tag' })).toHaveValue('');
  });

  it('removes a single filter from its chip', async () => {
    const { user, router } = renderApp('/?q=her&tag=Romance');
    await resultCount();
    await user.click(screen.getByRole('link', { name: 'Remove Tag: Romance' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=her'));
  });

  it('ignores malformed parameters and shows page 1', async () => {
    const reviews = await allReviews();
    renderApp('/?page=abc&sort=sideways&pageSize=-4');
    expect(await resultCount()).toBe(`${reviews.length} reviews`);
    expect(screen.getByText(/^Page 1 of/)).toBeInTheDocument();
    expect(cardTitles()[0]).toBe(newestFirst(reviews)[0]!.title);
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveValue('newest');
  });

  it('explains a page past the end instead of showing nothing', async () => {
    renderApp('/?page=99');
    expect(await screen.findByRole('heading', { name: 'There is no page 99' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'back to the first' })).toHaveAttribute('href', '/');
  });

  it('titles the page after the search', async () => {
    renderApp('/?q=jonze');
    await resultCount();
    await waitFor(() => expect(document.title).toBe('Reviews matching “jonze” · Screening Room'));
  });

  it('says so when there are no reviews at all', async () => {
    const reviews = await allReviews();
    await backend().store.write(async (tx) => {
      for (const r of reviews) await tx.delete('reviews', r.id);
    });
    try {
      renderApp('/');
      expect(await screen.findByRole('heading', { name: 'No reviews yet' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Restore the demo data' })).toHaveAttribute('href', '/about');
    } finally {
      await backend().store.write(async (tx) => {
        for (const r of reviews) await tx.put('reviews', r);
      });
    }
  });
});
