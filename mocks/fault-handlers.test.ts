import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GUEST_TOKEN_HEADER, commentSchema, threadPageSchema } from '../src/contract/comments';
import { problemSchema } from '../src/contract/problem';
import { statusResponseSchema } from '../src/contract/system';
import type { BackendContext } from './context';
import { seedIfEmpty } from './domain/demo';
import { loadFaultConfig, withFaults } from './fault-handlers';
import { SLOW_MAX_MS, type FaultConfig, type FaultKind } from './faults';
import { createHandlers } from './handlers';
import { createMemoryStore } from './store/memory';
import { fixtureContent } from './testing/fixture';

const store = createMemoryStore();
await store.write((tx) => seedIfEmpty(tx, fixtureContent));
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Installs the real handlers behind a fault handler that always picks `kind`. */
function always(kind: FaultKind): FaultConfig {
  const faults: FaultConfig = { rate: 1, kinds: [kind], seed: 1 };
  const ctx: BackendContext = { store, content: fixtureContent, now: () => new Date(), faults };
  server.use(...withFaults(createHandlers(ctx), faults));
  return faults;
}
function noFaults(): void {
  server.use(...withFaults(createHandlers({ store, content: fixtureContent, now: () => new Date() }), null));
}

const url = (path: string) => `http://localhost/api${path}`;
let n = 0;
const newComment = (body: string) => ({
  clientId: `fault-client-${String(++n).padStart(4, '0')}`,
  parentId: null,
  body,
  guestName: 'Ada',
});
const post = (comment: ReturnType<typeof newComment>) =>
  fetch(url('/reviews/her-alpha/comments'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [GUEST_TOKEN_HEADER]: 'guest-token-faults-aaaa' },
    body: JSON.stringify(comment),
  });
async function bodiesInThread(): Promise<string[]> {
  const page = threadPageSchema.parse(
    await (await fetch(url('/reviews/her-alpha/comments?limit=100'))).json(),
  );
  return page.items.map((c) => c.body);
}

describe('withFaults', () => {
  it('after-commit: the write happens, the answer is lost, and the retry does not duplicate it', async () => {
    const comment = newComment('after-commit body');
    always('after-commit');
    await expect(post(comment)).rejects.toThrow(TypeError);

    server.resetHandlers();
    noFaults();
    expect((await bodiesInThread()).filter((b) => b === comment.body)).toHaveLength(1);
    const retry = await post(comment);
    expect(retry.status).toBe(200);
    expect(commentSchema.parse(await retry.json()).body).toBe(comment.body);
    expect((await bodiesInThread()).filter((b) => b === comment.body)).toHaveLength(1);
  });

  it('network: the request fails before the handler, so nothing is saved', async () => {
    const comment = newComment('network body');
    always('network');
    await expect(post(comment)).rejects.toThrow(TypeError);
    server.resetHandlers();
    noFaults();
    expect(await bodiesInThread()).not.toContain(comment.body);
  });

  it.each([
    ['500', null],
    ['503', /^[1-3]$/],
  ] as const)('%s: answers a problem body and saves nothing', async (kind, retryAfter) => {
    const comment = newComment(`${kind} body`);
    always(kind);
    const response = await post(comment);
    expect(response.status).toBe(Number(kind));
    expect(problemSchema.parse(await response.json())).toMatchObject({ code: 'fault-injected' });
    if (retryAfter) expect(response.headers.get('Retry-After')).toMatch(retryAfter);
    server.resetHandlers();
    noFaults();
    expect(await bodiesInThread()).not.toContain(comment.body);
  });

  it('slow: holds the answer back, then lets the real handler answer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      always('slow');
      const comment = newComment('slow body');
      let settled = false;
      const response = post(comment).finally(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(SLOW_MAX_MS);
      expect((await response).status).toBe(201);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never faults the status read, which reports the setting', async () => {
    const faults = always('network');
    const response = await fetch(url('/status'));
    expect(response.status).toBe(200);
    expect(statusResponseSchema.parse(await response.json()).faults).toEqual(faults);
    await expect(fetch(url('/reviews'))).rejects.toThrow(TypeError);
  });

  it('with the switch off, answers exactly as the real handlers do', async () => {
    noFaults();
    const status = statusResponseSchema.parse(await (await fetch(url('/status'))).json());
    expect(status.faults).toBeNull();
    const comment = newComment('plain body');
    expect((await post(comment)).status).toBe(201);
  });
});

describe('loadFaultConfig', () => {
  it('reads the query string it is given (the page-load URL), not the current location', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // No `location` in this environment: a config can only come from the argument.
    expect(typeof location).toBe('undefined');
    expect(loadFaultConfig('?faults=0.5&faultKinds=slow,503&faultSeed=9')).toEqual({
      rate: 0.5,
      kinds: ['slow', '503'],
      seed: 9,
    });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Fault injection is ON: 50%'));
    expect(loadFaultConfig('?faults=0')).toBeNull();
    expect(loadFaultConfig('')).toBeNull();
  });
});
