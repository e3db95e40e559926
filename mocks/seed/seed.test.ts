import { describe, expect, it } from 'vitest';
import { reviewSchema, type ReviewRecord } from '../../src/contract/reviews';
import { COMMENT_MAX_CHARS, DISPLAY_NAME_MAX_CHARS, charCount } from '../../src/contract/text';
import type { CommentRecord } from '../store/types';
import { HER_FILM, HER_FULL_CAST, HER_FULL_CREDITS, HER_REVIEW_IDS, herReviews } from './her-reviews';
import { buildSeed } from './index';
import { buildThread, guest, SeedContentError, user, type ThreadNode } from './thread-builder';

const seed = buildSeed();
const reviewsById = new Map(seed.reviews.map((r) => [r.id, r]));
const commentsById = new Map(seed.comments.map((c) => [c.id, c]));
const userIds = new Set(seed.users.map((u) => u.id));
const herIds = new Set<string>(Object.values(HER_REVIEW_IDS));

function commentsOf(reviewId: string): CommentRecord[] {
  return seed.comments.filter((c) => c.reviewId === reviewId);
}

const herComments = seed.comments.filter((c) => herIds.has(c.reviewId));
const ms = (iso: string) => Date.parse(iso);
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const RAW_HTML = /<\/?[a-z][a-z0-9-]*(\s[^>]*)?\/?>/i;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

describe('seed reviews', () => {
  it('every review passes the contract', () => {
    for (const review of seed.reviews) {
      expect(() => reviewSchema.parse(review), review.slug).not.toThrow();
    }
  });

  it('has unique ids, slugs, publication slugs, user ids and usernames', () => {
    expect(duplicates(seed.reviews.map((r) => r.id))).toEqual([]);
    expect(duplicates(seed.reviews.map((r) => r.slug))).toEqual([]);
    expect(duplicates(seed.publications.map((p) => p.slug))).toEqual([]);
    expect(duplicates(seed.users.map((u) => u.id))).toEqual([]);
    expect(duplicates(seed.users.map((u) => u.username))).toEqual([]);
  });

  it('related slugs resolve to other reviews and publications exist', () => {
    const slugs = new Set(seed.reviews.map((r) => r.slug));
    const pubs = new Set(seed.publications.map((p) => p.slug));
    for (const r of seed.reviews) {
      expect(pubs.has(r.publicationSlug), `${r.slug} → ${r.publicationSlug}`).toBe(true);
      for (const related of r.relatedSlugs) {
        expect(slugs.has(related), `${r.slug} → ${related}`).toBe(true);
        expect(related).not.toBe(r.slug);
      }
    }
  });

  it('review authors that have accounts point at existing users', () => {
    for (const r of seed.reviews) {
      if (r.author.userId !== null) expect(userIds.has(r.author.userId), r.slug).toBe(true);
    }
  });

  it('review bodies hold no raw HTML', () => {
    for (const r of seed.reviews) expect(r.body, r.slug).not.toMatch(RAW_HTML);
  });
});

