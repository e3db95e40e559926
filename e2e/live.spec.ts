import type { Locator, Page } from '@playwright/test';
import {
  commentArticle,
  commentNumber,
  commentWithText,
  discussion,
  expect,
  expectNoAxeViolations,
  SESSION_KEY,
  signIn,
  test,
} from './fixtures';

/*
 * Two people in one browser: tab A and tab B share the browser context (so the same IndexedDB,
 * the same embedded backend's data) but each tab keeps its own session. A follows the thread;
 * B replies; A hears of it live (the header's unread count and "1 new comment"), reveals it,
 * and the inbox link lands on the reply. After A unsubscribes, B's next reply tells A nothing.
 * Demo accounts: mocks/seed/users.ts.
 */

const ORBIT = 'her-2013-orbit-and-quill';

const inboxLink = (page: Page): Locator => page.getByRole('banner').getByRole('link', { name: /^Inbox/ });

/** Sign in on the sign-in page (a per-tab session: no "remember me"), coming back to the thread. */
async function signInToThread(page: Page, username: string): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(`/reviews/${ORBIT}`)}`);
  await signIn(page, username);
  await expect(page).toHaveURL(new RegExp(`/reviews/${ORBIT}$`));
  await expect(discussion(page).getByRole('combobox', { name: 'Sort by' })).toBeVisible();
}

async function replyToBram(page: Page, body: string): Promise<number> {
  const bram = commentArticle(discussion(page), 13);
  await bram.getByRole('button', { name: 'Reply', exact: true }).first().click();
  await bram.getByRole('textbox', { name: 'Reply to Bram', exact: true }).fill(body);
  await bram.getByRole('button', { name: 'Post reply', exact: true }).click();
  const reply = commentWithText(bram, body);
  await expect(reply).toHaveAccessibleName(/^Comment #\d+ by Ines Marchetti, reply to Bram$/);
  return commentNumber(reply);
}

/** This tab's notifications, read through the API with the tab's own session. */
async function notificationCount(page: Page): Promise<number> {
  return page.evaluate(async (key) => {
    const token = sessionStorage.getItem(key);
    const response = await fetch('/api/notifications', {
      headers: { Accept: 'application/json', Authorization: `Bearer ${token ?? ''}` },
    });
    if (!response.ok) throw new Error(`GET notifications answered ${response.status}`);
    const page = (await response.json()) as { items: unknown[] };
    return page.items.length;
  }, SESSION_KEY);
}

test('two tabs, two people: follow, a live reply, the inbox link lands on it, and unfollowing stops it', async ({
  freshApp,
}) => {
  // Two sign-ins (real PBKDF2 in the page) and two tabs: a long flow on a busy machine.
  test.slow();
  const a = await freshApp('/about');
  await signInToThread(a, 'nightbus42');
  const threadA = discussion(a);
  await expect(threadA.getByText('Posting as Callum Reyes')).toBeVisible();

  // One toggle whose words follow its state: "Subscribe to this thread" / "Following this thread".
  const subscribe = threadA.getByRole('button', { name: /^(Subscribe to|Following) this thread$/ });
  await expect(subscribe).toHaveText('Subscribe to this thread');
  await expect(subscribe).toHaveAttribute('aria-pressed', 'false');
  await subscribe.click();
  await expect(subscribe).toHaveAttribute('aria-pressed', 'true');
  await expect(subscribe).toHaveText('Following this thread');
  await expect(
    threadA.getByText('You follow this thread: new comments will show in your inbox.'),
  ).toBeVisible();
  await expect(inboxLink(a)).toHaveAccessibleName('Inbox');

  // Tab B in the same browser: its own session, as someone else.
  const b = await a.context().newPage();
  await signInToThread(b, 'vintage-static');
  await expect(discussion(b).getByText('Posting as Ines Marchetti')).toBeVisible();
  // Tab A is still Callum: sessions are per tab.
  await expect(threadA.getByText('Posting as Callum Reyes')).toBeVisible();

  const articlesBefore = await threadA.getByRole('article').count();
  const first = `A reply from the other tab ${Date.now().toString(36)}`;
  const number = await replyToBram(b, first);

  // Tab A, without a reload: the unread count rises, and the thread offers the reply.
  await expect(inboxLink(a)).toHaveAccessibleName('Inbox, 1 unread');
  const offer = threadA.getByRole('button', { name: '1 new comment' });
  await expect(offer).toBeVisible();
  expect(await threadA.getByRole('article').count(), 'nothing moves until asked').toBe(articlesBefore);
  await expect(commentWithText(threadA, first)).toHaveCount(0);
  await expectNoAxeViolations(a);

  await offer.click();
  const revealed = commentArticle(threadA, number);
  await expect(revealed).toBeFocused();
  await expect(revealed).toHaveAccessibleName(
    new RegExp(`^Comment #${number} by Ines Marchetti, reply to Bram, new$`),
  );
  await expect(revealed).toBeInViewport();
  await expect(offer).toHaveCount(0);
  await expect(threadA.getByRole('button', { name: /^Next new comment/ })).toBeVisible();

  // The inbox's link lands on the reply, highlighted.
  await inboxLink(a).click();
  const item = a
    .getByRole('list', { name: 'Notifications' })
    .getByRole('article')
    .filter({ hasText: 'Ines Marchetti' });
  await expect(item).toHaveCount(1);
  await item.getByRole('link', { name: /^Unread: Ines Marchetti/ }).click();
  await expect(a).toHaveURL(new RegExp(`/reviews/${ORBIT}\\?comment=[^#]+#comment-`));
  const linked = discussion(a).getByRole('article', {
    name: new RegExp(`^Linked comment: Comment #${number} by Ines Marchetti`),
  });
  await expect(linked).toBeVisible();
  await expect(linked).toBeInViewport();
  await expect(linked.getByText('Linked comment', { exact: true })).toBeVisible();

  // Unfollow in A; B replies again: A hears of the comment (live) but gets no notification.
  const following = discussion(a).getByRole('button', { name: /^(Subscribe to|Following) this thread$/ });
  await expect(following).toHaveText('Following this thread');
  await following.click();
  await expect(following).toHaveAttribute('aria-pressed', 'false');
  await expect(discussion(a).getByText('You no longer follow this thread.')).toBeVisible();
  expect(await notificationCount(a)).toBe(1);

  await b.bringToFront();
  await replyToBram(b, `And another ${Date.now().toString(36)}`);
  await expect(discussion(a).getByRole('button', { name: '1 new comment' })).toBeVisible();
  expect(await notificationCount(a)).toBe(1);
  await expect(inboxLink(a)).toHaveAccessibleName('Inbox');
});
