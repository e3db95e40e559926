import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory';
import { runStoreSuite } from './store-suite';

runStoreSuite('memory', async () => createMemoryStore());

describe('createMemoryStore', () => {
  it('reports its kind and the reason it was chosen', () => {
    expect(createMemoryStore()).toMatchObject({ kind: 'memory', fallbackReason: null });
    expect(createMemoryStore('IndexedDB is off').fallbackReason).toBe('IndexedDB is off');
  });
});