describe('the five Her reviews', () => {
  const her = seed.reviews.filter((r) => herIds.has(r.id));
  const bySlug = (pub: string): ReviewRecord => {
    const found = her.find((r) => r.publicationSlug === pub);
    if (!found) throw new Error(`no Her review for ${pub}`);
    return found;
  };

  it('one per publication, all about the same film', () => {
    expect(her.map((r) => r.publicationSlug).sort()).toEqual(
      ['beastly-reels', 'nerd-signal', 'orbit-and-quill', 'pastel-frames', 'riverside-film-institute'].sort(),
    );
    for (const r of her) {
      expect(r.film).toEqual(HER_FILM);
      expect(r.slug).toBe(`her-2013-${r.publicationSlug}`);
    }
  });

  it('bodies are 450 to 900 words and authors are author accounts', () => {
    for (const r of her) {
      const words = wordCount(r.body);
      expect(words, r.slug).toBeGreaterThanOrEqual(450);
      expect(words, r.slug).toBeLessThanOrEqual(900);
      const account = seed.users.find((u) => u.id === r.author.userId);
      expect(account?.role, r.slug).toBe('author');
      expect(account?.displayName).toBe(r.author.name);
    }
  });

  it('each carries what makes its seed page distinctive', () => {
    const nerd = bySlug('nerd-signal');
    expect(nerd.shortReview).toBeTruthy();
    expect(nerd.relatedSlugs.length).toBeGreaterThanOrEqual(2);

    const institute = bySlug('riverside-film-institute');
    expect(institute.pullQuote?.attribution).toMatch(/member/i);
    expect(institute.categories).toEqual(['Member Picks']);
    expect(institute.credits).toEqual(HER_FULL_CREDITS);
    expect(institute.cast).toEqual(HER_FULL_CAST);
    expect(institute.cast).toContainEqual({
      actor: 'Portia Doubleday',
      character: 'Isabella, surrogate date',
    });
    expect(institute.credits.find((c) => c.role === 'Director of Photography')?.names).toEqual([
      'Hoyte van Hoytema',
    ]);

    expect(bySlug('pastel-frames').posterCredit).toBeTruthy();
    expect(bySlug('beastly-reels').author.bio).toBeTruthy();
  });

  it('beastly-reels is closed for comments but keeps its discussion', () => {
    const closed = bySlug('beastly-reels');
    expect(closed.commentsOpen).toBe(false);
    expect(commentsOf(closed.id).length).toBeGreaterThan(0);
    for (const r of her.filter((x) => x !== closed)) expect(r.commentsOpen, r.slug).toBe(true);
  });

  it('the exported list is the same content the seed serves', () => {
    expect(herReviews.map((r) => r.id)).toEqual(her.map((r) => r.id));
  });
});

describe('seed comments', () => {
  it('have unique ids and client ids, and belong to existing reviews', () => {
    expect(duplicates(seed.comments.map((c) => c.id))).toEqual([]);
    expect(duplicates(seed.comments.map((c) => c.clientId))).toEqual([]);
    for (const c of seed.comments) expect(reviewsById.has(c.reviewId), c.id).toBe(true);
  });

  it('every parent exists in the same review, is older, and sits one level up', () => {
    for (const c of seed.comments) {
      expect(c.parentKey).toBe(c.parentId ?? '');
      if (c.parentId === null) {
        expect(c.depth, c.id).toBe(0);
        continue;
      }
      const parent = commentsById.get(c.parentId);
      expect(parent, c.id).toBeDefined();
      if (!parent) continue;
      expect(parent.reviewId).toBe(c.reviewId);
      expect(ms(parent.createdAt)).toBeLessThan(ms(c.createdAt));
      expect(c.depth).toBe(parent.depth + 1);
    }
  });

  it('are numbered 1..n per review, without gaps, in order of posting', () => {
    for (const review of seed.reviews) {
      const list = commentsOf(review.id).sort((a, b) => a.number - b.number);
      expect(list.map((c) => c.number)).toEqual(list.map((_, i) => i + 1));
      for (let i = 1; i < list.length; i++) {
        const prev = list[i - 1];
        const cur = list[i];
        if (prev && cur) expect(ms(prev.createdAt), cur.id).toBeLessThanOrEqual(ms(cur.createdAt));
      }
    }
  });

  it('reply and descendant counts match the tree, and review counters match the comments', () => {
    const children = new Map<string, CommentRecord[]>();
    for (const c of seed.comments) {
      if (c.parentId === null) continue;
      const list = children.get(c.parentId) ?? [];
      list.push(c);
      children.set(c.parentId, list);
    }
    const liveBelow = (id: string): number =>
      (children.get(id) ?? []).reduce((n, k) => n + (k.deletedAt === null ? 1 : 0) + liveBelow(k.id), 0);

    for (const c of herComments) {
      expect(c.replyCount, c.id).toBe((children.get(c.id) ?? []).filter((k) => k.deletedAt === null).length);
      expect(c.descendantCount, c.id).toBe(liveBelow(c.id));
    }
    for (const review of seed.reviews) {
      const list = commentsOf(review.id);
      expect(review.commentCount, review.slug).toBe(list.filter((c) => c.deletedAt === null).length);
      expect(review.lastCommentNumber, review.slug).toBe(Math.max(0, ...list.map((c) => c.number)));
    }
  });

  it('authors exist, guests have valid names, and nobody comments before joining', () => {
    const joined = new Map(seed.users.map((u) => [u.id, ms(u.joinedAt)]));
    for (const c of seed.comments) {
      if (c.author.kind === 'user') {
        expect(userIds.has(c.author.userId), `${c.id} by ${c.author.userId}`).toBe(true);
        expect(joined.get(c.author.userId) ?? Infinity).toBeLessThan(ms(c.createdAt));
      } else {
        expect(c.author.name.trim().length).toBeGreaterThan(0);
        expect(charCount(c.author.name)).toBeLessThanOrEqual(DISPLAY_NAME_MAX_CHARS);
      }
    }
  });

  it('bodies are within the limit, empty only when deleted, and hold no raw HTML', () => {
    for (const c of seed.comments) {
      if (c.deletedAt === null) expect(c.body.trim(), c.id).not.toBe('');
      else expect(c.body, c.id).toBe('');
      expect(charCount(c.body)).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
      expect(c.body, c.id).not.toMatch(RAW_HTML);
    }
  });

  it('no comment is posted before its review', () => {
    for (const c of seed.comments) {
      const review = reviewsById.get(c.reviewId);
      if (review) expect(ms(review.publishedAt), c.id).toBeLessThan(ms(c.createdAt));
    }
  });
});

