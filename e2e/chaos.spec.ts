import type { Locator, Page } from '@playwright/test';
import {
  apiCalls,
  DRAFT_KEY_PREFIX,
  expect,
  GUEST_NAME_KEY,
  keptTexts,
  OUTBOX_KEY_PREFIX,
  test,
} from './fixtures';

/*
 * Chaos: drive the real comments UI through many posts and replies while the in-browser
 * backend fails a share of API requests (mocks/faults.ts: network errors, 500, 503, slow,
 * hanging and after-commit answers), retry what failed a few times, then check against the
 * store that nothing typed was lost or duplicated and that drafts survived.
 *
 *   npm test            CHAOS_POSTS comments (default 20)
 *   npm run test:chaos  200 comments
 *   CHAOS_RATE=0.3      share of faulty requests (default 0.3)
 *   CHAOS_KINDS=a,b     fault kinds to pick from (default: all; see mocks/faults.ts)
 *   CHAOS_SEED=n        replay a run: the seed is printed and attached to the report
 *
 * Invariants, checked with faults off on the store (IndexedDB, read from the page):
 *   - every comment typed is stored exactly once, or is still on screen with its error and
 *     Retry, and kept in the outbox in localStorage;
 *   - nothing is stored twice (each body is unique to this run and this comment), and the
 *     stored text is the text typed;
 *   - drafts left unsent are intact in storage and come back after a reload.
 */

const CHAOS_DEFAULT = process.env.npm_lifecycle_event === 'test:chaos' ? 200 : 20;
const POSTS = Number(process.env.CHAOS_POSTS ?? CHAOS_DEFAULT);
const RATE = Number(process.env.CHAOS_RATE ?? 0.3);
const KINDS = process.env.CHAOS_KINDS ?? '';
const SEED = Number(process.env.CHAOS_SEED ?? Math.floor(Math.random() * 2 ** 31));
const SLUG = 'her-2013-orbit-and-quill';
// A trace of a run this long is too big to be of use, and slow to write.
test.use({ trace: 'off' });
/** Every third comment is a reply to a seeded comment instead of a top-level post. */
const REPLY_EVERY = 3;
/** Seeded comments (by number) replied to in turn; the unsent reply draft goes on another. */
const REPLY_TARGETS = [1, 2, 3];
const DRAFT_TARGET = 4;
const RETRY_ROUNDS = 3;
/** Longer than the client's write timeout (15 s) plus the slowest "slow" fault (4 s). */
const SETTLE_MS = 45_000;

/*
 * What this spec knows of the comments UI (src/features/comments/components), in one place:
 * the top composer's textbox "Your comment" in a form with "Post comment"; each comment an
 * article named "Comment #N by …" with a "Reply" button that opens and focuses a reply
 * composer (Ctrl/Cmd+Enter posts); a post not confirmed yet is an article named "Your
 * comment, …" / "Your reply to …", aria-busy while sending, and once failed holds an alert
 * and a "Retry" button. Storage keys come from src/lib/drafts.ts, src/lib/guest-identity.ts
 * and the outbox in src/features/comments/lib/thread-session.ts.
 */
