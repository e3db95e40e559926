import type { Page } from '@playwright/test';
import {
  apiCalls,
  apiStatuses,
  discussion,
  expect,
  keptTexts,
  rememberGuestName,
  storedCopies,
  test,
  topComposer,
} from './fixtures';

/*
 * IndexedDB failing under the running app: over quota, and blocked by (or outdated by) another
 * tab's upgrade. Each time a visible notice says so in words and nothing typed is lost.
 * The in-browser backend's handlers run in the page, so init scripts and a second page of the
 * same context reach the very IndexedDB the app uses (storage.spec.ts covers IndexedDB refused
 * outright).
 */

const SLUG = 'moon-2009-orbit-and-quill';
const DB = 'screening-room';
const GUEST = 'Storage Tester';

const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'Changes will not be saved.' });
const lostBanner = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Changes cannot be saved right now.' });

/**
 * Another tab of the same browser on the app's origin that does not run the app (a page the
 * test serves itself), to hold or upgrade the app's database from outside.
 */
async function otherTab(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.route('**/e2e-other-tab', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>Another tab</title></head><body></body></html>',
    }),
  );
  await other.goto('/e2e-other-tab');
  return other;
}

/** This page's POSTs of a comment to SLUG, by status, in order. */
const postStatuses = (page: Page): Promise<number[]> => apiStatuses(page, `POST /reviews/${SLUG}/comments`);

test('over quota: the post stays with the reason in words and Retry, is not resent on its own, and Retry stores it once', async ({
  page,
}) => {
  // As Chromium reports a full disk: the write transaction aborts with QuotaExceededError and
  // its pending requests fail with AbortError. Switched by a flag, once the demo data is in.
  await page.context().addInitScript(() => {
    const flags = window as Window & { __storageFull?: boolean };
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const method of ['put', 'add'] as const) {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with .call(this)
      const real = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        const request = key === undefined ? real.call(this, value) : real.call(this, value, key);
        if (flags.__storageFull) {
          const tx = this.transaction;
          Object.defineProperty(tx, 'error', { configurable: true, get: () => quota });
          tx.abort();
        }
        return request;
      };
    }
  });
  await rememberGuestName(page, GUEST);

  await page.goto(`/reviews/${SLUG}`);
  await expect(topComposer(page)).toBeEditable();
  const text = `Written while the disk is full ${Date.now().toString(36)}`;
  await topComposer(page).fill(text);
  await page.evaluate(() => {
    (window as Window & { __storageFull?: boolean }).__storageFull = true;
  });
  await discussion(page).getByRole('button', { name: 'Post comment', exact: true }).click();

  const unsent = discussion(page).getByRole('article', { name: 'Your comment, not sent' });
  await expect(unsent).toContainText(text);
  await expect(unsent.getByRole('alert')).toHaveText(
    "Your browser's storage for this site is full, so the change was not saved. Free some space (for example by clearing data of other sites) and try again.",
  );
  const retry = unsent.getByRole('button', { name: 'Retry', exact: true });
  await expect(retry).toBeVisible();
  expect(await keptTexts(page), 'the unsent text is kept in this browser').toContain(text);
  expect(await postStatuses(page)).toEqual([507]);

  // Room again: one press of Retry stores it, once. (Had the failed post been resent on its
  // own in the meantime, there would be more than two answers here.)
  await page.evaluate(() => {
    (window as Window & { __storageFull?: boolean }).__storageFull = false;
  });
  await retry.click();
  await expect(
    discussion(page).getByRole('article', { name: new RegExp(`^Comment #\\d+ by ${GUEST}`) }),
  ).toContainText(text);
  await expect(unsent).toHaveCount(0);
  expect(await postStatuses(page)).toEqual([507, 201]);
  expect(await storedCopies(page, SLUG, text)).toBe(1);
  expect(await keptTexts(page)).not.toContain(text);
});

