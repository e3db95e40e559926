import { describe, expect, it } from 'vitest';
import { generateThread, largeThreadReview } from '../seed/large-thread';
import { createMemoryStore } from '../store/memory';
import { fixtureContent } from '../testing/fixture';
import { generateDemoThread, resetDemo, seedIfEmpty } from './demo';

async function seededStore() {
  const store = createMemoryStore();
  await store.write((tx) => seedIfEmpty(tx, fixtureContent));
  return store;
}

describe('generateDemoThread', () => {
  it('makes a review with the asked number of nested comments, once per count', async () => {
    const store = await seededStore();
    const first = await store.write((tx) =>
      generateDemoThread(tx, { count: 300, bigSubthread: 40 }, largeThreadReview, generateThread),
    );
    expect(first).toMatchObject({
      slug: 'bench-thread-300',
      title: 'Benchmark thread (300 comments)',
      commentCount: 300,
      created: true,
    });
    const review = await store.read((tx) => tx.getByIndex('reviews', 'bySlug', 'bench-thread-300'));
    expect(review?.commentCount).toBe(300);
    expect(review?.lastCommentNumber).toBe(300);
    const comments = await store.read((tx) => tx.getAllByIndex('comments', 'byReview', first.reviewId));
    expect(comments).toHaveLength(300);
    expect(comments.some((c) => c.depth >= 5)).toBe(true);

    const big = comments.find((c) => c.id === first.bigSubthreadRootId);
    expect(big?.parentId).toBeNull();
    expect(big?.descendantCount).toBeGreaterThanOrEqual(40);

    // Asking again, even with another seed, returns the same thread and adds nothing.
    const again = await store.write((tx) =>
      generateDemoThread(tx, { count: 300, seed: 7, bigSubthread: 40 }, largeThreadReview, generateThread),
    );
    expect(again).toEqual({ ...first, created: false });
    const after = await store.read((tx) => tx.getAllByIndex('comments', 'byReview', first.reviewId));
    expect(after).toHaveLength(300);
  });

  it('is deterministic for a seed, and reset removes it', async () => {
    const bodies = async () => {
      const store = await seededStore();
      const made = await store.write((tx) =>
        generateDemoThread(tx, { count: 50, seed: 3 }, largeThreadReview, generateThread),
      );
      expect(made.bigSubthreadRootId).toBeNull();
      const rows = await store.read((tx) => tx.getAllByIndex('comments', 'byReview', made.reviewId));
      return { store, bodies: rows.sort((a, b) => a.number - b.number).map((c) => c.body) };
    };
    const a = await bodies();
    const b = await bodies();
    expect(a.bodies).toEqual(b.bodies);

    await a.store.write((tx) => resetDemo(tx, fixtureContent()));
    expect(await a.store.read((tx) => tx.getByIndex('reviews', 'bySlug', 'bench-thread-50'))).toBeUndefined();
  });
});
