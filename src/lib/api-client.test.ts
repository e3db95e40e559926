import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadContract } from './lazy-contract';
import { ApiError, READ_TIMEOUT_MS, WRITE_TIMEOUT_MS, apiRequest, isNetworkError } from './api-client';

/** A fetch that never answers, like a server that hangs; it only ends when its signal aborts. */
function hangingFetch(): typeof fetch {
  return (_input, init) =>
    new Promise<Response>((_resolve, reject) => {
      const signal = init?.signal;
      // Like fetch: rejects with the signal's reason.
      signal?.addEventListener('abort', () => reject(signal.reason as Error));
    });
}

// The contract loads once per page; load it before the clock is faked, as a page has by its first answer.
beforeAll(async () => {
  await loadContract();
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Lets the request reach fetch (it awaits the backend first) before the clock moves. */
const flush = () => vi.advanceTimersByTimeAsync(0);

describe('apiRequest timeouts', () => {
  it('gives up on a read that hangs and says so as a network-style error', async () => {
    vi.stubGlobal('fetch', vi.fn(hangingFetch()));
    const request = apiRequest('/reviews', 'unreadCount');
    const outcome = request.catch((error: unknown) => error);
    await flush();
    await vi.advanceTimersByTimeAsync(READ_TIMEOUT_MS - 1);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(ApiError);
    expect(isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'timeout',
      problem: { title: 'The server took too long to answer' },
    });
  });

  it('waits less for a write', async () => {
    vi.stubGlobal('fetch', vi.fn(hangingFetch()));
    const outcome = apiRequest('/reviews/x/comments', 'unreadCount', { method: 'POST', body: {} }).catch(
      (error: unknown) => error,
    );
    await flush();
    await vi.advanceTimersByTimeAsync(WRITE_TIMEOUT_MS);
    expect(await outcome).toMatchObject({ code: 'timeout' });
  });

  it('does not time out before its time', async () => {
    vi.stubGlobal('fetch', vi.fn(hangingFetch()));
    let settled = false;
    void apiRequest('/reviews', 'unreadCount')
      .catch(() => undefined)
      .finally(() => {
        settled = true;
      });
    await flush();
    await vi.advanceTimersByTimeAsync(READ_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
  });

  it("passes the caller's own abort through unchanged, not as a timeout", async () => {
    vi.stubGlobal('fetch', vi.fn(hangingFetch()));
    const controller = new AbortController();
    const outcome = apiRequest('/reviews', 'unreadCount', { signal: controller.signal }).catch(
      (error: unknown) => error,
    );
    await flush();
    const reason = new DOMException('Navigated away', 'AbortError');
    controller.abort(reason);
    expect(await outcome).toBe(reason);
  });

  it('clears its timer once the answer is in', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ count: 3 }), { status: 200 })),
    );
    const outcome = apiRequest('/notifications/unread-count', 'unreadCount');
    await flush();
    await expect(outcome).resolves.toEqual({ count: 3 });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('apiRequest answers', () => {
  const answer = (status: number, body: unknown) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(body), { status })),
    );

  it('checks an answer against the schema its key names', async () => {
    answer(200, { count: 'three' });
    const outcome = apiRequest('/notifications/unread-count', 'unreadCount').catch((error: unknown) => error);
    await flush();
    expect(await outcome).toMatchObject({ status: 502, code: 'bad-response' });
  });

  it('reads an error body as a problem, and falls back to a generic one when it is not', async () => {
    answer(404, { status: 404, title: 'No such review', code: 'review-not-found' });
    const missing = apiRequest('/reviews/nope', 'reviewDetail').catch((error: unknown) => error);
    await flush();
    expect(await missing).toMatchObject({ status: 404, code: 'review-not-found', message: 'No such review' });

    answer(500, { oops: true });
    const broken = apiRequest('/reviews/nope', 'reviewDetail').catch((error: unknown) => error);
    await flush();
    expect(await broken).toMatchObject({ status: 500, problem: { title: 'The server had a problem' } });
  });
});
