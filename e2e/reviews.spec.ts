import type { Locator, Page } from '@playwright/test';
import { commentCountLink, expect, expectNoAxeViolations, resultCount, reviewCard, test } from './fixtures';

/*
 * The reviews index: listing, search and filters in the URL, bad query parameters,
 * keyboard use and axe. Expectations come from the demo content (mocks/seed): 18 reviews,
 * 12 to a page, newest first; the newest is the Riverside Film Institute's note on Her.
 */

const TOTAL = 18;
const PAGE_SIZE = 12;
const NEWEST = {
  title: 'Her',
  publication: 'Riverside Film Institute',
  author: 'Imogen Tallis',
  date: '13 Mar 2025',
};
const VALENTINE = "A Valentine's Day Confession: Eternal Sunshine of the Spotless Mind";
const MALKOVICH = 'Being John Malkovich';
const ARRIVAL_BEASTLY = 'Arrival Made Me Call My Mum';

const cards = (page: Page): Locator => page.getByRole('main').getByRole('article');
const searchBox = (page: Page): Locator => page.getByRole('searchbox', { name: 'Search reviews' });
const tagSelect = (page: Page): Locator => page.getByRole('combobox', { name: 'Tag' });
const publicationSelect = (page: Page): Locator => page.getByRole('combobox', { name: 'Publication' });

/** What the API itself says about the first page, to compare every card against. */
interface ApiSummary {
  slug: string;
  title: string;
  publication: { name: string };
  authorName: string;
  publishedAt: string;
  readingMinutes: number;
  commentCount: number;
}

/** "18 Dec 2013": publication dates are calendar dates, shown in UTC. */
const shortDate = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(iso));

async function firstPageFromApi(page: Page): Promise<ApiSummary[]> {
  return page.evaluate(async () => {
    const response = await fetch('/api/reviews');
    const body = (await response.json()) as { items: ApiSummary[] };
    return body.items;
  });
}

