import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
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

const okSchema = z.object({ ok: z.boolean() });

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
    const request = apiRequest('/reviews', okSchema);
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
    const outcome = apiRequest('/reviews/x/comments', okSchema, { method: 'POST', body: {} }).catch(
      (error: unknown) => error,
    );
    await flush();
    await vi.advanceTimersByTimeAsync(WRITE_TIMEOUT_MS);
    expect(await outcome).toMatchObject({ code: 'timeout' });
  });

  it('does not time out before its time', async () => {
    vi.stubGlobal('fetch', vi.fn(hangingFetch()));
    let settled = false;
    void apiRequest('/reviews', okSchema)
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
    const outcome = apiRequest('/reviews', okSchema, { signal: controller.signal }).catch(
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
      vi.fn(async () => new Response(JSON.stringify({ ok: true }), { status: 200 })),
    );
    const outcome = apiRequest('/status', okSchema);
    await flush();
    await expect(outcome).resolves.toEqual({ ok: true });
    expect(vi.getTimerCount()).toBe(0);
  });
});
