import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  authResponseSchema,
  profileSchema,
  sessionHeaders,
  sessionStateSchema,
  settingsSchema,
} from '../../src/contract/accounts';
import {
  GUEST_TOKEN_HEADER,
  commentSchema,
  threadPageSchema,
  type Comment,
} from '../../src/contract/comments';
import {
  digestResultSchema,
  mailboxSchema,
  notificationPageSchema,
  subscriptionListSchema,
  subscriptionSchema,
  subscriptionStateSchema,
  unreadCountSchema,
  unsubscribeResultSchema,
} from '../../src/contract/notifications';
import { problemSchema } from '../../src/contract/problem';
import { createNodeBackend } from '../node';
import { FIXTURE_PASSWORD, fixtureContentWithPasswords } from '../testing/fixture';

// Real PBKDF2 at 210,000 iterations: about 50 ms a hash, many times that on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

let clock = new Date('2026-05-01T10:00:00.000Z');
const tick = (ms = 1000) => {
  clock = new Date(clock.getTime() + ms);
};
const backend = await createNodeBackend({ content: await fixtureContentWithPasswords(), now: () => clock });
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => backend.server.resetHandlers());
afterAll(() => backend.server.close());
beforeEach(async () => {
  expect((await send('POST', '/demo/reset', {})).status).toBe(200);
  backend.events.length = 0;
});

const GUEST = 'guest-token-for-tests-0001';
const url = (path: string) => `http://localhost/api${path}`;

