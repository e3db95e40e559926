import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCommentBodySchema } from '../src/contract/comments';
import { problemSchema, type Problem } from '../src/contract/problem';
import { DomainError } from './domain/errors';
import { MAX_BODY_BYTES, queryOf, readBody, toProblemResponse } from './http';
import { StoreError } from './store/types';

const post = (body: string) =>
  new Request('http://localhost/api/reviews/x/comments', {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json' },
  });

/** What readBody threw, as the problem the client receives. */
async function problemFrom(body: string): Promise<{ status: number; problem: Problem }> {
  try {
    await readBody(post(body), createCommentBodySchema);
  } catch (error) {
    return answer(toProblemResponse(error));
  }
  throw new Error('readBody accepted the body');
}

async function answer(response: Response): Promise<{ status: number; problem: Problem }> {
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const problem = problemSchema.parse(await response.json());
  expect(problem.status).toBe(response.status);
  return { status: response.status, problem };
}

const valid = { clientId: 'client-0001', parentId: null, body: 'Fine.', guestName: 'Ada' };

afterEach(() => vi.restoreAllMocks());

describe('readBody: each malformed request gets its own 4xx, in words', () => {
  it('accepts a body that matches the contract', async () => {
    await expect(readBody(post(JSON.stringify(valid)), createCommentBodySchema)).resolves.toMatchObject(
      valid,
    );
  });

  it('malformed JSON is a 400 "malformed-json"', async () => {
    const { status, problem } = await problemFrom('{"clientId":');
    expect(status).toBe(400);
    expect(problem).toMatchObject({ code: 'malformed-json', detail: 'The request body is not valid JSON.' });
  });

  it('a body over the limit is a 413, counted in bytes, not characters', async () => {
    // Under the limit in characters, over it in UTF-8 bytes.
    const body = JSON.stringify({ ...valid, body: 'é'.repeat(MAX_BODY_BYTES / 2 + 10) });
    expect(body.length).toBeLessThan(MAX_BODY_BYTES);
    const { status, problem } = await problemFrom(body);
    expect(status).toBe(413);
    expect(problem).toMatchObject({ code: 'body-too-large', title: 'Request too large' });
    expect(problem.detail).toMatch(/64 KB/);
  });

  it('wrong types are a 400 with a message per field', async () => {
    const { status, problem } = await problemFrom(JSON.stringify({ ...valid, body: 42, clientId: ['x'] }));
    expect(status).toBe(400);
    expect(problem.code).toBe('invalid-request');
    expect(problem.errors?.body).toEqual(['Comment must be text.']);
    expect(problem.errors?.clientId).toEqual(['clientId must be text.']);
  });

  it('unknown fields are a 400 that names them', async () => {
    const { status, problem } = await problemFrom(
      JSON.stringify({ ...valid, author: { kind: 'user', userId: 'u-critic' } }),
    );
    expect(status).toBe(400);
    expect(Object.values(problem.errors ?? {}).flat()).toContain('Unknown field: author.');
  });

  it('an empty body is a 400, not a crash', async () => {
    const { status, problem } = await problemFrom('');
    expect(status).toBe(400);
    expect(problem.detail).toBe('The request did not match what this endpoint accepts.');
  });
});

describe('toProblemResponse', () => {
  it('passes a DomainError through with its status, words, code, fields and Retry-After', async () => {
    const response = toProblemResponse(
      new DomainError({
        status: 429,
        title: 'Slow down',
        detail: 'Too many tries. Wait a minute.',
        code: 'rate-limited',
        retryAfterSeconds: 60,
      }),
    );
    expect(response.headers.get('Retry-After')).toBe('60');
    const { status, problem } = await answer(response);
    expect(status).toBe(429);
    expect(problem).toMatchObject({ title: 'Slow down', detail: 'Too many tries. Wait a minute.' });
  });

  it('a write over quota is a 507 that tells the person their browser storage is full and what to do', async () => {
    const { status, problem } = await answer(
      toProblemResponse(
        new StoreError(
          "Your browser's storage for this site is full, so the change was not saved. Free some space and try again.",
          'quota',
        ),
      ),
    );
    expect(status).toBe(507);
    expect(problem).toMatchObject({ title: 'Storage full', code: 'store-quota' });
    expect(problem.detail).toMatch(/storage for this site is full/);
    expect(problem.detail).toMatch(/try again/);
  });

  it('a store blocked by another tab is a 503 that says to reload, and invites no retry', async () => {
    const response = toProblemResponse(
      new StoreError('Screening Room was updated in another tab. Reload this page to continue.', 'blocked'),
    );
    // Only a reload helps.
    expect(response.headers.get('Retry-After')).toBeNull();
    const { status, problem } = await answer(response);
    expect(status).toBe(503);
    expect(problem).toMatchObject({ title: 'Storage unavailable', code: 'store-blocked' });
    expect(problem.detail).toMatch(/Reload this page/);
  });

  it('a store failure of no known cause is a 503 with Retry-After, not a 500: it is likely to pass', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = toProblemResponse(
      new StoreError('The browser cancelled the change before it was saved. Try again.', 'unknown'),
    );
    expect(response.headers.get('Retry-After')).toBe('1');
    const { status, problem } = await answer(response);
    expect(status).toBe(503);
    expect(problem).toMatchObject({ title: 'Storage unavailable', code: 'store-unknown' });
    expect(problem.detail).toMatch(/Try again/);
    // Not logged as a bug.
    expect(log).not.toHaveBeenCalled();
  });

  it('a unique-index clash is a 409', async () => {
    const { status, problem } = await answer(toProblemResponse(new StoreError('clash', 'constraint')));
    expect(status).toBe(409);
    expect(problem.code).toBe('conflict');
  });

  it('anything else is a 500 that keeps the details out of the answer and logs them', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { status, problem } = await answer(toProblemResponse(new TypeError('x is undefined')));
    expect(status).toBe(500);
    expect(problem.detail).not.toContain('x is undefined');
    expect(log).toHaveBeenCalledOnce();
  });
});

describe('queryOf', () => {
  it('keeps the first value of a repeated name, like the client’s URL parsers', () => {
    const request = new Request('http://localhost/api/reviews?sort=oldest&q=a&sort=newest&q=b&page=2');
    expect(queryOf(request)).toEqual({ sort: 'oldest', q: 'a', page: '2' });
  });
});