describe('Her discussions', () => {
  it('each review author answers readers in their own thread', () => {
    for (const review of seed.reviews.filter((r) => herIds.has(r.id))) {
      const own = commentsOf(review.id).filter(
        (c) => c.author.kind === 'user' && c.author.userId === review.author.userId,
      );
      expect(own.length, review.slug).toBeGreaterThan(0);
      expect(
        own.some((c) => c.parentId !== null),
        review.slug,
      ).toBe(true);
    }
  });

  it('thread sizes suit their pages and nest deep in places', () => {
    const size = (id: string) => commentsOf(id).length;
    expect(size(HER_REVIEW_IDS.orbitAndQuill)).toBeGreaterThanOrEqual(25);
    expect(size(HER_REVIEW_IDS.orbitAndQuill)).toBeLessThanOrEqual(35);
    expect(size(HER_REVIEW_IDS.nerdSignal)).toBeGreaterThanOrEqual(12);
    expect(size(HER_REVIEW_IDS.nerdSignal)).toBeLessThanOrEqual(18);
    for (const id of [HER_REVIEW_IDS.pastelFrames, HER_REVIEW_IDS.riverside, HER_REVIEW_IDS.beastlyReels]) {
      expect(size(id), id).toBeGreaterThanOrEqual(4);
      expect(size(id), id).toBeLessThanOrEqual(10);
    }
    expect(Math.max(...herComments.map((c) => c.depth))).toBeGreaterThanOrEqual(4);
  });

  it('has guests and account holders, a spoiler, an edit, and a deleted comment that kept its replies', () => {
    expect(herComments.some((c) => c.author.kind === 'guest')).toBe(true);
    expect(herComments.some((c) => c.author.kind === 'user')).toBe(true);
    expect(herComments.some((c) => /\|\|[^|\n]+\|\|/.test(c.body))).toBe(true);

    const edited = herComments.filter((c) => c.editedAt !== null);
    expect(edited.length).toBeGreaterThan(0);
    for (const c of edited) expect(ms(c.editedAt ?? '')).toBeGreaterThan(ms(c.createdAt));

    const deletedWithReplies = herComments.filter(
      (c) => c.deletedAt !== null && herComments.some((k) => k.parentId === c.id),
    );
    expect(deletedWithReplies.length).toBeGreaterThan(0);
  });

  it('a moderator takes part', () => {
    const mods = new Set(seed.users.filter((u) => u.role === 'moderator').map((u) => u.id));
    expect(herComments.some((c) => c.author.kind === 'user' && mods.has(c.author.userId))).toBe(true);
  });
});

