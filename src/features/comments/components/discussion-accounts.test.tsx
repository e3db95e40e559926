import { act, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionHeaders } from '../../../contract/accounts';
import { commentSchema, GUEST_TOKEN_HEADER, type Comment } from '../../../contract/comments';
import { BROADCAST_CHANNEL_NAME, type BackendEvent } from '../../../contract/events';
import { subscriptionListSchema } from '../../../contract/notifications';
import { forgetSessionToken, storeSessionToken } from '../../../lib/session';
import { apiUrl, signInByApi } from '../../../testing/api';
import { openDiscussion, storeReads } from '../../../testing/discussion';
import { setupTestBackend } from '../../../testing/render-app';
import { lastVisitKey } from '../lib/last-visit';

/*
 * The discussion with accounts, following, moderation and live updates, over
 * the real handlers. Sign-ins run real PBKDF2: a few, made once.
 */

vi.setConfig({ testTimeout: 60_000 });

const backend = setupTestBackend();
const { reviewRow, commentsOf } = storeReads(backend);

const ORBIT = 'her-2013-orbit-and-quill';
const NERD = 'her-2013-nerd-signal';
/** Another tab, as a different guest: post straight to the API. */
async function postAsOtherGuest(slug: string, body: string, parentId: string | null): Promise<Comment> {
  const response = await fetch(apiUrl(`/reviews/${slug}/comments`), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [GUEST_TOKEN_HEADER]: 'another-tab-guest-token-0001' },
    body: JSON.stringify({ clientId: `other-tab-${Date.now()}`, parentId, body, guestName: 'Other Tab' }),
  });
  expect(response.status).toBe(201);
  return commentSchema.parse(await response.json());
}

/** What the embedded backend does after a write: an event on the shared channel (src/lib/live-events.ts). */
const channels: BroadcastChannel[] = [];
function broadcast(event: BackendEvent): void {
  const channel = new BroadcastChannel(BROADCAST_CHANNEL_NAME);
  channels.push(channel);
  channel.postMessage(event);
}
afterAll(() => {
  for (const channel of channels) channel.close();
});

let tobias = '';
let callum = '';
let morgan = '';
beforeAll(async () => {
  const [t, c, m] = await Promise.all([
    signInByApi('twrenfield'),
    signInByApi('nightbus42'),
    signInByApi('mod-morgan'),
  ]);
  [tobias, callum, morgan] = [t.token, c.token, m.token];
});

