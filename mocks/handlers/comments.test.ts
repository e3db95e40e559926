import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  GUEST_TOKEN_HEADER,
  commentSchema,
  deleteCommentResultSchema,
  threadPageSchema,
} from '../../src/contract/comments';
import { problemSchema } from '../../src/contract/problem';
import { createNodeBackend } from '../node';
import { fixtureContent } from '../testing/fixture';

let clock = new Date('2026-01-01T10:00:00.000Z');
const backend = await createNodeBackend({ content: fixtureContent, now: () => clock });
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => backend.server.resetHandlers());
afterAll(() => backend.server.close());

const TOKEN_A = 'guest-token-aaaaaaaaaaaa';
const TOKEN_B = 'guest-token-bbbbbbbbbbbb';
const url = (path: string) => `http://localhost/api${path}`;
const send = (method: string, path: string, body: unknown, token: string | null = TOKEN_A) =>
  fetch(url(path), {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { [GUEST_TOKEN_HEADER]: token } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
let n = 0;
const clientId = () => `client-id-${String(++n).padStart(4, '0')}`;

async function problemOf(response: Response, status: number) {
  expect(response.status).toBe(status);
  return problemSchema.parse(await response.json());
}

describe('comments API over HTTP', () => {
  it('posts, replays the same clientId as one comment (201 then 200), and lists it', async () => {
    const body = { clientId: clientId(), parentId: null, body: 'First!', guestName: 'Ada' };
    const first = await send('POST', '/reviews/her-alpha/comments', body);
    expect(first.status).toBe(201);
    const created = commentSchema.parse(await first.json());
    expect(created).toMatchObject({ number: 1, author: { name: 'Ada', kind: 'guest' }, deleted: false });
    const replay = await send('POST', '/reviews/her-alpha/comments', body);
    expect(replay.status).toBe(200);
    expect(commentSchema.parse(await replay.json()).id).toBe(created.id);

    const page = threadPageSchema.parse(await (await fetch(url('/reviews/her-alpha/comments'))).json());
    expect(page.items.map((c) => c.id)).toEqual([created.id]);
    expect(page.commentCount).toBe(1);
  });

  it('never takes the author from the body: unknown fields are refused with field errors', async () => {
    const problem = await problemOf(
      await send('POST', '/reviews/her-alpha/comments', {
        clientId: clientId(),
        parentId: null,
        body: 'I am the critic',
        guestName: 'Ada',
        author: { kind: 'user', userId: 'u-critic' },
      }),
      400,
    );
    expect(problem.errors).toBeDefined();
  });

  it('answers bad input with 400 and a message per field', async () => {
    const problem = await problemOf(
      await send('POST', '/reviews/her-alpha/comments', {
        clientId: clientId(),
        parentId: null,
        body: '   ',
        guestName: 'Ada',
      }),
      400,
    );
    expect(problem.errors?.body?.[0]).toMatch(/empty/i);
    const tooLong = await problemOf(
      await send('POST', '/reviews/her-alpha/comments', {
        clientId: clientId(),
        parentId: null,
        body: 'x'.repeat(5001),
        guestName: 'Ada',
      }),
      400,
    );
    expect(tooLong.errors?.body?.[0]).toMatch(/5,000/);
    await problemOf(await send('POST', '/reviews/her-alpha/comments', '{"clientId":'), 400);
  });

  it('requires a guest token to post, and a name', async () => {
    const noToken = await problemOf(
      await send(
        'POST',
        '/reviews/her-alpha/comments',
        { clientId: clientId(), parentId: null, body: 'hi', guestName: 'Ada' },
        null,
      ),
      401,
    );
    expect(noToken.code).toBe('guest-token-required');
    const noName = await problemOf(
      await send('POST', '/reviews/her-alpha/comments', { clientId: clientId(), parentId: null, body: 'hi' }),
      422,
    );
    expect(noName.errors?.guestName).toBeDefined();
  });

  it('refuses posts to a closed review with 409, and replies to missing parents with 422', async () => {
    const closed = await problemOf(
      await send('POST', '/reviews/her-beta/comments', {
        clientId: clientId(),
        parentId: null,
        body: 'hi',
        guestName: 'Ada',
      }),
      409,
    );
    expect(closed.code).toBe('comments-closed');
    const orphan = await problemOf(
      await send('POST', '/reviews/her-alpha/comments', {
        clientId: clientId(),
        parentId: 'nope',
        body: 'hi',
        guestName: 'Ada',
      }),
      422,
    );
    expect(orphan.code).toBe('parent-missing');
  });

  it('lets only the author edit, within the window, and delete', async () => {
    const created = commentSchema.parse(
      await (
        await send('POST', '/reviews/her-alpha/comments', {
          clientId: clientId(),
          parentId: null,
          body: 'Typo hre',
          guestName: 'Ada',
        })
      ).json(),
    );
    const stranger = await problemOf(
      await send('PATCH', `/comments/${created.id}`, { body: 'mine now' }, TOKEN_B),
      403,
    );
    expect(stranger.code).toBe('not-author');

    const edited = commentSchema.parse(
      await (await send('PATCH', `/comments/${created.id}`, { body: 'Typo here' })).json(),
    );
    expect(edited.body).toBe('Typo here');
    expect(edited.editedAt).not.toBeNull();

    clock = new Date(clock.getTime() + 16 * 60_000);
    const late = await problemOf(await send('PATCH', `/comments/${created.id}`, { body: 'too late' }), 409);
    expect(late.code).toBe('edit-window-closed');

    await problemOf(await send('DELETE', `/comments/${created.id}`, undefined, TOKEN_B), 403);
    const deleted = deleteCommentResultSchema.parse(
      await (
        await fetch(url(`/comments/${created.id}`), {
          method: 'DELETE',
          headers: { [GUEST_TOKEN_HEADER]: TOKEN_A },
        })
      ).json(),
    );
    expect(deleted.vanishedIds).toEqual([created.id]);
  });

  it('answers 404 for replies and context of an unknown comment', async () => {
    await problemOf(await fetch(url('/comments/nope/replies')), 404);
    await problemOf(await fetch(url('/comments/nope/context')), 404);
  });
});