const ui = {
  composer: (page: Page): Locator => page.getByRole('textbox', { name: 'Your comment', exact: true }),
  postButton: (page: Page): Locator => page.getByRole('button', { name: 'Post comment', exact: true }),
  comment: (page: Page, number: number): Locator =>
    page.getByRole('article', { name: new RegExp(`^Comment #${number} by `) }),
  /** Replies nest inside their parent's article: the first Reply button is the comment's own. */
  replyButton: (article: Locator): Locator =>
    article.getByRole('button', { name: 'Reply', exact: true }).first(),
  focusedTextbox: (page: Page): Locator => page.locator('textarea:focus'),
  /** The innermost article holding the text, so a parent does not pass for its reply. */
  confirmed: (page: Page, body: string): Locator =>
    page
      .getByRole('article', { name: /^Comment #\d+ by / })
      .filter({ hasText: body })
      .filter({ hasNot: page.getByRole('article').filter({ hasText: body }) }),
  unsent: (page: Page): Locator => page.getByRole('article', { name: /^Your (comment|reply)/ }),
  retry: (scope: Locator | Page): Locator => scope.getByRole('button', { name: 'Retry', exact: true }),
  /** A part of the page (the thread, a page of replies) that failed to load. */
  tryAgain: (page: Page): Locator => page.getByRole('button', { name: 'Try again', exact: true }),
};
const OUTBOX_KEY = `${OUTBOX_KEY_PREFIX}v1:${SLUG}`;

interface StoredComment {
  body: string;
  clientId: string | null;
}

/** Our comments as the store holds them, read straight from IndexedDB. */
async function storedComments(page: Page, token: string): Promise<StoredComment[]> {
  return page.evaluate(async (token) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('screening-room');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
    });
    try {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction('comments').objectStore('comments').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('getAll failed'));
      });
      return rows.flatMap((row) => {
        if (typeof row !== 'object' || row === null) return [];
        const record = row as { body?: unknown; clientId?: unknown };
        if (typeof record.body !== 'string' || !record.body.includes(token)) return [];
        return [
          { body: record.body, clientId: typeof record.clientId === 'string' ? record.clientId : null },
        ];
      });
    } finally {
      db.close();
    }
  }, token);
}

/** Scrolls to the top; a page that just loaded can replace its document once (seen in Chromium). */
async function scrollToTop(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      // 'instant': the page sets scroll-behavior: smooth, which would make scrolling asynchronous.
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.waitForLoadState();
    }
  }
}

/**
 * Waits until the thread shows, clicking "Try again" as a reader would when a faulty
 * request made it fail to load (the page's own retries may all have hit faults).
 */
async function ensureThread(page: Page): Promise<void> {
  const shown = ui.comment(page, REPLY_TARGETS[0] ?? 1);
  const tryAgain = ui.tryAgain(page).first();
  for (let attempt = 1; ; attempt++) {
    let found: 'thread' | 'try again' | null = null;
    await expect
      .poll(
        async () => {
          found = null;
          // The long thread is windowed: look for its first comment through the whole page.
          await sweep(page, async () => {
            if ((await shown.count()) > 0) found = 'thread';
            else if (await tryAgain.isVisible()) found = 'try again';
            return found !== null;
          });
          return found;
        },
        { message: 'the thread neither showed nor offered to try again', timeout: SETTLE_MS },
      )
      .not.toBeNull();
    if (found === 'thread') return;
    if (attempt > 10) throw new Error('the thread did not load after 10 tries');
    await tryAgain.click();
  }
}

/** Brings a comment into the rendered window of the (possibly windowed) thread. */
async function reveal(page: Page, comment: Locator): Promise<Locator> {
  if ((await comment.count()) === 0) await sweep(page, async () => (await comment.count()) > 0);
  await comment.scrollIntoViewIfNeeded();
  return comment;
}

async function openThread(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await ensureThread(page);
  await expect(ui.composer(page)).toBeVisible();
}

/** Lets React render what a scroll brought into the window (the long thread is windowed). */
const nextFrames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );

/** Scrolls the page from top to bottom, calling `visit` at each screenful; `true` stops early. */
async function sweep(page: Page, visit: () => Promise<boolean | void>): Promise<void> {
  await scrollToTop(page);
  for (;;) {
    await nextFrames(page);
    if ((await visit()) === true) return;
    const atEnd = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy({ top: Math.round(window.innerHeight * 0.7), behavior: 'instant' });
      return window.scrollY === before;
    });
    if (atEnd) return;
  }
}

const failedRow = (page: Page, body: string): Locator =>
  ui
    .unsent(page)
    .filter({ hasText: body })
    .filter({ has: ui.retry(page) });

