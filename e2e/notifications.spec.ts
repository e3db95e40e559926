import type { Page } from '@playwright/test';
import { apiStatuses, DEMO_PASSWORD, expect, expectNoAxeViolations, SESSION_KEY, test } from './fixtures';

/*
 * Notifications in the browser: the inbox (axe-clean, linking to the comment), and the
 * simulated email with its single-use unsubscribe link. Setting up who follows what and who
 * replies goes through the API from inside the page (the embedded backend answers there);
 * the two-tab live flow through the thread UI lives with the threads specs.
 */

const REVIEW = 'her-2013-orbit-and-quill';

interface ApiAnswer {
  status: number;
  body: unknown;
}

/** A request to the embedded API from inside the page, as `token`'s owner (or a guest). */
async function api(page: Page, method: string, path: string, token: string | null, body?: unknown) {
  const answer: ApiAnswer = await page.evaluate(
    async ({ method, path, token, body }) => {
      const response = await fetch(`/api${path}`, {
        method,
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return {
        status: response.status,
        body: response.status === 204 ? null : ((await response.json()) as unknown),
      };
    },
    { method, path, token, body },
  );
  return answer;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

async function signInByApi(page: Page, username: string): Promise<{ token: string; userId: string }> {
  const answer = await api(page, 'POST', '/auth/sign-in', null, { username, password: DEMO_PASSWORD });
  expect(answer.status).toBe(200);
  return {
    token: String(field(answer.body, 'token')),
    userId: String(field(field(answer.body, 'user'), 'id')),
  };
}

let posted = 0;
async function postComment(page: Page, token: string, body: string, parentId: string | null = null) {
  const answer = await api(page, 'POST', `/reviews/${REVIEW}/comments`, token, {
    clientId: `e2e-notifications-${Date.now()}-${++posted}`,
    parentId,
    body,
  });
  expect(answer.status).toBe(201);
  return { id: String(field(answer.body, 'id')), number: Number(field(answer.body, 'number')) };
}

/** Opens the About page and waits until the embedded backend has answered it (so it serves fetches). */
async function openApp(freshApp: (path?: string) => Promise<Page>): Promise<Page> {
  const page = await freshApp('/about');
  await expect(page.getByText(/^(Saved in this browser|Kept in memory only)$/)).toBeVisible();
  return page;
}

/** Makes this tab `token`'s owner, as signing in would, and reloads. */
async function becomeInThisTab(page: Page, token: string, path: string): Promise<void> {
  await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [SESSION_KEY, token] as const);
  await page.goto(path);
}

test('the inbox lists a reply, is axe-clean, and its link marks it read and lands on the comment', async ({
  freshApp,
}) => {
  const page = await openApp(freshApp);
  const callum = await signInByApi(page, 'nightbus42');
  const ines = await signInByApi(page, 'vintage-static');
  const mine = await postComment(page, callum.token, 'The score carries the second half.');
  const reply = await postComment(page, ines.token, 'It does, and ||the last scene|| proves it.', mine.id);

  await becomeInThisTab(page, callum.token, '/inbox');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inbox');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Inbox, 1 unread' })).toBeVisible();
  const item = page
    .getByRole('list', { name: 'Notifications' })
    .getByRole('article')
    .filter({ hasText: 'Ines Marchetti replied to your comment' });
  await expect(item).toBeVisible();
  await expect(item.getByText('[spoiler]', { exact: false })).toBeVisible();
  await expect(item).not.toContainText('the last scene');
  await expectNoAxeViolations(page);

  await item.getByRole('link', { name: /^Unread: Ines Marchetti replied to your comment/ }).click();
  await expect(page).toHaveURL(new RegExp(`/reviews/${REVIEW}\\?comment=${reply.id}#comment-${reply.id}$`));
  await expect(page.getByRole('banner').getByRole('link', { name: 'Inbox', exact: true })).toBeVisible();
});

test('an empty inbox is axe-clean too', async ({ freshApp }) => {
  const page = await openApp(freshApp);
  const odile = await signInByApi(page, 'quietcartographer');
  await becomeInThisTab(page, odile.token, '/inbox');
  await expect(page.getByText('Your inbox is empty.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the mailbox shows the email about a followed thread, and its unsubscribe link works once', async ({
  freshApp,
}) => {
  const page = await openApp(freshApp);
  const callum = await signInByApi(page, 'nightbus42');
  const ines = await signInByApi(page, 'vintage-static');
  const followed = await api(page, 'POST', '/subscriptions', callum.token, {
    kind: 'thread',
    reviewSlug: REVIEW,
  });
  expect(followed.status).toBe(201);
  const comment = await postComment(page, ines.token, 'A new thought about the letters.');

  await page.goto('/mailbox');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mailbox');
  const email = page
    .getByRole('list', { name: 'Emails' })
    .getByRole('article')
    .filter({ hasText: 'nightbus42' })
    .first();
  await expect(email.getByRole('heading', { level: 2 })).toContainText('New comment on');
  await email.getByText('Read the email').click();
  await expect(email.locator('pre')).toContainText(`Ines Marchetti wrote comment #${comment.number}`);
  await expectNoAxeViolations(page);

  const link = email.getByRole('link', { name: /^Unsubscribe link/ });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/unsubscribe\?token=/);
  await link.click();
  await expect(page.getByText('Unsubscribe from the discussion this email was about?')).toBeVisible();
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('heading', { name: 'You have unsubscribed' })).toBeVisible();
  await expect(page.getByText(/You no longer follow the discussion of/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The same link again: nothing left to stop, and it says so.
  await page.goto(href ?? '/');
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('heading', { name: 'You have already unsubscribed' })).toBeVisible();
  expect(await apiStatuses(page, 'POST /unsubscribe'), 'the used link is gone').toEqual([410]);

  // And no further email about that thread.
  const before = await api(page, 'GET', '/mailbox', null);
  await postComment(page, ines.token, 'And one more, which nobody should be emailed about.');
  const after = await api(page, 'GET', '/mailbox', null);
  const toCallum = (answer: ApiAnswer) =>
    (field(answer.body, 'items') as unknown[]).filter((e) => String(field(e, 'to')).includes('nightbus42'))
      .length;
  expect(toCallum(after)).toBe(toCallum(before));
});