test('another tab on an older version blocks the upgrade: a notice says what to do, and a draft outlives it', async ({
  page,
}) => {
  // The other tab: a connection at version 1 with the version-1 schema (MIGRATIONS[0] in
  // mocks/store/indexeddb.ts, frozen once shipped), which never closes when asked to.
  const other = await otherTab(page);
  await other.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, 1);
        request.onupgradeneeded = () => {
          const db = request.result;
          db.createObjectStore('publications', { keyPath: 'slug' });
          db.createObjectStore('reviews', { keyPath: 'id' }).createIndex('bySlug', 'slug', { unique: true });
          db.createObjectStore('users', { keyPath: 'id' }).createIndex('byUsername', 'username', {
            unique: true,
          });
          const comments = db.createObjectStore('comments', { keyPath: 'id' });
          comments.createIndex('byReview', 'reviewId');
          comments.createIndex('byParent', ['reviewId', 'parentKey']);
          comments.createIndex('byClientId', 'clientId', { unique: true });
          db.createObjectStore('meta', { keyPath: 'key' });
        };
        request.onsuccess = () => {
          (window as Window & { __held?: IDBDatabase }).__held = request.result;
          resolve();
        };
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      }),
    DB,
  );

  await rememberGuestName(page, GUEST);
  await page.goto(`/reviews/${SLUG}`);
  await expect(notice(page)).toContainText(
    'Screening Room is open in another tab that is running an older version. Close the other tabs, then reload this one.',
  );
  await expect(notice(page)).toContainText('changes will be lost when you close this tab');

  // The app still works (in memory); a draft typed now is kept by the browser, not the store.
  const draft = `A draft typed while another tab blocks the upgrade ${Date.now().toString(36)}`;
  await topComposer(page).fill(draft);
  await expect.poll(() => keptTexts(page)).toContain(draft);

  // Doing what the notice says: close the other tab, reload this one.
  await other.close();
  await page.reload();
  await expect(topComposer(page)).toHaveValue(draft);
  await expect(discussion(page).getByText('Draft restored')).toBeVisible();
  const status = await page.evaluate(async () => (await fetch('/api/status')).json() as Promise<unknown>);
  expect(status).toMatchObject({ storage: 'indexeddb', notice: null });
  await expect(notice(page)).toHaveCount(0);
});

test('another tab upgrades the database under the page: a banner says to reload, and the draft outlives it', async ({
  page,
}) => {
  // Opened first: rememberGuestName's init script cannot read localStorage on a new tab's about:blank.
  const other = await otherTab(page);
  await rememberGuestName(page, GUEST);
  await page.goto(`/reviews/${SLUG}`);
  await expect(topComposer(page)).toBeEditable();
  const draft = `A draft typed before another tab upgraded ${Date.now().toString(36)}`;
  await topComposer(page).fill(draft);
  await expect.poll(() => keptTexts(page)).toContain(draft);

  // A newer build in another tab upgrades the database; this page's connection lets it.
  const upgradedTo = await other.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        void indexedDB.databases().then((list) => {
          const current = list.find((db) => db.name === name)?.version ?? 0;
          const request = indexedDB.open(name, current + 1);
          request.onupgradeneeded = () => request.result.createObjectStore('e2e-newer-build');
          request.onsuccess = () => {
            request.result.close();
            resolve(current + 1);
          };
          request.onerror = () => reject(request.error ?? new Error('open failed'));
        });
      }),
    DB,
  );
  expect(upgradedTo).toBeGreaterThan(1);
  await other.close();

  // The next request this page makes meets a store it can no longer use.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
  await expect(lostBanner(page)).toContainText(
    'Screening Room was updated in another tab. Reload this page to continue.',
  );
  await expect(lostBanner(page).getByRole('button', { name: 'Reload page' })).toBeVisible();
  expect(
    (await apiCalls(page)).map((c) => c.status),
    'the backend answered 503',
  ).toContain(503);

  // Nothing typed is lost: back on the review the draft is in its composer, and after a reload too.
  await page.goBack();
  await expect(topComposer(page)).toHaveValue(draft);
  await lostBanner(page).getByRole('button', { name: 'Reload page' }).click();
  await expect(topComposer(page)).toHaveValue(draft);
  // This build is now older than the saved data, so it runs in memory, and says so.
  await expect(notice(page)).toContainText('older version of Screening Room than the saved data');
});
