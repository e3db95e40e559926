import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * Builds before the in-page backend answered through msw's service worker
 * (/mockServiceWorker.js, registered at the root scope). A returning visitor's browser still
 * has it: the app removes that registration (mocks/browser.ts) and works all the same, and
 * leaves any other worker of the origin alone.
 */

const RIVERSIDE = '/reviews/her-2013-riverside-film-institute';
const LEGACY_SCRIPT = '/mockServiceWorker.js';
const OTHER_SCRIPT = '/other-worker.js';
const OTHER_SCOPE = '/elsewhere/';

/** Takes no part in the page's requests: a fetch listener that leaves every request to the network. */
const PASS_THROUGH_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', () => {});
`;

/** Registers `script` at `scope` and resolves once its worker is activated. */
async function registerWorker(page: Page, script: string, scope: string): Promise<void> {
  await page.evaluate(
    async ({ script, scope }) => {
      const registration = await navigator.serviceWorker.register(script, { scope });
      const worker = registration.installing ?? registration.waiting ?? registration.active;
      if (!worker) throw new Error(`no worker for ${script}`);
      if (worker.state === 'activated') return;
      await new Promise<void>((resolve, reject) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') resolve();
          else if (worker.state === 'redundant') reject(new Error(`${script} became redundant`));
        });
      });
    },
    { script, scope },
  );
}

/** The script path of every registration of the origin, sorted. */
const registeredScripts = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const registrations = await navigator.serviceWorker.getRegistrations();
    return registrations
      .map((registration) => {
        const worker = registration.active ?? registration.waiting ?? registration.installing;
        return worker ? new URL(worker.scriptURL).pathname : '(no worker)';
      })
      .sort();
  });

async function expectReviewShown(page: Page, when: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }), when).toHaveText('Her');
  await expect(page.getByRole('complementary', { name: 'Film facts' }), when).toContainText('126 min');
  await expect(page.getByRole('heading', { name: 'Something went wrong' }), when).toHaveCount(0);
}

test('a returning visitor’s old msw service worker is unregistered and the app still works', async ({
  page,
  freshApp,
}) => {
  // The build no longer ships either script: the static server would answer index.html.
  for (const script of [LEGACY_SCRIPT, OTHER_SCRIPT]) {
    await page
      .context()
      .route(`**${script}`, (route) =>
        route.fulfill({ contentType: 'application/javascript', body: PASS_THROUGH_WORKER }),
      );
  }

  await freshApp(RIVERSIDE);
  await expectReviewShown(page, 'first visit');
  // The app looked for an old worker on this load already: register them now, as an earlier
  // build would have, so the next load is the returning visit.
  await registerWorker(page, LEGACY_SCRIPT, '/');
  await registerWorker(page, OTHER_SCRIPT, OTHER_SCOPE);
  expect(await registeredScripts(page)).toEqual([LEGACY_SCRIPT, OTHER_SCRIPT]);

  await page.reload();
  expect(
    await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null),
    'the returning visit starts under the old worker',
  ).toMatch(/\/mockServiceWorker\.js$/);
  await expectReviewShown(page, 'returning visit');
  await expect.poll(() => registeredScripts(page)).toEqual([OTHER_SCRIPT]);

  // Gone for good: the next load is not controlled by it, and still works.
  await page.reload();
  await expectReviewShown(page, 'visit after the removal');
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toBeNull();
  expect(await registeredScripts(page)).toEqual([OTHER_SCRIPT]);
});
