import { describe, expect, it } from 'vitest';
import { reviewSchema } from '../../src/contract/reviews';
import { otherReviews } from './other-reviews';

const PUBLICATIONS = [
  'orbit-and-quill',
  'nerd-signal',
  'pastel-frames',
  'riverside-film-institute',
  'beastly-reels',
];
const HER_SLUGS = PUBLICATIONS.map((p) => `her-2013-${p}`);

function wordCount(markdown: string): number {
  return markdown.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

describe('otherReviews', () => {
  it('has at least ten reviews, each valid against the contract', () => {
    expect(otherReviews.length).toBeGreaterThanOrEqual(10);
    for (const review of otherReviews) {
      const result = reviewSchema.safeParse(review);
      expect(result.success, `${review.slug}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it('uses unique ids and slugs', () => {
    const ids = otherReviews.map((r) => r.id);
    const slugs = otherReviews.map((r) => r.slug);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const id of ids) expect(id).toMatch(/^r-[a-z0-9-]+$/);
  });

  it('gives every publication at least two reviews and uses no other publication', () => {
    for (const publication of PUBLICATIONS) {
      expect(
        otherReviews.filter((r) => r.publicationSlug === publication).length,
        publication,
      ).toBeGreaterThanOrEqual(2);
    }
    for (const review of otherReviews) expect(PUBLICATIONS).toContain(review.publicationSlug);
  });

  it('contains the slugs other content links to', () => {
    const slugs = otherReviews.map((r) => r.slug);
    expect(slugs).toContain('moon-2009-orbit-and-quill');
    expect(slugs).toContain('eternal-sunshine-of-the-spotless-mind-nerd-signal');
  });

  it('ends every slug with its publication and reviews no film twice in one publication', () => {
    const pairs = new Set<string>();
    for (const review of otherReviews) {
      expect(review.slug.endsWith(`-${review.publicationSlug}`), review.slug).toBe(true);
      const pair = `${review.film.slug}|${review.publicationSlug}`;
      expect(pairs.has(pair), pair).toBe(false);
      pairs.add(pair);
    }
  });

  it('agrees on the facts of a film reviewed more than once', () => {
    const bySlug = new Map<string, (typeof otherReviews)[number]['film']>();
    let shared = 0;
    for (const review of otherReviews) {
      const seen = bySlug.get(review.film.slug);
      if (seen) {
        shared++;
        expect(review.film, review.slug).toEqual(seen);
      } else bySlug.set(review.film.slug, review.film);
    }
    // Filtering by film must have something to show.
    expect(shared).toBeGreaterThanOrEqual(2);
  });

  it('links related reviews only to reviews that exist here or to the Her reviews', () => {
    const known = new Set([...otherReviews.map((r) => r.slug), ...HER_SLUGS]);
    for (const review of otherReviews) {
      expect(review.relatedSlugs).not.toContain(review.slug);
      for (const slug of review.relatedSlugs) expect(known.has(slug), `${review.slug} -> ${slug}`).toBe(true);
    }
  });

  it('keeps bodies at review length and free of raw HTML', () => {
    for (const review of otherReviews) {
      const words = wordCount(review.body);
      expect(words, review.slug).toBeGreaterThanOrEqual(250);
      expect(words, review.slug).toBeLessThanOrEqual(550);
      expect(review.body, review.slug).not.toMatch(/<[a-z/!]/i);
    }
  });

  it('gives each kind of publication what its pages show', () => {
    for (const review of otherReviews) {
      if (review.publicationSlug === 'nerd-signal') expect(review.shortReview, review.slug).toBeTruthy();
      if (review.publicationSlug === 'riverside-film-institute') {
        expect(review.categories).toContain('Member Picks');
        expect(review.pullQuote, review.slug).toBeDefined();
      }
      if (review.publicationSlug === 'beastly-reels') expect(review.author.bio, review.slug).toBeTruthy();
    }
  });

  it('dates reviews after the film came out', () => {
    for (const review of otherReviews) {
      expect(new Date(review.publishedAt).getUTCFullYear(), review.slug).toBeGreaterThanOrEqual(
        review.film.year,
      );
    }
  });
});
