import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HER_REVIEW_SLUGS } from '../../../mocks/seed/her-reviews';
import { sessionHeaders, type AuthResponse } from '../../contract/accounts';
import { commentSchema, type Comment } from '../../contract/comments';
import { BROADCAST_CHANNEL_NAME, type BackendEvent } from '../../contract/events';
import {
  mailboxSchema,
  subscriptionListSchema,
  subscriptionSchema,
  type Subscription,
} from '../../contract/notifications';
import { storeSessionToken } from '../../lib/session';
import { apiUrl, signInByApi } from '../../testing/api';
import { renderApp, setupTestBackend } from '../../testing/render-app';

// Real PBKDF2 (210,000 iterations) runs on every sign-in: keep them few, and give them time.
vi.setConfig({ testTimeout: 60_000 });

setupTestBackend();

const SLUG = HER_REVIEW_SLUGS.orbitAndQuill;

async function send(method: string, path: string, token: string | null, body?: unknown): Promise<Response> {
  return fetch(apiUrl(path), {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? sessionHeaders(token) : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

let posted = 0;
async function postComment(token: string, body: string, parentId: string | null = null): Promise<Comment> {
  const response = await send('POST', `/reviews/${SLUG}/comments`, token, {
    clientId: `notifications-test-${String(++posted).padStart(4, '0')}`,
    parentId,
    body,
  });
  expect(response.status).toBe(201);
  return commentSchema.parse(await response.json());
}

async function follow(token: string, commentId?: string): Promise<Subscription> {
  const response = await send(
    'POST',
    '/subscriptions',
    token,
    commentId ? { kind: 'subthread', reviewSlug: SLUG, commentId } : { kind: 'thread', reviewSlug: SLUG },
  );
  expect(response.ok).toBe(true);
  return subscriptionSchema.parse(await response.json());
}

let callum: AuthResponse;
let ines: AuthResponse;
let callumsComment: Comment;
let reply: Comment;

beforeAll(async () => {
  [callum, ines] = await Promise.all([signInByApi('nightbus42'), signInByApi('vintage-static')]);
  callumsComment = await postComment(callum.token, 'The lighting in the office scenes does so much work.');
  reply = await postComment(ines.token, 'Agreed, and ||the ending|| pays it off.', callumsComment.id);
});

describe('inbox', () => {
  it('lists a reply from someone else, unread, and mark-all-read zeroes the header count', async () => {
    storeSessionToken(callum.token, false);
    const { user } = renderApp('/inbox');
    // The real header replaces the loading one once the first route's code is in.
    await screen.findByRole('heading', { level: 1, name: 'Inbox' });
    const header = screen.getByRole('banner');
    expect(await within(header).findByRole('link', { name: 'Inbox, 1 unread' })).toHaveAttribute(
      'href',
      '/inbox',
    );

    const list = await screen.findByRole('list', { name: 'Notifications' });
    const [item] = within(list).getAllByRole('article');
    expect(item).toBeDefined();
    const article = item as HTMLElement;
    const link = within(article).getByRole('link', {
      name: /^Unread: Ines Marchetti replied to your comment on /,
    });
    expect(link.getAttribute('href')).toContain(`comment=${reply.id}`);
    // Spoilers stay hidden in the excerpt.
    expect(within(article).getByText(/\[spoiler\]/)).toBeInTheDocument();
    expect(within(article).queryByText(/the ending/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(await within(header).findByRole('link', { name: 'Inbox' })).toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: /^Unread:/ })).toBeNull();
    expect(within(list).queryByText('Unread')).toBeNull();
    expect(await screen.findByText('All notifications marked as read.')).toBeInTheDocument();
    const count: unknown = await (await send('GET', '/notifications/unread-count', callum.token)).json();
    expect(count).toEqual({ count: 0 });
  });

  it('updates the header count live when another tab announces new notifications', async () => {
    storeSessionToken(callum.token, false);
    renderApp('/about');
    await screen.findByRole('heading', { level: 1, name: 'About Screening Room' });
    const header = screen.getByRole('banner');
    await within(header).findByRole('link', { name: 'Inbox' });

    // Another person replies; the test backend records events instead of broadcasting them,
    // so announce it the way the browser backend would, from "another tab".
    await postComment(ines.token, 'One more thought on the score.', callumsComment.id);
    const otherTab = new BroadcastChannel(BROADCAST_CHANNEL_NAME);
    try {
      const event: BackendEvent = { type: 'notifications-changed', userIds: [callum.user.id] };
      otherTab.postMessage(event);
      expect(await within(header).findByRole('link', { name: 'Inbox, 1 unread' })).toBeInTheDocument();
    } finally {
      otherTab.close();
    }
  });

  it('sends a guest to sign in', async () => {
    const { router } = renderApp('/inbox');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/inbox')}`);
  });
});

describe('following', () => {
  afterEach(async () => {
    const list = subscriptionListSchema.parse(
      await (await send('GET', '/subscriptions', callum.token)).json(),
    );
    await Promise.all(list.items.map((s) => send('DELETE', `/subscriptions/${s.id}`, callum.token)));
  });

  it('lists what I follow with links, and unfollows at once with a status message', async () => {
    const thread = await follow(callum.token);
    const subthread = await follow(callum.token, callumsComment.id);
    storeSessionToken(callum.token, false);
    const { user } = renderApp('/following');

    const list = await screen.findByRole('list', { name: 'Discussions you follow' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByText(`Sub-thread from comment #${callumsComment.number}`)).toBeInTheDocument();
    const links = within(list).getAllByRole('link', { name: thread.reviewTitle });
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining([`/reviews/${SLUG}`, expect.stringContaining(`comment=${callumsComment.id}`)]),
    );

    await user.click(
      within(list).getByRole('button', { name: `Unfollow the whole thread on ${thread.reviewTitle}` }),
    );
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(
      await screen.findByText(`You no longer follow the whole thread on ${thread.reviewTitle}.`),
    ).toBeInTheDocument();
    // Focus stays in the list, on what is left.
    expect(within(list).getByRole('button', { name: /^Unfollow the sub-thread/ })).toHaveFocus();

    const left = subscriptionListSchema.parse(
      await (await send('GET', '/subscriptions', callum.token)).json(),
    );
    expect(left.items.map((s) => s.id)).toEqual([subthread.id]);
  });
});

describe('mailbox and unsubscribe', () => {
  it('shows the email about the reply, with an unsubscribe link that works once, signed out', async () => {
    const mailbox = mailboxSchema.parse(await (await send('GET', '/mailbox', null)).json());
    const email = mailbox.items.find((e) => e.to.includes('nightbus42'));
    expect(email).toBeDefined();
    const unsubscribeUrl = email?.unsubscribeUrl ?? '';

    const first = renderApp('/mailbox');
    const [article] = await screen.findAllByRole('article', { name: email?.subject });
    if (!article) throw new Error('no email in the mailbox');
    expect(within(article).getByText(email?.to ?? '')).toBeInTheDocument();
    expect(within(article).getByRole('link', { name: /^Unsubscribe link/ })).toHaveAttribute(
      'href',
      unsubscribeUrl,
    );
    await first.user.click(within(article).getByText('Read the email'));
    expect(within(article).getByText(/Hi Callum Reyes,/, { selector: 'pre' })).toBeVisible();
    first.unmount();

    const second = renderApp(unsubscribeUrl);
    expect(
      await screen.findByText('Unsubscribe from notifications of replies to your comments?'),
    ).toBeInTheDocument();
    await second.user.click(screen.getByRole('button', { name: 'Unsubscribe' }));
    const done = await screen.findByRole('heading', { name: 'You have unsubscribed' });
    expect(done.parentElement).toHaveFocus();
    second.unmount();

    const third = renderApp(unsubscribeUrl);
    await third.user.click(await screen.findByRole('button', { name: 'Unsubscribe' }));
    expect(await screen.findByRole('heading', { name: 'You have already unsubscribed' })).toBeInTheDocument();
  });

  it('says a tampered link is not valid, and does nothing before the button is pressed', async () => {
    const { user } = renderApp('/unsubscribe?token=eyJzIjoiZW1haWwiLCJ1IjoidS1uaWdodGJ1czQyIn0.forged');
    expect(await screen.findByText('Unsubscribe from all emails from Screening Room?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Unsubscribe' }));
    expect(
      await screen.findByRole('heading', { name: 'This unsubscribe link is not valid' }),
    ).toBeInTheDocument();
    const settings: unknown = await (await send('GET', '/settings', callum.token)).json();
    expect(settings).toMatchObject({ emailFrequency: 'immediately' });
  });
});
