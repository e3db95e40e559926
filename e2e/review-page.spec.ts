import type { Page } from '@playwright/test';
import { apiCalls, apiStatuses, expect, expectNoAxeViolations, test } from './fixtures';

/*
 * A review page: what it shows (from the demo content in mocks/seed/her-reviews.ts),
 * deep links on first load and reload, the not-found pages and axe.
 */

const RIVERSIDE = '/reviews/her-2013-riverside-film-institute';
const NERD_SIGNAL = '/reviews/her-2013-nerd-signal';
const NERD_SIGNAL_TITLE = 'Review: HER Turns Your Phone Into a Heartbreak';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('review page', () => {
  test('the programme note shows its header, body, film facts and pull quote', async ({ freshApp }) => {
    const page = await freshApp(RIVERSIDE);
    await expect(h1(page)).toHaveText('Her');
    await expect(h1(page)).toHaveCount(1);
    await expect(page).toHaveTitle('Her — Riverside Film Institute · Screening Room');

    const article = page.getByRole('article', { name: 'Her', exact: true });
    await expect(
      article.getByText('By Imogen Tallis for Riverside Film Institute', { exact: true }),
    ).toBeVisible();
    await expect(
      article.getByRole('link', { name: 'Riverside Film Institute', exact: true }),
    ).toHaveAttribute('href', '/?publication=riverside-film-institute');
    await expect(article.getByText('13 March 2025', { exact: true })).toBeVisible();
    await expect(article.getByText(/^\d+ min read$/)).toBeVisible();
    await expect(article).toContainText('Member Picks');
    await expect(article.getByRole('list', { name: 'Tags' }).getByRole('link')).toHaveText([
      'Romance',
      'Sci-Fi',
      'Spike Jonze',
    ]);

    // The markdown body: every paragraph, first to last, rendered (emphasis, not asterisks).
    const paragraphs = article.getByRole('paragraph');
    await expect(
      paragraphs.filter({ hasText: /^Chosen by members for this season's Member Picks/ }),
    ).toHaveCount(1);
    await expect(paragraphs.filter({ hasText: /^The premise can be told in a breath\./ })).toHaveCount(1);
    await expect(
      paragraphs.filter({ hasText: /^One production detail is worth knowing before you watch\./ }),
    ).toHaveCount(1);
    await expect(
      paragraphs.filter({ hasText: /^Members who chose this film for the season spoke of it/ }),
    ).toHaveCount(1);
    await expect(
      article.getByRole('emphasis').filter({ hasText: /^Where the Wild Things Are$/ }),
    ).toHaveCount(1);
    await expect(article).not.toContainText('*Her*');

    // The member's pull quote, with its attribution.
    const quote = article.getByRole('figure');
    await expect(quote.getByRole('blockquote')).toHaveText(
      'I went in expecting a film about a computer and came out thinking about everyone I have ever loved.',
    );
    await expect(quote).toContainText('Tamsin R., Riverside member');

    // Film facts, term by term.
    const facts = page.getByRole('complementary', { name: 'Film facts' });
    await expect(facts.getByRole('term')).toHaveText([
      'Title',
      'Year',
      'Runtime',
      'Countries',
      'Directed by',
      'Written by',
      'Format',
    ]);
    await expect(facts.getByRole('definition')).toHaveText([
      'Her',
      '2013',
      '126 min',
      'USA and China',
      'Spike Jonze',
      'Spike Jonze',
      'Digital',
    ]);
    await expect(facts.getByRole('link', { name: 'All reviews of Her (2013)' })).toHaveAttribute(
      'href',
      '/?film=her-2013',
    );
  });

  test('the programme note lists full credits (collapsed until "Show all") and the full cast', async ({
    freshApp,
  }) => {
    const page = await freshApp(RIVERSIDE);
    await expect(h1(page)).toHaveText('Her');

    const credits = page.getByRole('region', { name: 'Credits', exact: true });
    await expect(credits.getByRole('term').first()).toHaveText('Directed by');
    await expect(credits.getByRole('term')).toHaveCount(8);
    await expect(credits.getByRole('term').filter({ hasText: 'Stunt Co-ordinator' })).toHaveCount(0);

    const toggle = credits.getByRole('button', { name: 'Show all 38 credits' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();

    const fewer = credits.getByRole('button', { name: 'Show fewer credits' });
    await expect(fewer).toHaveAttribute('aria-expanded', 'true');
    await expect(credits.getByRole('term')).toHaveCount(38);
    const stunts = credits.getByRole('term').filter({ hasText: /^Stunt Co-ordinator$/ });
    await expect(stunts).toBeVisible();
    await expect(credits.getByRole('definition').filter({ hasText: /^Scott Rogers$/ })).toBeVisible();
    await expect(credits.getByRole('definition').last()).toContainText('Steven Soderbergh');

    await fewer.click();
    await expect(credits.getByRole('term')).toHaveCount(8);
    await expect(credits.getByRole('button', { name: 'Show all 38 credits' })).toBeFocused();

    // Eight cast members: short enough to show in full, no toggle.
    const cast = page.getByRole('region', { name: 'Cast', exact: true });
    await expect(cast.getByRole('term')).toHaveText([
      'Joaquin Phoenix',
      'Amy Adams',
      'Rooney Mara',
      'Olivia Wilde',
      'Chris Pratt',
      'Matt Letscher',
      'Portia Doubleday',
      'Scarlett Johansson',
    ]);
    await expect(cast.getByRole('definition').nth(6)).toHaveText('Isabella, surrogate date');
    await expect(cast.getByRole('definition').nth(7)).toHaveText('Samantha (voice)');
    await expect(cast.getByRole('button')).toHaveCount(0);
  });

  test('the credits toggle works from the keyboard', async ({ freshApp }) => {
    const page = await freshApp(RIVERSIDE);
    const credits = page.getByRole('region', { name: 'Credits', exact: true });
    const toggle = credits.getByRole('button', { name: 'Show all 38 credits' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(credits.getByRole('term').filter({ hasText: /^Stunt Co-ordinator$/ })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(credits.getByRole('term')).toHaveCount(8);
  });

  test('the Nerd Signal review shows its short review, and its related reviews open real pages', async ({
    freshApp,
  }) => {
    const page = await freshApp(NERD_SIGNAL);
    await expect(h1(page)).toHaveText(NERD_SIGNAL_TITLE);
    const article = page.getByRole('article', { name: NERD_SIGNAL_TITLE });
    await expect(article.getByText('The short review:', { exact: true })).toBeVisible();
    await expect(article).toContainText(
      'The short review: Warm, strange and quietly unsettling, this love story between a man and his operating system',
    );
    await expect(article.getByRole('figure')).toHaveCount(0);

    const related = page.getByRole('region', { name: 'Related reviews' });
    const titles = related.getByRole('heading', { level: 3 });
    await expect(titles).toHaveText([
      'Her Is the Love Story Science Fiction Was Waiting For',
      'Her',
      'Review: Eternal Sunshine of the Spotless Mind, Ten Years Later',
    ]);

    for (const title of await titles.allTextContents()) {
      await related.getByRole('link', { name: title, exact: true }).click();
      await expect(h1(page)).toHaveText(title);
      await expect(page).toHaveURL(/\/reviews\/[a-z0-9-]+$/);
      await expect(page.getByRole('heading', { name: 'Review not found' })).toHaveCount(0);
      await page.goBack();
      await expect(h1(page)).toHaveText(NERD_SIGNAL_TITLE);
    }
  });

  test('the comment count links to the discussion, and a #discussion deep link lands on it', async ({
    freshApp,
  }) => {
    const page = await freshApp(`${NERD_SIGNAL}#discussion`);
    const discussion = page.getByRole('region', { name: 'Discussion' });
    await expect(discussion).toBeInViewport();

    const countLink = page
      .getByRole('article', { name: NERD_SIGNAL_TITLE })
      .getByRole('link', { name: /^\d+ comments?$/ });
    await expect(countLink).toHaveAttribute('href', /#discussion$/);
  });
});

test.describe('deep links', () => {
  test('a review opened directly works on first load and after reload, with no API request leaving the page', async ({
    page,
  }) => {
    // The embedded backend answers the page's fetch calls inside the page (mocks/browser.ts):
    // the client records each call (apiCalls), and an /api request Playwright can see went to
    // the network, where the static server would answer it with index.html.
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request.url());
    });

    for (const load of ['first load', 'reload'] as const) {
      if (load === 'first load') await page.goto(RIVERSIDE);
      else await page.reload();

      await expect(h1(page), load).toHaveText('Her');
      await expect(page.getByText(/^Chosen by members for this season's Member Picks/), load).toBeVisible();
      await expect(page.getByRole('complementary', { name: 'Film facts' }), load).toContainText('126 min');
      await expect(page.getByRole('heading', { name: 'Something went wrong' }), load).toHaveCount(0);
      const calls = await apiCalls(page);
      expect(calls, `${load}: the review asked of the API`).toContainEqual({
        call: 'GET /reviews/her-2013-riverside-film-institute',
        status: 200,
      });
      expect(
        calls.filter((c) => c.status !== 200),
        `${load}: API calls not answered 200`,
      ).toEqual([]);
    }

    expect(apiRequests, 'API requests that reached the network').toEqual([]);
  });

  test('a filtered index opened directly works on first load and after reload', async ({ page }) => {
    await page.goto('/?tag=AI&publication=nerd-signal');
    const count = page.getByRole('main').getByRole('status');
    await expect(count).toHaveText('2 reviews tagged “AI” from Nerd Signal');
    await page.reload();
    await expect(count).toHaveText('2 reviews tagged “AI” from Nerd Signal');
  });
});

test.describe('not found', () => {
  test('an unknown review slug shows the not-found page with a search', async ({ freshApp, errorGuard }) => {
    // The API answers 404 and the router logs the error it caught.
    errorGuard.allow('There is no review at “her-2013-nerd-signl”');

    const page = await freshApp('/reviews/her-2013-nerd-signl');
    await expect(h1(page)).toHaveText('Review not found');
    expect(await apiStatuses(page, 'GET /reviews/her-2013-nerd-signl')).toEqual([404]);
    await expect(page).toHaveTitle('Review not found · Screening Room');
    const search = page.getByRole('main').getByRole('searchbox', { name: 'Search reviews' });
    await expect(search).toHaveValue('her 2013 nerd signl');

    await search.fill('phone heartbreak');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/\?q=phone(\+|%20)heartbreak$/);
    await expect(page.getByRole('main').getByRole('status')).toHaveText(
      '1 review matches “phone heartbreak”',
    );
  });

  test('an unknown route shows the not-found page inside the app shell', async ({ freshApp }) => {
    const page = await freshApp('/no/such/page');
    await expect(h1(page)).toHaveText('Page not found');
    await expect(page).toHaveTitle('Page not found · Screening Room');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await page.getByRole('link', { name: 'Browse all reviews' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('main').getByRole('status')).toHaveText('18 reviews');
  });
});

test.describe('review and not-found pages accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`review page: no axe violations in the ${colorScheme} scheme, credits expanded`, async ({
      page,
      freshApp,
    }) => {
      await page.emulateMedia({ colorScheme });
      await freshApp(RIVERSIDE);
      await page.getByRole('button', { name: 'Show all 38 credits' }).click();
      await expect(page.getByText('Stunt Co-ordinator', { exact: true })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test(`review page: no axe violations at 375 px in the ${colorScheme} scheme`, async ({
      page,
      freshApp,
    }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.emulateMedia({ colorScheme });
      await freshApp(NERD_SIGNAL);
      await expect(page.getByRole('region', { name: 'Related reviews' })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    });

    test(`not-found page: no axe violations in the ${colorScheme} scheme`, async ({ page, freshApp }) => {
      await page.emulateMedia({ colorScheme });
      await freshApp('/no/such/page');
      await expect(h1(page)).toHaveText('Page not found');
      await expectNoAxeViolations(page);
    });
  }
});
