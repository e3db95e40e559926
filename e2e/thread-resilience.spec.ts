import type { Locator, Page } from '@playwright/test';
import { createFaultInjector, type FaultKind } from '../mocks/faults';
import {
  apiStatuses,
  commentArticle,
  commentNumber,
  commentWithText,
  discussion,
  DRAFT_KEY_PREFIX,
  expect,
  keptTexts,
  rememberGuestName,
  storedCopies,
  test,
  topComposer,
} from './fixtures';

/*
 * Nothing typed is lost and nothing is posted twice: double submits, a failed post and its
 * Retry (a plain failure, and one whose answer is lost after the backend committed), and drafts
 * across a reload. Faults come from the backend's own switch (mocks/faults.ts), not from the
 * test: the backend answers the page's requests inside the page, where Playwright cannot route them.
 */

const ORBIT = 'her-2013-orbit-and-quill';
const GUEST = 'Ada Tester';

const unique = (label: string): string => `${label} ${Date.now().toString(36)}`;
const postButton = (page: Page): Locator =>
  discussion(page).getByRole('button', { name: 'Post comment', exact: true });
/** A post the backend has not confirmed: "Your comment, sending" / "Your reply to …, not sent". */
const unsent = (page: Page): Locator =>
  discussion(page).getByRole('article', { name: /^Your (comment|reply)/ });
/** The answers to this page's posts of a comment to ORBIT, in order (0: none came). */
const postStatuses = (page: Page): Promise<number[]> => apiStatuses(page, `POST /reviews/${ORBIT}/comments`);

/*
 * A fault window, made deterministic. The switch (?faults=<rate>&faultKinds=<kind>&faultSeed=<seed>)
 * decides each API request's fate from a seeded sequence, one step per request, from the page
 * load on. We pick a seed whose sequence answers the first PASS_BEFORE requests (enough for the
 * page to load), then fails FAIL_RUN in a row, then answers PASS_AFTER again. The test reaches
 * the window with harmless reads, sends its post into it, and reads on until the window is over:
 * "faults off" without a reload (a reload would resend the post from the outbox by itself).
 */
const FAULT_RATE = 0.05;
const PASS_BEFORE = 30;
const FAIL_RUN = 3;
const PASS_AFTER = 30;

const faultSeed = (() => {
  const probe = { method: 'GET', pathname: '/api/reviews/x' };
  for (let seed = 1; seed < 50_000_000; seed++) {
    const decide = createFaultInjector({ rate: FAULT_RATE, kinds: ['500'], seed });
    let ok = true;
    for (let i = 0; ok && i < PASS_BEFORE + FAIL_RUN + PASS_AFTER; i++) {
      const failed = decide(probe).kind !== 'none';
      ok = failed === (i >= PASS_BEFORE && i < PASS_BEFORE + FAIL_RUN);
    }
    if (ok) return seed;
  }
  throw new Error('no seed gives the fault window');
})();

/** One harmless read: true when answered, false when it met a fault. */
async function probe(page: Page): Promise<boolean> {
  return page.evaluate(async (slug) => {
    try {
      return (await fetch(`/api/reviews/${slug}`)).ok;
    } catch {
      return false;
    }
  }, ORBIT);
}

/** Reads until one fails: the next FAIL_RUN - 1 requests fail too. */
async function enterFaultWindow(page: Page): Promise<void> {
  for (let i = 0; i <= PASS_BEFORE; i++) if (!(await probe(page))) return;
  throw new Error('the fault window never came');
}

/** Reads until one is answered: every request after it is answered too. */
async function leaveFaultWindow(page: Page): Promise<void> {
  for (let i = 0; i <= FAIL_RUN; i++) if (await probe(page)) return;
  throw new Error('the fault window did not end');
}

const faultyReviewUrl = (kind: FaultKind): string =>
  `/reviews/${ORBIT}?faults=${FAULT_RATE}&faultKinds=${kind}&faultSeed=${faultSeed}`;

