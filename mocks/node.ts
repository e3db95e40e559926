import { setupServer } from 'msw/node';
import type { BackendEvent } from '../src/contract/events';
import type { BackendContext } from './context';
import { seedIfEmpty, type DemoContent } from './domain/demo';
import { createHandlers } from './handlers';
import { buildSeed } from './seed';
import { createMemoryStore } from './store/memory';

/**
 * The same API in Node, over an in-memory store: used by Vitest integration
 * tests (and, later, by a Node server through @mswjs/http-middleware).
 * `events` records what the backend published, in order, for tests to inspect.
 */
export async function createNodeBackend(opts: { content?: () => DemoContent; now?: () => Date } = {}) {
  const content = opts.content ?? buildSeed;
  const store = createMemoryStore();
  await store.write((tx) => seedIfEmpty(tx, content));
  const events: BackendEvent[] = [];
  // Here the content is built in process, synchronously: tests call ctx.content() directly.
  const ctx: Omit<BackendContext, 'content'> & { content: () => DemoContent } = {
    store,
    content,
    now: opts.now ?? (() => new Date()),
    publish: (event) => {
      events.push(event);
    },
  };
  const server = setupServer(...createHandlers(ctx));
  return { server, store, ctx, events };
}