test.describe('reviews index', () => {
  test('lists the newest reviews as cards, with the total announced', async ({ freshApp }) => {
    const page = await freshApp('/');

    await expect(page.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible();
    await expect(resultCount(page)).toHaveText(`${TOTAL} reviews`);
    await expect(page).toHaveTitle('Reviews · Screening Room');
    await expect(cards(page)).toHaveCount(PAGE_SIZE);

    // Newest first: the 2025 programme note leads, with its publication, author and date.
    const first = cards(page).first();
    await expect(first.getByRole('heading', { level: 2 })).toHaveText(NEWEST.title);
    await expect(first.getByRole('link', { name: NEWEST.publication, exact: true })).toHaveAttribute(
      'href',
      '/?publication=riverside-film-institute',
    );
    await expect(first).toContainText(NEWEST.author);
    await expect(first.getByText(NEWEST.date, { exact: true })).toBeVisible();

    // Every card shows what the API holds for it, in the API's order.
    const expected = await firstPageFromApi(page);
    expect(expected).toHaveLength(PAGE_SIZE);
    for (const [index, review] of expected.entries()) {
      const card = cards(page).nth(index);
      const titleLink = card.getByRole('heading', { level: 2 }).getByRole('link');
      await expect(titleLink).toHaveText(review.title);
      await expect(titleLink).toHaveAttribute('href', `/reviews/${review.slug}`);
      await expect(card.getByRole('link', { name: review.publication.name, exact: true })).toBeVisible();
      await expect(card).toContainText(review.authorName);
      await expect(card.getByText(shortDate(review.publishedAt), { exact: true })).toBeVisible();
      await expect(card.getByText(`${review.readingMinutes} min read`, { exact: true })).toBeVisible();
      const comments = commentCountLink(card);
      await expect(comments).toContainText(
        `${review.commentCount.toLocaleString('en-GB')} ${review.commentCount === 1 ? 'comment' : 'comments'}`,
      );
      await expect(comments).toHaveAttribute('href', `/reviews/${review.slug}#discussion`);
    }

    // The rest are on page 2.
    const pages = page.getByRole('navigation', { name: 'Review pages' });
    await expect(pages).toContainText('Page 1 of 2');
    await pages.getByRole('link', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/\/\?page=2$/);
    await expect(cards(page)).toHaveCount(TOTAL - PAGE_SIZE);
    await expect(reviewCard(page, 'Her Is the Love Story Science Fiction Was Waiting For')).toBeVisible();
    await expect(pages.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  });

  test('a card title opens its review', async ({ freshApp }) => {
    const page = await freshApp('/');
    await reviewCard(page, ARRIVAL_BEASTLY).getByRole('link', { name: ARRIVAL_BEASTLY, exact: true }).click();
    await expect(page).toHaveURL(/\/reviews\/arrival-2016-beastly-reels$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARRIVAL_BEASTLY);
    // The router moves focus to main on a page change, for keyboard and screen reader users.
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('search narrows the list, goes into the URL and survives a reload', async ({ freshApp }) => {
    const page = await freshApp('/');
    await expect(resultCount(page)).toHaveText(`${TOTAL} reviews`);

    await searchBox(page).fill('kaufman');
    await page.getByRole('button', { name: 'Search', exact: true }).click();

    await expect(page).toHaveURL(/\/\?q=kaufman$/);
    await expect(resultCount(page)).toHaveText('5 reviews match “kaufman”');
    await expect(cards(page)).toHaveCount(5);
    await expect(reviewCard(page, MALKOVICH)).toBeVisible();
    await expect(reviewCard(page, ARRIVAL_BEASTLY)).toHaveCount(0);
    await expect(page).toHaveTitle('Reviews matching “kaufman” · Screening Room');

    await page.reload();
    await expect(searchBox(page)).toHaveValue('kaufman');
    await expect(resultCount(page)).toHaveText('5 reviews match “kaufman”');
    await expect(cards(page)).toHaveCount(5);
    await expect(reviewCard(page, ARRIVAL_BEASTLY)).toHaveCount(0);

    // Back goes to the unfiltered list, and the box follows the URL.
    await page.goBack();
    await expect(resultCount(page)).toHaveText(`${TOTAL} reviews`);
    await expect(searchBox(page)).toHaveValue('');
  });

  test('tag and publication filters combine with search, survive a reload, and clearing restores', async ({
    freshApp,
  }) => {
    const page = await freshApp('/?q=kaufman');
    await expect(resultCount(page)).toHaveText('5 reviews match “kaufman”');

    await tagSelect(page).selectOption('Memory');
    await expect(page).toHaveURL(/[?&]tag=Memory(&|$)/);
    await expect(page).toHaveURL(/[?&]q=kaufman(&|$)/);
    await expect(resultCount(page)).toHaveText('2 reviews match “kaufman” tagged “Memory”');
    await expect(cards(page)).toHaveCount(2);
    await expect(reviewCard(page, MALKOVICH)).toHaveCount(0);

    await publicationSelect(page).selectOption('pastel-frames');
    await expect(page).toHaveURL(/[?&]publication=pastel-frames(&|$)/);
    await expect(resultCount(page)).toHaveText(
      '1 review matches “kaufman” tagged “Memory” from Pastel Frames',
    );
    await expect(cards(page)).toHaveCount(1);
    await expect(reviewCard(page, VALENTINE)).toBeVisible();

    await page.reload();
    await expect(searchBox(page)).toHaveValue('kaufman');
    await expect(tagSelect(page)).toHaveValue('Memory');
    await expect(publicationSelect(page)).toHaveValue('pastel-frames');
    await expect(resultCount(page)).toHaveText(
      '1 review matches “kaufman” tagged “Memory” from Pastel Frames',
    );
    await expect(cards(page)).toHaveCount(1);
    await expect(reviewCard(page, VALENTINE)).toBeVisible();

    // Removing one chip drops only that filter.
    await page.getByRole('link', { name: 'Remove Search: “kaufman”' }).click();
    await expect(page).not.toHaveURL(/[?&]q=/);
    await expect(searchBox(page)).toHaveValue('');
    await expect(resultCount(page)).toHaveText('1 review tagged “Memory” from Pastel Frames');

    await page.getByRole('link', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(resultCount(page)).toHaveText(`${TOTAL} reviews`);
    await expect(cards(page)).toHaveCount(PAGE_SIZE);
    await expect(searchBox(page)).toHaveValue('');
    await expect(tagSelect(page)).toHaveValue('');
    await expect(publicationSelect(page)).toHaveValue('');
  });

  test('a filter with no match says so and offers a way back', async ({ freshApp }) => {
    const page = await freshApp('/?q=kaufman&publication=beastly-reels');
    await expect(resultCount(page)).toHaveText('0 reviews match “kaufman” from Beastly Reels');
    await expect(page.getByRole('heading', { level: 2, name: 'No reviews match' })).toBeVisible();
    await expect(cards(page)).toHaveCount(0);

    await page.getByRole('link', { name: 'Search all reviews for “kaufman”' }).click();
    await expect(resultCount(page)).toHaveText('5 reviews match “kaufman”');
    await expect(publicationSelect(page)).toHaveValue('');
  });

  for (const search of [
    '?page=abc&sort=sideways&tag=',
    '?page=-3&pageSize=9999&publication=&q=',
    '?page=1.5&sort=&film=',
  ]) {
    test(`malformed query parameters (${search}) render the first page`, async ({ freshApp }) => {
      const page = await freshApp(`/${search}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible();
      await expect(resultCount(page)).toHaveText(`${TOTAL} reviews`);
      await expect(cards(page)).toHaveCount(PAGE_SIZE);
      await expect(cards(page).first().getByRole('heading', { level: 2 })).toHaveText(NEWEST.title);
      await expect(
        page.getByRole('navigation', { name: 'Review pages' }).getByRole('link', { name: 'Page 1' }),
      ).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('newest');
      await expect(tagSelect(page)).toHaveValue('');
      await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
    });
  }
});

test.describe('reviews index by keyboard', () => {
  test('the skip link is the first tab stop and moves focus to main', async ({ freshApp }) => {
    const page = await freshApp('/');
    await expect(resultCount(page)).toHaveText(`${TOTAL} reviews`);

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();

    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // The next stop is inside main (the search box), not back in the header.
    await page.keyboard.press('Tab');
    await expect(searchBox(page)).toBeFocused();
  });

  test('search and filters work from the keyboard alone', async ({ freshApp }) => {
    const page = await freshApp('/');
    await expect(resultCount(page)).toHaveText(`${TOTAL} reviews`);

    // Skip link, then into main: the search box.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(searchBox(page)).toBeFocused();

    await page.keyboard.type('kaufman');
    await page.keyboard.press('Enter');
    await expect(resultCount(page)).toHaveText('5 reviews match “kaufman”');
    await expect(page).toHaveURL(/[?&]q=kaufman(&|$)/);

    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(tagSelect(page)).toBeFocused();
    // Type-ahead on a closed select picks the option and fires change, as a keyboard user would.
    await page.keyboard.type('Memory');
    await expect(tagSelect(page)).toHaveValue('Memory');
    await expect(resultCount(page)).toHaveText('2 reviews match “kaufman” tagged “Memory”');

    await page.keyboard.press('Tab');
    await expect(publicationSelect(page)).toBeFocused();
    await page.keyboard.type('Pastel');
    await expect(publicationSelect(page)).toHaveValue('pastel-frames');
    await expect(resultCount(page)).toHaveText(
      '1 review matches “kaufman” tagged “Memory” from Pastel Frames',
    );

    // Back to "All tags" with the keyboard: Home selects the first option.
    await page.keyboard.press('Shift+Tab');
    await expect(tagSelect(page)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(tagSelect(page)).toHaveValue('');
    await expect(resultCount(page)).toHaveText('1 review matches “kaufman” from Pastel Frames');
    await expect(page).not.toHaveURL(/[?&]tag=/);
  });
});

test.describe('reviews index accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no axe violations in the ${colorScheme} scheme`, async ({ page, freshApp }) => {
      await page.emulateMedia({ colorScheme });
      await freshApp('/');
      await expect(resultCount(page)).toHaveText(`${TOTAL} reviews`);
      await expect(cards(page)).toHaveCount(PAGE_SIZE);
      await expectNoAxeViolations(page);
    });

    test(`no axe violations at 375 px in the ${colorScheme} scheme, filters applied`, async ({
      page,
      freshApp,
    }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.emulateMedia({ colorScheme });
      await freshApp('/?q=kaufman&tag=Memory');
      await expect(resultCount(page)).toHaveText('2 reviews match “kaufman” tagged “Memory”');
      // Nothing wider than the phone: no sideways scrolling.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    });
  }
});