test.describe('double submit', () => {
  test('a double click, two quick clicks or two clicks in one task on "Post comment" make one comment each', async ({
    page,
    freshApp,
  }) => {
    await rememberGuestName(page, GUEST);
    await freshApp(`/reviews/${ORBIT}`);

    const ways: [string, (button: Locator) => Promise<void>][] = [
      ['double click', (button) => button.dblclick()],
      [
        'two quick clicks',
        async (button) => {
          const box = await button.boundingBox();
          if (!box) throw new Error('the button is not on screen');
          const x = box.x + box.width / 2;
          const y = box.y + box.height / 2;
          // Mouse clicks do not wait for the button, unlike locator.click().
          await page.mouse.click(x, y);
          await page.mouse.click(x, y);
        },
      ],
      // Before React has rendered anything in between: only the submit guard can stop the second.
      ['two clicks in one task', (button) => button.evaluate((el: HTMLElement) => (el.click(), el.click()))],
    ];

    for (const [way, clickTwice] of ways) {
      const body = unique(`Posted once by a ${way}`);
      await topComposer(page).fill(body);
      await clickTwice(postButton(page));

      const posted = commentWithText(discussion(page), body);
      await expect(posted, way).toHaveAccessibleName(new RegExp(`^Comment #\\d+ by ${GUEST}$`));
      await expect(unsent(page), way).toHaveCount(0);
      await expect(topComposer(page), way).toHaveValue('');
      await expect(posted, way).toHaveCount(1);
      expect(await storedCopies(page, ORBIT, body), `${way}: comments stored`).toBe(1);
    }

    await page.reload();
    for (const [way] of ways) {
      await expect(commentWithText(discussion(page), `Posted once by a ${way}`), way).toHaveCount(1);
    }
  });
});

test.describe('failed posts', () => {
  test('a post the server refuses keeps its text with the error in words; Retry sends it exactly once', async ({
    page,
    freshApp,
  }) => {
    await rememberGuestName(page, GUEST);
    await freshApp(faultyReviewUrl('500'));
    await expect(commentArticle(discussion(page), 1)).toBeVisible();
    const body = unique('Worth saying even when the server coughs');

    await topComposer(page).fill(body);
    await enterFaultWindow(page);
    await postButton(page).click();

    const failed = unsent(page).filter({ hasText: body });
    await expect(failed).toHaveAccessibleName('Your comment, not sent');
    await expect(failed.getByRole('alert')).toHaveText(
      'The server failed before doing anything (injected fault). Please try again.',
    );
    await expect(failed.getByText('Not sent', { exact: true })).toBeVisible();
    await expect(failed).toContainText(body);

    // Its text is still there to change, too: Edit opens it in a composer.
    await failed.getByRole('button', { name: 'Edit', exact: true }).click();
    const again = failed.getByRole('textbox', { name: 'Your comment (not sent)' });
    await expect(again).toHaveValue(body);
    await failed.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(again).toHaveCount(0);

    await leaveFaultWindow(page);
    expect(await storedCopies(page, ORBIT, body), 'nothing stored by the failed post').toBe(0);
    await failed.getByRole('button', { name: 'Retry', exact: true }).click();

    const posted = commentWithText(discussion(page), body);
    await expect(posted).toHaveAccessibleName(new RegExp(`^Comment #\\d+ by ${GUEST}$`));
    await expect(unsent(page)).toHaveCount(0);
    expect(await storedCopies(page, ORBIT, body)).toBe(1);
    expect(await postStatuses(page), 'the refused post, then its Retry').toEqual([500, 201]);

    await page.goto(`/reviews/${ORBIT}?faults=0`);
    await expect(commentWithText(discussion(page), body)).toHaveCount(1);
    await expect(unsent(page)).toHaveCount(0);
    expect(await storedCopies(page, ORBIT, body)).toBe(1);
  });

  test('a post committed whose answer was lost is not duplicated by Retry', async ({ page, freshApp }) => {
    await rememberGuestName(page, GUEST);
    await freshApp(faultyReviewUrl('after-commit'));
    await expect(commentArticle(discussion(page), 1)).toBeVisible();
    const body = unique('Sent once, answered never');

    await topComposer(page).fill(body);
    await enterFaultWindow(page);
    await postButton(page).click();

    const failed = unsent(page).filter({ hasText: body });
    await expect(failed.getByRole('alert')).toHaveText(
      'Not sent: the server could not be reached. Your text is kept here; try again.',
    );
    await expect(failed).toContainText(body);

    await leaveFaultWindow(page);
    // The backend did store it: the client cannot know, and must not post it a second time.
    expect(await storedCopies(page, ORBIT, body), 'the lost answer hid a stored comment').toBe(1);
    await failed.getByRole('button', { name: 'Retry', exact: true }).click();

    const posted = commentWithText(discussion(page), body);
    await expect(posted).toHaveAccessibleName(new RegExp(`^Comment #\\d+ by ${GUEST}$`));
    await expect(unsent(page)).toHaveCount(0);
    await expect(posted).toHaveCount(1);
    expect(await storedCopies(page, ORBIT, body)).toBe(1);
    expect(await postStatuses(page), 'the lost answer, then the replay answering the stored comment').toEqual(
      [0, 200],
    );

    await page.goto(`/reviews/${ORBIT}?faults=0`);
    await expect(commentWithText(discussion(page), body)).toHaveCount(1);
    expect(await storedCopies(page, ORBIT, body)).toBe(1);
  });
});