/** `who`: a session token, or null for a guest (who sends the guest token). */
function send(method: string, path: string, body?: unknown, who: string | null = null): Promise<Response> {
  return fetch(url(path), {
    method,
    headers: {
      'Content-Type': 'application/json',
      [GUEST_TOKEN_HEADER]: GUEST,
      ...(who ? sessionHeaders(who) : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function problemOf(response: Response, status: number) {
  expect(response.status).toBe(status);
  return problemSchema.parse(await response.json());
}

async function signIn(username: string, password = FIXTURE_PASSWORD): Promise<string> {
  const response = await send('POST', '/auth/sign-in', { username, password, remember: false });
  expect(response.status).toBe(200);
  return authResponseSchema.parse(await response.json()).token;
}

let n = 0;
async function postComment(
  who: string | null,
  body: string,
  parentId: string | null = null,
): Promise<Comment> {
  tick();
  const response = await send(
    'POST',
    '/reviews/her-alpha/comments',
    {
      clientId: `http-client-${String(++n).padStart(5, '0')}`,
      parentId,
      body,
      ...(who ? {} : { guestName: 'Gwen' }),
    },
    who,
  );
  expect(response.status).toBe(201);
  return commentSchema.parse(await response.json());
}

describe('register, sign in, sign out', () => {
  it('registers (201, signed in), refuses a taken username with 409 and a weak password with a field message', async () => {
    const created = await send('POST', '/auth/register', {
      username: 'Newcomer',
      displayName: 'New Comer',
      password: 'a fine long passphrase',
    });
    expect(created.status).toBe(201);
    const auth = authResponseSchema.parse(await created.json());
    expect(auth.user).toMatchObject({ username: 'newcomer', role: 'reader' });
    const me = sessionStateSchema.parse(
      await (await send('GET', '/auth/session', undefined, auth.token)).json(),
    );
    expect(me.session?.user.displayName).toBe('New Comer');

    const taken = await problemOf(
      await send('POST', '/auth/register', {
        username: 'NEWCOMER',
        displayName: 'X',
        password: 'another passphrase',
      }),
      409,
    );
    expect(taken).toMatchObject({ code: 'username-taken' });
    expect(taken.errors?.username?.[0]).toMatch(/taken/);

    const weak = await problemOf(
      await send('POST', '/auth/register', { username: 'weakling', displayName: 'W', password: 'short' }),
      400,
    );
    expect(weak.errors?.password?.[0]).toBe('Password needs at least 10 characters.');
    const control = await problemOf(
      await send('POST', '/auth/register', {
        username: 'ctrl',
        displayName: '\u0000\u0001',
        password: 'a long passphrase',
      }),
      400,
    );
    expect(control.errors?.displayName?.[0]).toMatch(/empty/);
  });

  it('signs in and out; a wrong password is a 401; then the old token is an expired session', async () => {
    const wrong = await problemOf(
      await send('POST', '/auth/sign-in', { username: 'reader', password: 'nope nope', remember: false }),
      401,
    );
    expect(wrong.code).toBe('invalid-credentials');

    const token = await signIn('Reader');
    const state = sessionStateSchema.parse(
      await (await send('GET', '/auth/session', undefined, token)).json(),
    );
    expect(state).toMatchObject({
      session: { user: { username: 'reader' }, remember: false },
      expired: false,
    });

    expect((await send('POST', '/auth/sign-out', undefined, token)).status).toBe(204);
    const after = sessionStateSchema.parse(
      await (await send('GET', '/auth/session', undefined, token)).json(),
    );
    expect(after).toEqual({ session: null, expired: true });
    const guestState = sessionStateSchema.parse(await (await send('GET', '/auth/session')).json());
    expect(guestState).toEqual({ session: null, expired: false });
  });

  it('throttles repeated failures with 429 and Retry-After', async () => {
    for (let i = 0; i < 5; i++) {
      await problemOf(
        await send('POST', '/auth/sign-in', { username: 'critic', password: 'wrong one!', remember: false }),
        401,
      );
    }
    const refused = await send('POST', '/auth/sign-in', {
      username: 'critic',
      password: FIXTURE_PASSWORD,
      remember: false,
    });
    const problem = await problemOf(refused, 429);
    expect(problem.code).toBe('too-many-sign-in-attempts');
    expect(refused.headers.get('Retry-After')).toBe('5');
    tick(5000);
    expect(await signIn('critic')).toEqual(expect.any(String));
  });

  it('a signed-in comment is the account’s; an expired session on a write is a 401 session-expired, a read is a guest', async () => {
    const token = await signIn('reader');
    const mine = await postComment(token, 'Posted with my account');
    expect(mine.author).toMatchObject({ kind: 'user', username: 'reader', name: 'Rory Reader' });
    expect(mine.editableUntil).not.toBeNull();

    tick(12 * 3_600_000);
    const expired = await problemOf(
      await send(
        'POST',
        '/reviews/her-alpha/comments',
        { clientId: 'http-expired-0001', parentId: null, body: 'Draft' },
        token,
      ),
      401,
    );
    expect(expired.code).toBe('session-expired');
    const page = await send('GET', '/reviews/her-alpha/comments', undefined, token);
    expect(page.status).toBe(200);
    expect(threadPageSchema.parse(await page.json()).items[0]?.editableUntil).toBeNull();
  });
});

describe('profiles and settings', () => {
  it('shows a profile with the user’s visible comments, newest first', async () => {
    const token = await signIn('reader');
    const first = await postComment(token, 'My first, with a ||secret||');
    const second = await postComment(token, 'My second');
    const profile = profileSchema.parse(await (await send('GET', '/users/READER')).json());
    expect(profile.user).toMatchObject({ username: 'reader', displayName: 'Rory Reader', role: 'reader' });
    expect(profile.comments.map((c) => c.id)).toEqual([second.id, first.id]);
    expect(profile.comments[1]).toMatchObject({
      excerpt: 'My first, with a [spoiler]',
      reviewSlug: 'her-alpha',
    });
    await problemOf(await send('GET', '/users/nobody-here'), 404);
  });

  it('reads and changes my settings; a guest gets 401', async () => {
    const token = await signIn('reader');
    const settings = settingsSchema.parse(await (await send('GET', '/settings', undefined, token)).json());
    expect(settings).toMatchObject({ notifyOnReplies: true, emailFrequency: 'immediately' });
    const changed = await send(
      'PATCH',
      '/settings',
      { emailFrequency: 'daily', displayName: 'Rory R.' },
      token,
    );
    expect(settingsSchema.parse(await changed.json())).toMatchObject({
      emailFrequency: 'daily',
      displayName: 'Rory R.',
    });
    expect((await problemOf(await send('GET', '/settings'), 401)).code).toBe('sign-in-required');
    const wrong = await problemOf(
      await send(
        'PATCH',
        '/settings',
        { currentPassword: 'not mine', newPassword: 'a new passphrase' },
        token,
      ),
      422,
    );
    expect(wrong.errors?.currentPassword).toBeDefined();
  });
});

describe('following and notifications', () => {
  it('a guest trying to follow gets 401 with a message offering sign-in', async () => {
    const problem = await problemOf(
      await send('POST', '/subscriptions', { kind: 'thread', reviewSlug: 'her-alpha' }),
      401,
    );
    expect(problem.code).toBe('sign-in-required');
    expect(problem.detail).toMatch(/registered users/);
    expect(problem.detail).toMatch(/Sign in/);
    const state = subscriptionStateSchema.parse(
      await (await send('GET', '/reviews/her-alpha/subscription-state')).json(),
    );
    expect(state).toEqual({ reviewSlug: 'her-alpha', signedIn: false, thread: null, comments: {} });
  });

  it('follows idempotently, lists, shows state, and only the owner may unfollow', async () => {
    const reader = await signIn('reader');
    const critic = await signIn('critic');
    const root = await postComment(critic, 'Root');
    const first = await send('POST', '/subscriptions', { kind: 'thread', reviewSlug: 'her-alpha' }, reader);
    expect(first.status).toBe(201);
    const again = await send('POST', '/subscriptions', { kind: 'thread', reviewSlug: 'her-alpha' }, reader);
    expect(again.status).toBe(200);
    const thread = subscriptionSchema.parse(await first.json());
    expect(subscriptionSchema.parse(await again.json()).id).toBe(thread.id);
    const sub = subscriptionSchema.parse(
      await (
        await send(
          'POST',
          '/subscriptions',
          { kind: 'subthread', reviewSlug: 'her-alpha', commentId: root.id },
          reader,
        )
      ).json(),
    );
    expect(sub).toMatchObject({
      commentId: root.id,
      commentNumber: root.number,
      reviewTitle: 'Her, and the voice in the machine',
    });
    await problemOf(
      await send('POST', '/subscriptions', { kind: 'subthread', reviewSlug: 'her-alpha' }, reader),
      400,
    );

    const state = subscriptionStateSchema.parse(
      await (await send('GET', '/reviews/her-alpha/subscription-state', undefined, reader)).json(),
    );
    expect(state).toEqual({
      reviewSlug: 'her-alpha',
      signedIn: true,
      thread: thread.id,
      comments: { [root.id]: sub.id },
    });
    const list = subscriptionListSchema.parse(
      await (await send('GET', '/subscriptions', undefined, reader)).json(),
    );
    expect(list.items.map((s) => s.id).sort()).toEqual([thread.id, sub.id].sort());

    expect(
      (await problemOf(await send('DELETE', `/subscriptions/${thread.id}`, undefined, critic), 403)).code,
    ).toBe('not-yours');
    expect((await send('DELETE', `/subscriptions/${thread.id}`, undefined, reader)).status).toBe(204);
    await problemOf(await send('DELETE', `/subscriptions/${thread.id}`, undefined, reader), 404);
  });

  it('a reply to someone following the thread and the parent’s sub-thread: exactly one notification and one email', async () => {
    const reader = await signIn('reader');
    const critic = await signIn('critic');
    const root = await postComment(reader, 'What did the ending mean?');
    await send('POST', '/subscriptions', { kind: 'thread', reviewSlug: 'her-alpha' }, reader);
    await send(
      'POST',
      '/subscriptions',
      { kind: 'subthread', reviewSlug: 'her-alpha', commentId: root.id },
      reader,
    );
    backend.events.length = 0;

    const reply = await postComment(critic, 'It means ||she leaves|| <b>for good</b>.', root.id);

    const inbox = notificationPageSchema.parse(
      await (await send('GET', '/notifications', undefined, reader)).json(),
    );
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({
      kind: 'reply',
      read: false,
      commentId: reply.id,
      actorName: 'Cora Critic',
      excerpt: 'It means [spoiler] <b>for good</b>.',
      link: `/reviews/her-alpha?comment=${reply.id}#comment-${reply.id}`,
    });
    const mailbox = mailboxSchema.parse(await (await send('GET', '/mailbox')).json());
    expect(mailbox.items).toHaveLength(1);
    const email = mailbox.items[0];
    expect(email).toMatchObject({ kind: 'immediate', to: '"Rory Reader" <reader@screening-room.example>' });
    expect(email?.subject).toBe('Cora Critic replied to your comment on “Her, and the voice in the machine”');
    expect(email?.html).toContain('&lt;b&gt;for good&lt;/b&gt;');
    expect(email?.html).not.toContain('she leaves');
    expect(email?.text).toContain(`/reviews/her-alpha?comment=${reply.id}#comment-${reply.id}`);
    expect(email?.unsubscribeUrl).toMatch(/^\/unsubscribe\?token=/);

    expect(backend.events).toEqual([
      { type: 'comment-created', reviewSlug: 'her-alpha', commentId: reply.id },
      { type: 'notifications-changed', userIds: ['u-reader'] },
    ]);

    // The commenter is never notified of their own comment.
    const criticInbox = notificationPageSchema.parse(
      await (await send('GET', '/notifications', undefined, critic)).json(),
    );
    expect(criticInbox.items.map((i) => i.commentId)).toEqual([]);
  });

  it('only you read or mark your notifications (403 otherwise); read one, read all', async () => {
    const reader = await signIn('reader');
    const critic = await signIn('critic');
    await send('POST', '/subscriptions', { kind: 'thread', reviewSlug: 'her-alpha' }, reader);
    await postComment(critic, 'One');
    await postComment(null, 'Two, by a guest');
    const unread = unreadCountSchema.parse(
      await (await send('GET', '/notifications/unread-count', undefined, reader)).json(),
    );
    expect(unread.count).toBe(2);
    const inbox = notificationPageSchema.parse(
      await (await send('GET', '/notifications', undefined, reader)).json(),
    );
    const id = inbox.items[0]?.id ?? '';

    const foreign = await problemOf(await send('POST', `/notifications/${id}/read`, undefined, critic), 403);
    expect(foreign.code).toBe('not-yours');
    await problemOf(await send('POST', `/notifications/${id}/read`), 401);
    await problemOf(await send('POST', '/notifications/no-such/read', undefined, reader), 404);

    const afterOne = unreadCountSchema.parse(
      await (await send('POST', `/notifications/${id}/read`, undefined, reader)).json(),
    );
    expect(afterOne.count).toBe(1);
    const afterAll = unreadCountSchema.parse(
      await (await send('POST', '/notifications/read-all', {}, reader)).json(),
    );
    expect(afterAll.count).toBe(0);
    expect(
      unreadCountSchema.parse(await (await send('GET', '/notifications/unread-count')).json()).count,
    ).toBe(0);
  });

  it('the email’s unsubscribe link works without signing in, once; a tampered one is refused', async () => {
    const reader = await signIn('reader');
    const critic = await signIn('critic');
    await send('POST', '/subscriptions', { kind: 'thread', reviewSlug: 'her-alpha' }, reader);
    await postComment(critic, 'First');
    const [email] = mailboxSchema.parse(await (await send('GET', '/mailbox')).json()).items;
    const token = new URLSearchParams(email?.unsubscribeUrl.split('?')[1]).get('token') ?? '';

    const tampered = await problemOf(
      await send('POST', '/unsubscribe', { token: `${token.slice(0, -2)}xx` }),
      400,
    );
    expect(tampered.code).toBe('invalid-unsubscribe-token');
    const done = unsubscribeResultSchema.parse(await (await send('POST', '/unsubscribe', { token })).json());
    expect(done.scope).toBe('thread');
    const reused = await problemOf(await send('POST', '/unsubscribe', { token }), 410);
    expect(reused.code).toBe('already-unsubscribed');

    await postComment(critic, 'Second: nobody follows now');
    const inbox = notificationPageSchema.parse(
      await (await send('GET', '/notifications', undefined, reader)).json(),
    );
    expect(inbox.items).toHaveLength(1);
    expect(mailboxSchema.parse(await (await send('GET', '/mailbox')).json()).items).toHaveLength(1);
  });

  it('daily digests wait for POST /api/mailbox/digest', async () => {
    const reader = await signIn('reader');
    const critic = await signIn('critic');
    await send('PATCH', '/settings', { emailFrequency: 'daily' }, reader);
    await send('POST', '/subscriptions', { kind: 'thread', reviewSlug: 'her-alpha' }, reader);
    await postComment(critic, 'One');
    await postComment(critic, 'Two');
    expect(mailboxSchema.parse(await (await send('GET', '/mailbox')).json()).items).toEqual([]);
    const result = digestResultSchema.parse(await (await send('POST', '/mailbox/digest', {})).json());
    expect(result.sent).toBe(1);
    const [digest] = mailboxSchema.parse(await (await send('GET', '/mailbox')).json()).items;
    expect(digest).toMatchObject({
      kind: 'digest',
      subject: expect.stringContaining('2 new comments') as string,
    });
  });
});

describe('moderation', () => {
  it('a moderator hides a comment: others see a placeholder, the moderator and the author the text; restore undoes it', async () => {
    const reader = await signIn('reader');
    const mod = await signIn('mod');
    const target = await postComment(reader, 'Something rude');
    backend.events.length = 0;

    const hidden = commentSchema.parse(
      await (await send('POST', `/comments/${target.id}/hide`, {}, mod)).json(),
    );
    expect(hidden).toMatchObject({ hidden: true, canModerate: true, body: 'Something rude' });
    expect(backend.events[0]).toEqual({
      type: 'comment-updated',
      reviewSlug: 'her-alpha',
      commentId: target.id,
    });

    const asGuest = threadPageSchema.parse(await (await send('GET', '/reviews/her-alpha/comments')).json());
    const seen = asGuest.items.find((c) => c.id === target.id);
    expect(seen).toMatchObject({
      hidden: true,
      body: '',
      deleted: false,
      canModerate: false,
      author: { name: '' },
    });
    expect(asGuest.commentCount).toBe(1);
    const asAuthor = threadPageSchema.parse(
      await (await send('GET', '/reviews/her-alpha/comments', undefined, reader)).json(),
    );
    expect(asAuthor.items.find((c) => c.id === target.id)).toMatchObject({
      hidden: true,
      body: 'Something rude',
      editableUntil: null,
    });

    const edit = await problemOf(
      await send('PATCH', `/comments/${target.id}`, { body: 'Nicer now' }, reader),
      409,
    );
    expect(edit.code).toBe('comment-hidden');
    const reply = await problemOf(
      await send('POST', '/reviews/her-alpha/comments', {
        clientId: 'http-reply-hidden',
        parentId: target.id,
        body: 'Me too',
        guestName: 'G',
      }),
      422,
    );
    expect(reply.code).toBe('parent-hidden');

    const restored = commentSchema.parse(
      await (await send('POST', `/comments/${target.id}/restore`, {}, mod)).json(),
    );
    expect(restored).toMatchObject({ hidden: false, body: 'Something rude' });
    const again = threadPageSchema.parse(await (await send('GET', '/reviews/her-alpha/comments')).json());
    expect(again.items.find((c) => c.id === target.id)?.body).toBe('Something rude');
  });

  it('anyone but a moderator gets 403 for hide and restore', async () => {
    const reader = await signIn('reader');
    const critic = await signIn('critic');
    const target = await postComment(reader, 'Fine comment');
    expect((await problemOf(await send('POST', `/comments/${target.id}/hide`, {}, critic), 403)).code).toBe(
      'not-moderator',
    );
    await problemOf(await send('POST', `/comments/${target.id}/hide`, {}, reader), 403);
    await problemOf(await send('POST', `/comments/${target.id}/restore`, {}), 403);
    const page = threadPageSchema.parse(await (await send('GET', '/reviews/her-alpha/comments')).json());
    expect(page.items.find((c) => c.id === target.id)).toMatchObject({ hidden: false, body: 'Fine comment' });
  });
});
