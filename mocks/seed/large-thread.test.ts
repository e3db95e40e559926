import { describe, expect, it } from 'vitest';
import { reviewSchema } from '../../src/contract/reviews';
import { COMMENT_MAX_CHARS } from '../../src/contract/text';
import type { CommentRecord } from '../store/types';
import {
  DEFAULT_MAX_DEPTH,
  LARGE_THREAD_COUNT,
  generateThread,
  largeThreadComments,
  largeThreadReview,
  type GenerateThreadOptions,
} from './large-thread';

const BASE: GenerateThreadOptions = {
  reviewId: 'r-test',
  count: 2000,
  seed: 7,
  bigSubthread: 400,
  authorUserIds: ['u-one', 'u-two'],
};

/** Recount the tree from parent links alone, independent of the generator's bookkeeping. */
function recount(comments: readonly CommentRecord[]) {
  const children = new Map<string, CommentRecord[]>();
  for (const c of comments) {
    if (c.parentId === null) continue;
    const list = children.get(c.parentId);
    if (list) list.push(c);
    else children.set(c.parentId, [c]);
  }
  const descendants = new Map<string, number>();
  // Children always come after their parent, so a reverse pass sees every child first.
  for (let i = comments.length - 1; i >= 0; i--) {
    const c = comments[i];
    if (!c) continue;
    let total = 0;
    for (const child of children.get(c.id) ?? []) total += 1 + (descendants.get(child.id) ?? 0);
    descendants.set(c.id, total);
  }
  return { children, descendants };
}