test.describe('drafts', () => {
  /** The texts of the drafts saved in this browser. */
  const savedDrafts = (page: Page): Promise<string[]> => keptTexts(page, [DRAFT_KEY_PREFIX]);

  test('a new comment and a reply being written survive a reload; posting one clears only its draft', async ({
    page,
    freshApp,
  }) => {
    await rememberGuestName(page, GUEST);
    await freshApp(`/reviews/${ORBIT}`);
    const thread = discussion(page);
    const topDraft = unique('Half a thought about the ending,\nwith a second line');
    const replyDraft = unique('A reply to Odile, *unfinished*');

    await topComposer(page).fill(topDraft);
    const odile = commentArticle(thread, 4);
    await odile.getByRole('button', { name: 'Reply', exact: true }).first().click();
    const replyBox = odile.getByRole('textbox', { name: /^Reply to / });
    await replyBox.fill(replyDraft);
    await expect.poll(() => savedDrafts(page)).toEqual(expect.arrayContaining([topDraft, replyDraft]));

    await page.reload();
    await expect(topComposer(page)).toHaveValue(topDraft);
    await expect(replyBox).toHaveValue(replyDraft);
    await expect(thread.getByText('Draft restored', { exact: true })).toHaveCount(2);
    await expect(odile.getByText('Draft restored', { exact: true })).toBeVisible();

    await odile.getByRole('button', { name: 'Post reply', exact: true }).click();
    const reply = commentWithText(odile, 'A reply to Odile');
    await expect(reply).toHaveAccessibleName(
      new RegExp(`^Comment #\\d+ by ${GUEST}, reply to Odile Brandt$`),
    );
    const replyNumber = await commentNumber(reply);
    await expect(replyBox).toHaveCount(0);
    await expect.poll(() => savedDrafts(page)).toEqual([topDraft]);

    await page.reload();
    await expect(topComposer(page)).toHaveValue(topDraft);
    await expect(commentArticle(odile, replyNumber)).toBeVisible();
    await expect(odile.getByRole('textbox', { name: /^Reply to / })).toHaveCount(0);
    await expect(thread.getByText('Draft restored', { exact: true })).toHaveCount(1);
  });
});