/**
 * Where a post stands: confirmed (shown as a comment, or saved and gone from the outbox),
 * failed (shown with Retry, looked for through the whole windowed thread), or still open.
 */
async function resolution(page: Page, token: string, body: string): Promise<'confirmed' | 'failed' | 'open'> {
  if ((await ui.confirmed(page, body).count()) > 0) return 'confirmed';
  if ((await failedRow(page, body).count()) > 0) return 'failed';
  const saved = (await storedComments(page, token)).some((c) => c.body === body);
  if (saved && !(await keptTexts(page, [OUTBOX_KEY])).includes(body)) return 'confirmed';
  let found = false;
  await sweep(page, async () => (found = (await failedRow(page, body).count()) > 0));
  return found ? 'failed' : 'open';
}

/** Waits for every unsent post in view to stop sending. */
async function settleInView(page: Page): Promise<void> {
  await expect(ui.unsent(page).and(page.locator('[aria-busy="true"]'))).toHaveCount(0, {
    timeout: SETTLE_MS,
  });
}

test('no comment is lost or duplicated, and drafts survive, while the backend fails', async ({
  freshApp,
  errorGuard,
}, testInfo) => {
  test.setTimeout(180_000 + POSTS * 12_000);
  testInfo.annotations.push({
    type: 'chaos',
    description: `posts=${POSTS} rate=${RATE} kinds=${KINDS || 'all'} seed=${SEED}`,
  });
  console.log(`chaos: ${POSTS} comments at ${RATE * 100}% faults, seed ${SEED} (replay: CHAOS_SEED=${SEED})`);
  // The error boundaries the injected faults reach log what they caught; that is the point.
  // (The faulty answers themselves log nothing: the backend answers in the page, off the
  // network.) Uncaught page errors still fail the test.
  errorGuard.allow(/^console\.error: (.*injected fault|ApiError|React Router caught the following error)/);

  const token = `chaos${SEED.toString(36)}x${Date.now().toString(36)}`;
  const page = await freshApp('/about');
  await page.evaluate((key) => localStorage.setItem(key, 'Chaos Tester'), GUEST_NAME_KEY);
  const kinds = KINDS ? `&faultKinds=${encodeURIComponent(KINDS)}` : '';
  await openThread(page, `/reviews/${SLUG}?faults=${RATE}&faultSeed=${SEED}${kinds}`);

  // A reply left unsent for the whole run.
  const replyDraft = `Unsent reply draft ${token}, with **markdown** and a line\nbreak`;
  await ui.replyButton(await reveal(page, ui.comment(page, DRAFT_TARGET))).click();
  await ui.focusedTextbox(page).fill(replyDraft);
  await expect.poll(() => keptTexts(page, [DRAFT_KEY_PREFIX])).toContain(replyDraft);

  // Post one at a time, each until it is confirmed or shown failed with Retry.
  const typed: string[] = [];
  for (let i = 0; i < POSTS; i++) {
    await ensureThread(page);
    const isReply = i % REPLY_EVERY === REPLY_EVERY - 1;
    const body = `Chaos ${token} n${i} ${isReply ? 'reply' : 'top'}: ${'lorem ipsum '.repeat(1 + (i % 4)).trim()}`;
    typed.push(body);
    if (isReply) {
      const target = ui.comment(page, REPLY_TARGETS[i % REPLY_TARGETS.length] ?? 1);
      await ui.replyButton(await reveal(page, target)).click();
      await ui.focusedTextbox(page).fill(body);
      await ui.focusedTextbox(page).press('ControlOrMeta+Enter');
    } else {
      await ui.composer(page).fill(body);
      await ui.postButton(page).click();
    }
    await expect
      .poll(() => resolution(page, token, body), {
        message: `comment n${i} neither confirmed nor failed with Retry`,
        timeout: SETTLE_MS,
        intervals: [250, 500, 1_000, 2_000],
      })
      .not.toBe('open');
  }

  // Retry everything that failed, a few rounds (faults stay on: retries fail too, some after commit).
  for (let round = 0; round < RETRY_ROUNDS; round++) {
    await ensureThread(page);
    let clicked = 0;
    await sweep(page, async () => {
      const inView = await ui.retry(page).count();
      for (let k = 0; k < inView; k++) {
        const button = ui.retry(page).first();
        if (!(await button.isVisible())) break;
        await button.click();
        clicked++;
      }
    });
    await sweep(page, () => settleInView(page));
    if (clicked === 0) break;
  }

  // What the screen shows as failed, with its error and Retry, after a last look for stragglers.
  const failedOnScreen = new Set<string>();
  await ensureThread(page);
  await sweep(page, async () => {
    await settleInView(page);
    const failedItems = ui
      .unsent(page)
      .filter({ has: ui.retry(page) })
      .filter({ has: page.getByRole('alert') });
    for (const text of await failedItems.allInnerTexts()) {
      for (const body of typed) if (text.includes(body)) failedOnScreen.add(body);
    }
  });
  const outbox = new Set(await keptTexts(page, [OUTBOX_KEY]));
  const calls = await apiCalls(page);
  const faulted = calls.filter((c) => c.status === 0 || c.status >= 500).length;

  // The verdict, with faults off: a second tab of the same profile reads the same store.
  const checker = await page.context().newPage();
  await checker.goto('/about?faults=0');
  await expect(checker.getByRole('main')).toBeVisible();
  const stored = await storedComments(checker, token);
  await checker.close();

  const counts = new Map<string, number>();
  for (const { body } of stored) counts.set(body, (counts.get(body) ?? 0) + 1);
  expect(
    [...counts].filter(([, n]) => n > 1).map(([body, n]) => `${n}× ${body}`),
    'comments stored more than once',
  ).toEqual([]);
  const typedSet = new Set(typed);
  expect(
    stored.filter((c) => !typedSet.has(c.body)).map((c) => c.body),
    'stored text differs from the typed text',
  ).toEqual([]);
  const clientIds = stored.map((c) => c.clientId);
  expect(new Set(clientIds).size, 'one comment per idempotency key').toBe(clientIds.length);

  const missing = typed.filter((body) => !counts.has(body));
  expect(
    missing.filter((body) => !failedOnScreen.has(body)),
    'not stored, and not on screen with an error and Retry: lost',
  ).toEqual([]);
  expect(
    missing.filter((body) => !outbox.has(body)),
    'not stored, and not kept in the outbox: lost on reload',
  ).toEqual([]);

  const summary = `${typed.length} typed, ${stored.length} stored once, ${missing.length} failed on screen with Retry; ${faulted} of ${calls.length} API calls failed`;
  testInfo.annotations.push({ type: 'chaos result', description: summary });
  console.log(`chaos: ${summary}`);

  // A top-level draft typed last, then a reload with faults off: both drafts are intact.
  const topDraft = `Unsent top-level draft ${token}`;
  await ui.composer(page).fill(topDraft);
  await expect
    .poll(() => keptTexts(page, [DRAFT_KEY_PREFIX]))
    .toEqual(expect.arrayContaining([replyDraft, topDraft]));
  await openThread(page, `/reviews/${SLUG}?faults=0`);
  expect(await keptTexts(page, [DRAFT_KEY_PREFIX])).toEqual(expect.arrayContaining([replyDraft, topDraft]));
  await expect(ui.composer(page)).toHaveValue(topDraft);
  let replyReopened = false;
  await sweep(page, async () => {
    const values = await page
      .locator('textarea')
      .evaluateAll((nodes) => nodes.map((node) => (node instanceof HTMLTextAreaElement ? node.value : '')));
    return (replyReopened = values.includes(replyDraft));
  });
  expect(replyReopened, 'the unsent reply reopens with its text').toBe(true);
});