function checkStructure(comments: readonly CommentRecord[], reviewId: string) {
  const byId = new Map(comments.map((c) => [c.id, c]));
  expect(byId.size).toBe(comments.length);
  const { children, descendants } = recount(comments);

  comments.forEach((c, i) => {
    expect(c.reviewId).toBe(reviewId);
    expect(c.number).toBe(i + 1);
    expect(c.id).toBe(`${reviewId}-c${i + 1}`);
    expect(c.clientId).toBe(`gen-${c.id}`);
    expect(c.parentKey).toBe(c.parentId ?? '');
    expect(c.deletedAt).toBeNull();
    expect(c.body.trim().length).toBeGreaterThan(0);
    expect(c.body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(c.replyCount).toBe(children.get(c.id)?.length ?? 0);
    expect(c.descendantCount).toBe(descendants.get(c.id));
    if (c.editedAt !== null) expect(Date.parse(c.editedAt)).toBeGreaterThan(Date.parse(c.createdAt));

    if (c.parentId === null) {
      expect(c.depth).toBe(0);
    } else {
      const parent = byId.get(c.parentId);
      expect(parent, `parent of ${c.id}`).toBeDefined();
      if (!parent) return;
      expect(c.depth).toBe(parent.depth + 1);
      expect(parent.number).toBeLessThan(c.number);
      expect(Date.parse(parent.createdAt)).toBeLessThan(Date.parse(c.createdAt));
    }

    const previous = comments[i - 1];
    if (previous) expect(Date.parse(c.createdAt)).toBeGreaterThan(Date.parse(previous.createdAt));
  });
}

describe('generateThread', () => {
  it('is deterministic: the same options give deep-equal output, another seed differs', () => {
    const a = generateThread(BASE);
    const b = generateThread({ ...BASE });
    expect(a).toEqual(b);
    const c = generateThread({ ...BASE, seed: 8 });
    expect(c).not.toEqual(a);
    expect(c.map((x) => x.body)).not.toEqual(a.map((x) => x.body));
  });

  it('produces exactly count comments with consistent tree bookkeeping', () => {
    const comments = generateThread(BASE);
    expect(comments).toHaveLength(BASE.count);
    checkStructure(comments, BASE.reviewId);
  });

  it('numbers comments 1..n in order of createdAt, starting after start', () => {
    const start = '2025-01-01T00:00:00.000Z';
    const comments = generateThread({ ...BASE, count: 500, start });
    const sorted = [...comments].sort((x, y) => Date.parse(x.createdAt) - Date.parse(y.createdAt));
    expect(sorted.map((c) => c.number)).toEqual(comments.map((_, i) => i + 1));
    expect(Date.parse(comments[0]?.createdAt ?? '')).toBeGreaterThan(Date.parse(start));
    for (const c of comments) expect(c.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('puts bigSubthread replies under one top-level comment', () => {
    const comments = generateThread({ ...BASE, count: 3000, bigSubthread: 1000 });
    const big = comments.filter((c) => c.depth === 0 && c.descendantCount >= 1000);
    expect(big.length).toBeGreaterThanOrEqual(1);
    const root = big[0];
    // A sub-thread worth collapsing has many direct replies and some depth.
    expect(root?.replyCount ?? 0).toBeGreaterThan(50);
    const { children } = recount(comments);
    let deepest = 0;
    const stack: CommentRecord[] = [...(children.get(root?.id ?? '') ?? [])];
    while (stack.length > 0) {
      const c = stack.pop();
      if (!c) break;
      deepest = Math.max(deepest, c.depth);
      stack.push(...(children.get(c.id) ?? []));
    }
    expect(deepest).toBeGreaterThanOrEqual(3);
  });

  it('clamps bigSubthread to what the count allows', () => {
    const comments = generateThread({ ...BASE, count: 50, bigSubthread: 1000 });
    expect(comments).toHaveLength(50);
    checkStructure(comments, BASE.reviewId);
    expect(Math.max(...comments.map((c) => c.descendantCount))).toBe(48);
  });

  it('reaches depth 10 whenever count >= 200, and never passes maxDepth', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const comments = generateThread({ reviewId: 'r-deep', count: 200, seed });
      expect(Math.max(...comments.map((c) => c.depth)), `seed ${seed}`).toBeGreaterThanOrEqual(10);
      expect(Math.max(...comments.map((c) => c.depth))).toBeLessThanOrEqual(DEFAULT_MAX_DEPTH);
    }
    const capped = generateThread({ ...BASE, maxDepth: 4 });
    expect(Math.max(...capped.map((c) => c.depth))).toBe(4);
    checkStructure(capped, BASE.reviewId);
    const flat = generateThread({ ...BASE, maxDepth: 0 });
    expect(flat.every((c) => c.parentId === null && c.depth === 0)).toBe(true);
  });

  it('has a realistic shape: many top-level comments, mostly shallow replies, guests and accounts', () => {
    const comments = generateThread({ ...BASE, count: 5000 });
    const top = comments.filter((c) => c.depth === 0).length;
    expect(top).toBeGreaterThan(500);
    const shallow = comments.filter((c) => c.depth <= 3).length;
    expect(shallow / comments.length).toBeGreaterThan(0.7);

    const users = comments.filter((c) => c.author.kind === 'user');
    expect(users.length).toBeGreaterThan(0);
    for (const c of users)
      if (c.author.kind === 'user') expect(BASE.authorUserIds).toContain(c.author.userId);
    const guestNames = new Set(comments.flatMap((c) => (c.author.kind === 'guest' ? [c.author.name] : [])));
    expect(guestNames.size).toBeGreaterThan(50);
    for (const name of guestNames) expect(name.length).toBeLessThanOrEqual(60);

    const paragraphs = comments.map((c) => c.body.split('\n\n').length);
    expect(Math.max(...paragraphs)).toBeGreaterThanOrEqual(4);
    expect(comments.some((c) => /\|\|[^|]+\|\|/.test(c.body))).toBe(true);
    expect(comments.some((c) => c.body.startsWith('> '))).toBe(true);
    expect(comments.some((c) => /\*[^*]+\*/.test(c.body))).toBe(true);
  });

  it('writes only guests when no accounts are given', () => {
    const comments = generateThread({ reviewId: 'r-guests', count: 300, seed: 3 });
    expect(comments.every((c) => c.author.kind === 'guest')).toBe(true);
  });

  it('returns nothing for a count of zero', () => {
    expect(generateThread({ ...BASE, count: 0 })).toEqual([]);
  });
});

describe('the large thread', () => {
  it('has a valid review of its own', () => {
    expect(reviewSchema.safeParse(largeThreadReview).success).toBe(true);
    expect(largeThreadReview.film.slug).toBe('her-2013');
    expect(largeThreadReview.film.runtimeMinutes).toBe(126);
  });

  it(`holds ${LARGE_THREAD_COUNT} comments, 10+ deep, under its review, after it was published`, () => {
    const comments = largeThreadComments(['u-a']);
    expect(comments).toHaveLength(LARGE_THREAD_COUNT);
    expect(LARGE_THREAD_COUNT).toBeGreaterThanOrEqual(5000);
    checkStructure(comments, largeThreadReview.id);
    expect(Math.max(...comments.map((c) => c.depth))).toBeGreaterThanOrEqual(10);
    expect(Date.parse(comments[0]?.createdAt ?? '')).toBeGreaterThan(
      Date.parse(largeThreadReview.publishedAt),
    );
    expect(largeThreadComments(['u-a'])).toEqual(comments);
  });
});