describe('buildSeed', () => {
  it('is deterministic and hands out fresh objects', () => {
    const again = buildSeed();
    expect(again).toEqual(seed);
    const first = again.reviews[0];
    const original = seed.reviews[0];
    if (!first || !original) throw new Error('no reviews');
    first.title = 'changed';
    first.tags.push('changed');
    expect(original.title).not.toBe('changed');
    expect(buildSeed().reviews[0]?.tags).not.toContain('changed');
  });
});

describe('buildThread', () => {
  const nodes: ThreadNode[] = [
    {
      by: guest('A'),
      at: '2020-01-01T10:00:00Z',
      body: 'first',
      replies: [
        {
          by: user('u-x'),
          at: '2020-01-01T12:00:00Z',
          body: 'reply, posted after the second top-level comment',
          deletedAt: '2020-01-01T12:30:00Z',
          replies: [{ by: guest('C'), at: '2020-01-01T12:10:00Z', body: 'reply to the deleted one' }],
        },
      ],
    },
    { by: guest('B'), at: '2020-01-01T11:00:00Z', body: 'second', editedAt: '2020-01-01T11:05:00Z' },
  ];

  it('numbers by time across branches and derives ids, parents and depth', () => {
    const out = buildThread('r-t', nodes, { idPrefix: 'c-t' });
    expect(out.map((c) => [c.id, c.number, c.depth, c.parentKey, c.clientId])).toEqual([
      ['c-t-0001', 1, 0, '', 'seed-c-t-0001'],
      ['c-t-0002', 2, 0, '', 'seed-c-t-0002'],
      ['c-t-0003', 3, 1, 'c-t-0001', 'seed-c-t-0003'],
      ['c-t-0004', 4, 2, 'c-t-0003', 'seed-c-t-0004'],
    ]);
    expect(out[1]?.editedAt).toBe('2020-01-01T11:05:00Z');
  });

  it('blanks a deleted comment, keeps its replies, and leaves it out of counts', () => {
    const [first, , deleted, reply] = buildThread('r-t', nodes, { idPrefix: 'c-t' });
    expect(deleted?.body).toBe('');
    expect(deleted?.deletedAt).toBe('2020-01-01T12:30:00Z');
    expect(deleted?.replyCount).toBe(1);
    expect(reply?.parentId).toBe(deleted?.id);
    expect(first?.replyCount).toBe(0);
    expect(first?.descendantCount).toBe(1);
  });

  it('rejects content that could not have happened', () => {
    const replyBeforeParent: ThreadNode[] = [
      {
        by: guest('A'),
        at: '2020-01-01T10:00:00Z',
        body: 'x',
        replies: [{ by: guest('B'), at: '2020-01-01T09:59:00Z', body: 'y' }],
      },
    ];
    expect(() => buildThread('r', replyBeforeParent, { idPrefix: 'c' })).toThrow(SeedContentError);

    const replyAfterDeletion: ThreadNode[] = [
      {
        by: guest('A'),
        at: '2020-01-01T10:00:00Z',
        deletedAt: '2020-01-01T10:05:00Z',
        body: 'x',
        replies: [{ by: guest('B'), at: '2020-01-01T10:06:00Z', body: 'y' }],
      },
    ];
    expect(() => buildThread('r', replyAfterDeletion, { idPrefix: 'c' })).toThrow(SeedContentError);

    const badDate: ThreadNode[] = [{ by: guest('A'), at: '2020-01-01 10:00', body: 'x' }];
    expect(() => buildThread('r', badDate, { idPrefix: 'c' })).toThrow(SeedContentError);

    const editedFirst: ThreadNode[] = [
      { by: guest('A'), at: '2020-01-01T10:00:00Z', editedAt: '2020-01-01T09:00:00Z', body: 'x' },
    ];
    expect(() => buildThread('r', editedFirst, { idPrefix: 'c' })).toThrow(SeedContentError);
  });
});
