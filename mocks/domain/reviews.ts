import type {
  Facet,
  Publication,
  ReviewDetail,
  ReviewListQuery,
  ReviewListResponse,
  ReviewSummary,
} from '../../src/contract/reviews';
import type { ReviewRow, StoreTx } from '../store/types';
import { DomainError } from './errors';

const WORDS_PER_MINUTE = 230;

/** Reading time in whole minutes (at least one), from the markdown body. */
export function readingMinutes(markdown: string): number {
  const words = markdown
    .replace(/[#>*_`[\]()|-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Lower-case, accent-free form used for matching ("Amélie" finds "amelie"). */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Split a query into terms; quoted phrases stay whole: `"love story" jonze`. */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of normalizeForSearch(query).matchAll(/"([^"]+)"|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? '').replaceAll('"', '').trim();
    if (term) terms.push(term);
  }
  return terms;
}

/** Every term must occur in the title, summary, body or film title. */
export function matchesQuery(review: ReviewRow, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = normalizeForSearch(
    [review.title, review.summary, review.shortReview ?? '', review.body, review.film.title].join('\n'),
  );
  return terms.every((term) => haystack.includes(term));
}

export function toSummary(review: ReviewRow, publications: ReadonlyMap<string, Publication>): ReviewSummary {
  const publication = publications.get(review.publicationSlug);
  return {
    slug: review.slug,
    title: review.title,
    publication: { slug: review.publicationSlug, name: publication?.name ?? review.publicationSlug },
    authorName: review.author.name,
    publishedAt: review.publishedAt,
    readingMinutes: readingMinutes(review.body),
    summary: review.summary,
    tags: review.tags,
    film: { slug: review.film.slug, title: review.film.title, year: review.film.year },
    commentCount: review.commentCount,
  };
}

const sameValue = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

async function publicationMap(tx: StoreTx): Promise<Map<string, Publication>> {
  return new Map((await tx.getAll('publications')).map((p) => [p.slug, p]));
}

export async function listReviews(tx: StoreTx, query: ReviewListQuery): Promise<ReviewListResponse> {
  const [reviews, publications] = await Promise.all([tx.getAll('reviews'), publicationMap(tx)]);
  const terms = searchTerms(query.q);
  const matching = reviews
    .filter(
      (r) =>
        (!query.tag || r.tags.some((t) => sameValue(t, query.tag))) &&
        (!query.publication || r.publicationSlug === query.publication) &&
        (!query.film || r.film.slug === query.film) &&
        matchesQuery(r, terms),
    )
    .sort((a, b) => {
      const byDate = a.publishedAt.localeCompare(b.publishedAt) || a.slug.localeCompare(b.slug);
      return query.sort === 'oldest' ? byDate : -byDate;
    });
  const pageCount = Math.ceil(matching.length / query.pageSize);
  const start = (query.page - 1) * query.pageSize;
  return {
    items: matching.slice(start, start + query.pageSize).map((r) => toSummary(r, publications)),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
    pageCount,
  };
}

export async function getReviewRow(tx: StoreTx, slug: string): Promise<ReviewRow> {
  const review = await tx.getByIndex('reviews', 'bySlug', slug);
  if (!review) throw DomainError.notFound('Review not found', `There is no review at “${slug}”.`);
  return review;
}

export async function getReviewDetail(tx: StoreTx, slug: string): Promise<ReviewDetail> {
  const review = await getReviewRow(tx, slug);
  const publications = await publicationMap(tx);
  const related: ReviewSummary[] = [];
  for (const relatedSlug of review.relatedSlugs) {
    const row = await tx.getByIndex('reviews', 'bySlug', relatedSlug);
    if (row) related.push(toSummary(row, publications));
  }
  const publication = publications.get(review.publicationSlug);
  if (!publication)
    throw new Error(`Review ${review.slug} names unknown publication ${review.publicationSlug}`);
  const { publicationSlug: _p, relatedSlugs: _r, lastCommentNumber: _l, ...rest } = review;
  return { ...rest, publication, readingMinutes: readingMinutes(review.body), related };
}

function countFacets(values: Iterable<[value: string, label: string]>): Facet[] {
  const counts = new Map<string, Facet>();
  for (const [value, label] of values) {
    const key = value.toLowerCase();
    const facet = counts.get(key) ?? { value, label, count: 0 };
    facet.count += 1;
    counts.set(key, facet);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export async function listTags(tx: StoreTx): Promise<Facet[]> {
  const reviews = await tx.getAll('reviews');
  return countFacets(reviews.flatMap((r) => r.tags.map((t): [string, string] => [t, t])));
}

export async function listPublications(tx: StoreTx): Promise<Facet[]> {
  const [reviews, publications] = await Promise.all([tx.getAll('reviews'), publicationMap(tx)]);
  return countFacets(
    reviews.map((r): [string, string] => [
      r.publicationSlug,
      publications.get(r.publicationSlug)?.name ?? r.publicationSlug,
    ]),
  );
}

export async function listFilms(tx: StoreTx): Promise<Facet[]> {
  const reviews = await tx.getAll('reviews');
  return countFacets(reviews.map((r): [string, string] => [r.film.slug, `${r.film.title} (${r.film.year})`]));
}