describe('posting as who you are', () => {
  it('shows the signed-in user in the composer and posts as them, with the author badge on their review', async () => {
    storeSessionToken(tobias, false);
    const { d, user } = await openDiscussion(ORBIT);
    const identity = await d.findByText(/^Posting as/);
    expect(identity).toHaveTextContent('Posting as Tobias Wrenfield · Not you? Sign out');
    expect(d.queryByRole('textbox', { name: 'Your display name' })).not.toBeInTheDocument();

    await user.type(d.getByRole('textbox', { name: 'Your comment' }), 'Thank you all for reading.');
    await user.click(d.getByRole('button', { name: 'Post comment' }));
    const mine = await d.findByRole('article', { name: /^Comment #\d+ by Tobias Wrenfield$/ });
    expect(within(mine).getByText('Author')).toBeInTheDocument();
    expect(within(mine).getByText('member')).toBeInTheDocument();
    const stored = (await commentsOf(ORBIT)).find((c) => c.body === 'Thank you all for reading.');
    expect(stored?.author).toEqual({ kind: 'user', userId: 'u-twrenfield' });
  });

  it('offers a guest the name to post under and a way to sign in that comes back here', async () => {
    forgetSessionToken('signed-out');
    localStorage.setItem('screening-room:guest-name', 'Ada Guest');
    const { d } = await openDiscussion(ORBIT);
    const identity = await d.findByText(/^Posting as/);
    expect(identity).toHaveTextContent(/^Posting as Ada Guest \(guest\) · Change ?display name or sign in$/);
    expect(within(identity).getByRole('link', { name: 'Sign in to post with your account' })).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent(`/reviews/${ORBIT}#discussion`)}`,
    );
  });

  it('keeps the text when the session expired mid-compose, and posts it once signed in again', async () => {
    const kestrel = (await signInByApi('kestrel-h')).token;
    storeSessionToken(kestrel, false);
    const { d, user } = await openDiscussion(NERD);
    await waitFor(() => expect(d.getByText(/^Posting as/)).toHaveTextContent(/^Posting as Kestrel Hayward/));
    await user.type(d.getByRole('textbox', { name: 'Your comment' }), 'Written before the session ended.');
    // The session ends on the server (elsewhere, or it ran out) while the person writes.
    const ended = await fetch(apiUrl('/auth/sign-out'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...sessionHeaders(kestrel) },
      body: '{}',
    });
    expect(ended.status).toBe(204);
    await user.click(d.getByRole('button', { name: 'Post comment' }));

    const unsent = await d.findByRole('article', { name: 'Your comment, not sent' });
    expect(within(unsent).getByRole('alert')).toHaveTextContent(
      'Your session expired. Sign in again to post — your text is kept.',
    );
    expect(within(unsent).getByText('Written before the session ended.')).toBeInTheDocument();
    expect(within(unsent).getByRole('button', { name: 'Sign in to post' })).toBeInTheDocument();
    expect(within(unsent).getByRole('link', { name: 'or use the sign-in page' })).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent(`/reviews/${NERD}#discussion`)}`,
    );

    // Signed in again (the panel or the sign-in page do this): the same text goes out as them.
    act(() => storeSessionToken(callum, false));
    await waitFor(() => expect(d.getByText(/^Posting as/)).toHaveTextContent(/^Posting as Callum Reyes/));
    await user.click(within(unsent).getByRole('button', { name: 'Retry' }));
    const posted = await d.findByRole('article', { name: /^Comment #\d+ by Callum Reyes$/ });
    expect(within(posted).getByText('Written before the session ended.')).toBeInTheDocument();
    const copies = (await commentsOf(NERD)).filter((c) => c.body === 'Written before the session ended.');
    expect(copies).toHaveLength(1);
  });
});

describe('following', () => {
  it('tells a guest why following needs an account, with sign-in and register links', async () => {
    forgetSessionToken('signed-out');
    const { d, user } = await openDiscussion(ORBIT);
    const toggle = d.getByRole('button', { name: 'Subscribe to this thread' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    const status = await d.findByText(
      /^Following needs an account, so we know where to send notifications\./,
    );
    const next = encodeURIComponent(`/reviews/${ORBIT}#discussion`);
    expect(within(status).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      `/sign-in?next=${next}`,
    );
    expect(within(status).getByRole('link', { name: 'register' })).toHaveAttribute(
      'href',
      `/register?next=${next}`,
    );
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    // The same for a comment's replies, under that comment.
    const first = d.getByRole('article', { name: /^Comment #1 by/ });
    await user.click(within(first).getAllByRole('button', { name: 'Follow replies' })[0]!);
    expect(
      within(first)
        .getAllByText(/^Following needs an account/)[0]!
        .closest('[role="status"]'),
    ).not.toBeNull();
  });

  it('subscribes a signed-in reader to the thread and to a comment’s replies, and unsubscribes', async () => {
    storeSessionToken(callum, false);
    const mine = async () => {
      const response = await fetch(apiUrl('/subscriptions'), { headers: sessionHeaders(callum) });
      return subscriptionListSchema.parse(await response.json()).items;
    };
    const { d, user } = await openDiscussion(ORBIT);
    const toggle = await d.findByRole('button', { name: 'Subscribe to this thread' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(toggle).toHaveTextContent('Following this thread');
    await d.findByText('You follow this thread: new comments will show in your inbox.');
    expect(await mine()).toEqual([expect.objectContaining({ kind: 'thread', reviewSlug: ORBIT })]);

    const first = d.getByRole('article', { name: /^Comment #1 by/ });
    const follow = within(first).getAllByRole('button', { name: 'Follow replies' })[0]!;
    await user.click(follow);
    await waitFor(() => expect(follow).toHaveAttribute('aria-pressed', 'true'));
    await waitFor(async () =>
      expect((await mine()).map((s) => s.kind).sort()).toEqual(['subthread', 'thread']),
    );

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await d.findByText('You no longer follow this thread.');
    expect((await mine()).map((s) => s.kind)).toEqual(['subthread']);
  });

  it('puts the toggle back and says why when the server refuses', async () => {
    storeSessionToken(callum, false);
    backend().server.use(
      http.post('*/api/subscriptions', () =>
        HttpResponse.json(
          { status: 503, title: 'Storage busy', detail: 'Try again in a moment.' },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { d, user } = await openDiscussion(NERD);
    const toggle = await d.findByRole('button', { name: 'Subscribe to this thread' });
    await user.click(toggle);
    expect(await d.findByRole('alert')).toHaveTextContent(/^Could not change what you follow\. Try again/);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('moderation', () => {
  it('lets a moderator hide a comment: others see “Hidden by a moderator”; restore brings it back', async () => {
    const text = 'Something a moderator will hide.';
    const { number: n } = await postAsOtherGuest(NERD, text, null);
    storeSessionToken(morgan, false);
    const first = await openDiscussion(NERD);
    const target = await first.d.findByRole('article', { name: `Comment #${n} by Other Tab` });
    await first.user.click(within(target).getByRole('button', { name: `Hide comment #${n}` }));
    const hidden = await first.d.findByRole('article', {
      name: `Comment #${n} by Other Tab, hidden by a moderator`,
    });
    // The moderator still reads it, marked.
    expect(within(hidden).getByText('Hidden by a moderator')).toBeInTheDocument();
    expect(within(hidden).getByText(text)).toBeInTheDocument();
    expect(within(hidden).getByRole('button', { name: `Restore comment #${n}` })).toBeInTheDocument();
    first.unmount();

    act(() => forgetSessionToken('signed-out'));
    const guest = await openDiscussion(NERD);
    const placeholder = await guest.d.findByRole('article', { name: `Hidden comment #${n}` });
    expect(within(placeholder).getByText('Hidden by a moderator.')).toBeInTheDocument();
    expect(placeholder).not.toHaveTextContent(text);
    expect(placeholder).not.toHaveTextContent('Other Tab');
    expect(
      within(placeholder).queryByRole('button', { name: /^(Hide|Restore|Reply)/ }),
    ).not.toBeInTheDocument();
    guest.unmount();

    act(() => storeSessionToken(morgan, false));
    const again = await openDiscussion(NERD);
    const still = await again.d.findByRole('article', {
      name: `Comment #${n} by Other Tab, hidden by a moderator`,
    });
    await again.user.click(within(still).getByRole('button', { name: `Restore comment #${n}` }));
    expect(await again.d.findByRole('article', { name: `Comment #${n} by Other Tab` })).toBeInTheDocument();
  });
});

describe('live and new', () => {
  it('offers a comment from another tab as “1 new comment” without moving the list, then reveals it in place', async () => {
    forgetSessionToken('signed-out');
    const before = await reviewRow(ORBIT);
    const { d, user } = await openDiscussion(ORBIT);
    const articles = d.getAllByRole('article').length;
    const parent = (await commentsOf(ORBIT)).find((c) => c.number === 1);
    if (!parent) throw new Error('seed has no comment #1');

    const other = await postAsOtherGuest(ORBIT, 'Posted from another tab.', parent.id);
    broadcast({ type: 'comment-created', reviewSlug: ORBIT, commentId: other.id });

    const button = await d.findByRole('button', { name: '1 new comment' });
    expect(button.closest('[aria-live="polite"]')).not.toBeNull();
    expect(d.getAllByRole('article')).toHaveLength(articles);
    expect(d.queryByText('Posted from another tab.')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(d.getByRole('heading', { level: 2 })).toHaveTextContent(
        `Discussion (${before.commentCount + 1})`,
      ),
    );

    await user.click(button);
    const revealed = await d.findByRole('article', {
      name: /^Comment #\d+ by Other Tab, reply to Callum Reyes, new$/,
    });
    expect(within(revealed).getByText('Posted from another tab.')).toBeInTheDocument();
    const parentArticle = d.getByRole('article', { name: /^Comment #1 by/ });
    expect(parentArticle).toContainElement(revealed);
    await waitFor(() => expect(revealed).toHaveFocus());
    expect(d.queryByRole('button', { name: '1 new comment' })).not.toBeInTheDocument();
    expect(d.getByRole('button', { name: 'Next new comment (1)' })).toBeInTheDocument();

    // An edit in that other tab shows in place.
    const edited = await fetch(apiUrl(`/comments/${other.id}`), {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', [GUEST_TOKEN_HEADER]: 'another-tab-guest-token-0001' },
      body: JSON.stringify({ body: 'Posted from another tab, then edited.' }),
    });
    expect(edited.status).toBe(200);
    broadcast({ type: 'comment-updated', reviewSlug: ORBIT, commentId: other.id });
    expect(await within(revealed).findByText('Posted from another tab, then edited.')).toBeInTheDocument();
  });

  it('marks comments new since the last visit and jumps to the next one with N', async () => {
    forgetSessionToken('signed-out');
    const latest = Math.max(...(await commentsOf(NERD)).map((c) => Date.parse(c.createdAt)));
    localStorage.setItem(lastVisitKey(NERD), JSON.stringify(latest));
    const fresh = await postAsOtherGuest(NERD, 'Written while you were away.', null);

    const { d, user, unmount } = await openDiscussion(NERD);
    const article = await d.findByRole('article', { name: `Comment #${fresh.number} by Other Tab, new` });
    expect(within(article).getByText('New')).toBeInTheDocument();
    const older = d.getAllByRole('article').filter((a) => a !== article);
    for (const a of older) expect(a).not.toHaveAccessibleName(/, new$/);
    const next = d.getByRole('button', { name: 'Next new comment (1)' });
    expect(next).toHaveAttribute('aria-keyshortcuts', 'n');
    expect(next.parentElement).toHaveTextContent('Press N, outside a text field, to go to the next one.');

    // Not while typing: the letter goes into the field.
    const box = d.getByRole('textbox', { name: 'Your comment' });
    await user.type(box, 'n');
    expect(box).toHaveValue('n');
    expect(article).not.toHaveFocus();
    await user.clear(box);
    box.blur();

    await user.keyboard('n');
    await waitFor(() => expect(article).toHaveFocus());

    // Leaving the page counts as having seen it; arriving did not.
    expect(localStorage.getItem(lastVisitKey(NERD))).toBe(JSON.stringify(latest));
    unmount();
    expect(Number(localStorage.getItem(lastVisitKey(NERD)))).toBeGreaterThan(latest);
  });
});
