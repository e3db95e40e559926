import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeBackend } from '../../mocks/node';
import { fixtureContent } from '../../mocks/testing/fixture';
import { GUEST_TOKEN_HEADER } from '../contract/comments';
import { problemSchema } from '../contract/problem';
import { describeCommentError } from '../features/comments/hooks/use-thread-session';
import { ApiError, errorMessage } from './api-client';

/*
 * Issue 5: "The API answers malformed JSON, wrong types, oversize bodies (413), unknown fields
 * and missing auth with the right 4xx and a problem body; the UI shows each in words." The real
 * handlers answer each bad request, and the client's errorMessage turns the answer into a
 * sentence (forms and composers show the problem's detail or field messages the same way).
 */

const MAX_BODY_BYTES = 64 * 1024;

describe('over HTTP: each bad request gets its 4xx and a problem the client puts in words', () => {
  const backend = createNodeBackend({ content: fixtureContent });
  beforeAll(async () => (await backend).server.listen({ onUnhandledRequest: 'error' }));
  afterAll(async () => (await backend).server.close());

  const send = (
    method: string,
    path: string,
    body: string | null,
    token: string | null = 'guest-token-aaaaaaaaaaaa',
  ) =>
    fetch(`http://localhost/api${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { [GUEST_TOKEN_HEADER]: token } : {}) },
      ...(body === null ? {} : { body }),
    });
  const comment = (fields: Record<string, unknown>) =>
    JSON.stringify({ clientId: 'client-0001', parentId: null, body: 'Fine.', guestName: 'Ada', ...fields });

  const cases: [what: string, request: () => Promise<Response>, status: number, words: RegExp][] = [
    ['malformed JSON', () => send('POST', '/reviews/her-alpha/comments', '{"body":'), 400, /not valid JSON/],
    [
      'a wrong type',
      () => send('POST', '/reviews/her-alpha/comments', comment({ body: 42 })),
      400,
      /^Invalid request: Comment must be text\.$/,
    ],
    [
      'an unknown field',
      () => send('POST', '/reviews/her-alpha/comments', comment({ author: { kind: 'user' } })),
      400,
      /^Invalid request: Unknown field: author\.$/,
    ],
    [
      'two wrong fields',
      () => send('POST', '/reviews/her-alpha/comments', comment({ body: 42, extra: true })),
      400,
      /^Invalid request: Comment must be text\. Unknown field: extra\.$/,
    ],
    [
      'many wrong fields',
      () =>
        send(
          'POST',
          '/reviews/her-alpha/comments',
          comment({ clientId: 'x', parentId: 5, body: 42, guestName: 7, author: 1 }),
        ),
      400,
      /^Invalid request: clientId must be 8 to 64 .+\. Comment must be text\. And 2 more\.$/,
    ],

    [
      'an oversize body',
      () => send('POST', '/reviews/her-alpha/comments', comment({ body: 'x'.repeat(MAX_BODY_BYTES) })),
      413,
      /over 64 KB/,
    ],
    [
      'a post without the guest token',
      () => send('POST', '/reviews/her-alpha/comments', comment({}), null),
      401,
      /Reload the page/,
    ],
    ['settings without signing in', () => send('GET', '/settings', null), 401, /sign in/i],
  ];

  it.each(cases)('%s', async (_what, request, status, words) => {
    const response = await request();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = problemSchema.parse(await response.json());
    expect(problem.status).toBe(status);
    const message = errorMessage(new ApiError(problem));
    expect(message).toMatch(words);
    // A sentence, not a code: words, and no bare status or machine code as the whole message.
    expect(message).toMatch(/^[A-Z][^]*[.!?]$/);
    expect(message).not.toMatch(/undefined|\[object/);
    // Field messages say what was wrong; the generic "did not match" says nothing more.
    if (problem.errors) expect(message).not.toMatch(/did not match what this endpoint accepts/);
  });

  // What a failed post shows under the composer: the same words, without the title.
  const composerCases: [what: string, fields: Record<string, unknown>, status: number, words: string][] = [
    ['a wrong type', { body: 42 }, 400, 'Comment must be text.'],
    ['an unknown field', { author: { kind: 'user' } }, 400, 'Unknown field: author.'],
    ['two wrong fields', { body: 42, extra: true }, 400, 'Comment must be text. Unknown field: extra.'],
    // A 422 on a field has a detail written for the case: it says more than the field's message.
    [
      'a reply to nothing',
      { parentId: 'no-such-comment' },
      422,
      'The comment you are replying to does not exist in this discussion.',
    ],
  ];

  it.each(composerCases)('the composer says why a post failed: %s', async (_what, fields, status, words) => {
    const response = await send('POST', '/reviews/her-alpha/comments', comment(fields));
    expect(response.status).toBe(status);
    const error = new ApiError(problemSchema.parse(await response.json()));
    expect(describeCommentError(error)).toMatchObject({ status, message: words });
  });
});
