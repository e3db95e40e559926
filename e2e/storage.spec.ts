import type { BrowserContext, Page } from '@playwright/test';
import { commentCountLink, expect, expectNoAxeViolations, resultCount, reviewCard, test } from './fixtures';

/*
 * Storage fallback: when the browser will not give the app IndexedDB, the in-browser
 * backend (msw handlers run in the page, so an init script reaches the store) falls back
 * to memory, the app keeps working and a visible notice says changes will not be saved.
 */

const SLUG = 'her-2013-orbit-and-quill';
const TITLE = 'Her Is the Love Story Science Fiction Was Waiting For';

/** Reading `window.indexedDB` throws, as in some sandboxed frames and privacy modes. */
const throwOnIndexedDb = (context: BrowserContext) =>
  context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });

/** Ways a browser can refuse IndexedDB, as init scripts that run before the app. */
const BLOCKERS: Record<string, (context: BrowserContext) => Promise<unknown>> = {
  'reading indexedDB throws SecurityError': throwOnIndexedDb,
  'indexedDB.open() throws': (context) =>
    context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'UnknownError');
      };
    }),
  'the saved database is newer than the app (VersionError)': (context) =>
    context.addInitScript(() => {
      // As after a rollback to an older build: the app's open request, queued behind this one, fails.
      const request = indexedDB.open('screening-room', 10_000);
      request.onsuccess = () => request.result.close();
    }),
};

const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'Changes will not be saved.' });

for (const [how, block] of Object.entries(BLOCKERS)) {
  test(`when ${how}, the app runs in memory and says so`, async ({ page, freshApp }) => {
    await block(page.context());
    await freshApp('/');

    await expect(resultCount(page)).toHaveText('18 reviews');
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(12);
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText('changes will be lost when you close this tab');
    await expect(notice(page).getByRole('link', { name: 'About your data' })).toHaveAttribute(
      'href',
      '/about',
    );

    // Reviews open, and the notice stays on every page.
    await page.getByRole('link', { name: 'Arrival Made Me Call My Mum', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arrival Made Me Call My Mum');
    await expect(notice(page)).toBeVisible();

    await notice(page).getByRole('link', { name: 'About your data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'About Screening Room' })).toBeVisible();
    await expect(page.getByText('Kept in memory only', { exact: true })).toBeVisible();
  });
}

test('in memory, writes work within the page and are gone after a reload', async ({ page, freshApp }) => {
  await throwOnIndexedDb(page.context());
  await freshApp('/?publication=orbit-and-quill');
  await expect(notice(page)).toBeVisible();
  const link = commentCountLink(reviewCard(page, TITLE));
  await expect(link).toBeVisible();
  const original = Number(/^([\d,]+)/.exec((await link.textContent()) ?? '')?.[1]?.replaceAll(',', ''));
  expect(original).toBeGreaterThan(0);

  const after = await page.evaluate(async (slug) => {
    const posted = await fetch(`/api/reviews/${slug}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Guest-Token': 'e2e-memory-token-0123456789' },
      body: JSON.stringify({
        clientId: 'e2e-memory-1',
        parentId: null,
        body: 'Kept in memory.',
        guestName: 'E2E',
      }),
    });
    const review = (await (await fetch(`/api/reviews/${slug}`)).json()) as { commentCount: number };
    return { status: posted.status, count: review.commentCount };
  }, SLUG);
  expect(after).toEqual({ status: 201, count: original + 1 });

  await page.reload();
  await expect(link).toHaveText(new RegExp(`^${original} comments on `));
});

test('with IndexedDB available there is no storage notice', async ({ page, freshApp }) => {
  await freshApp('/about');
  // The status has loaded (this box and the banner read the same query) and it is persistent.
  await expect(page.getByText('Saved in this browser', { exact: true })).toBeVisible();
  await expect(page.getByText('Changes will not be saved.')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the storage notice has no axe violations in the ${colorScheme} scheme`, async ({
    page,
    freshApp,
  }) => {
    await throwOnIndexedDb(page.context());
    await page.emulateMedia({ colorScheme });
    await freshApp('/');
    await expect(notice(page)).toBeVisible();
    await expect(resultCount(page)).toHaveText('18 reviews');
    await expectNoAxeViolations(page);
  });
}
