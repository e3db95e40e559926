import { z } from './zod';
import { REVIEW_LIST_LIMITS, REVIEW_SORTS, REVIEWS_PAGE_SIZE } from './constants';

// Without zod, in constants.ts (and params.ts), so code on the app's first load can use them.
export { REVIEW_LIST_LIMITS, REVIEW_SORTS, REVIEWS_PAGE_SIZE } from './constants';
export { parseReviewListQuery, reviewListQueryToParams } from './params';

/** Kinds of publication the seed pages show. */
export const publicationKindSchema = z.enum(['genre-site', 'pop-culture', 'blog', 'institute']);

export const publicationSchema = z.object({
  slug: z.string(),
  name: z.string(),
  kind: publicationKindSchema,
  description: z.string(),
});
export type Publication = z.infer<typeof publicationSchema>;

export const filmSchema = z.object({
  slug: z.string(),
  title: z.string(),
  year: z.number().int(),
  runtimeMinutes: z.number().int().positive(),
  countries: z.array(z.string()),
  directors: z.array(z.string()),
  writers: z.array(z.string()),
  /** Exhibition format, e.g. "Digital" (as the programme note lists it). */
  format: z.string().optional(),
});
export type Film = z.infer<typeof filmSchema>;

export const creditSchema = z.object({ role: z.string(), names: z.array(z.string()).min(1) });
export type Credit = z.infer<typeof creditSchema>;

export const castMemberSchema = z.object({ actor: z.string(), character: z.string() });
export type CastMember = z.infer<typeof castMemberSchema>;

export const reviewAuthorSchema = z.object({
  name: z.string(),
  /** Account that speaks for this author in discussions (gets the "author" badge). */
  userId: z.string().nullable(),
  /** Short biography shown under the review (the personal-blog pages have one). */
  bio: z.string().optional(),
});
export type ReviewAuthor = z.infer<typeof reviewAuthorSchema>;

export const pullQuoteSchema = z.object({ text: z.string(), attribution: z.string() });

/** A review as the store keeps it. */
export const reviewSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  publicationSlug: z.string(),
  author: reviewAuthorSchema,
  publishedAt: z.iso.datetime(),
  /** One-paragraph summary used on cards and in search. */
  summary: z.string(),
  /** "The short review": a one-line verdict above the body. */
  shortReview: z.string().optional(),
  pullQuote: pullQuoteSchema.optional(),
  categories: z.array(z.string()),
  tags: z.array(z.string()),
  /** Markdown source; rendered and sanitized on the client. */
  body: z.string(),
  film: filmSchema,
  credits: z.array(creditSchema),
  cast: z.array(castMemberSchema),
  posterCredit: z.string().optional(),
  relatedSlugs: z.array(z.string()),
  commentsOpen: z.boolean(),
});
export type ReviewRecord = z.infer<typeof reviewSchema>;

/** What a card on the index needs. */
export const reviewSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  publication: publicationSchema.pick({ slug: true, name: true }),
  authorName: z.string(),
  publishedAt: z.iso.datetime(),
  readingMinutes: z.number().int().positive(),
  summary: z.string(),
  tags: z.array(z.string()),
  film: filmSchema.pick({ slug: true, title: true, year: true }),
  commentCount: z.number().int().nonnegative(),
});
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;

export const reviewDetailSchema = reviewSchema.omit({ publicationSlug: true, relatedSlugs: true }).extend({
  publication: publicationSchema,
  readingMinutes: z.number().int().positive(),
  commentCount: z.number().int().nonnegative(),
  related: z.array(reviewSummarySchema),
});
export type ReviewDetail = z.infer<typeof reviewDetailSchema>;

export const reviewSortSchema = z.enum(REVIEW_SORTS);
export type ReviewSort = z.infer<typeof reviewSortSchema>;

/**
 * Search parameters of the review list, shared by the URL of the index page
 * and the API's query string. Parsing is forgiving on purpose: a malformed or
 * unknown parameter falls back to its default instead of failing the page.
 * The API parses with this schema; the app parses its URL with the zod-free
 * parseReviewListQuery (params.ts), which gives the same results (params.test.ts).
 */
const filterTextSchema = z.string().trim().max(REVIEW_LIST_LIMITS.filterMaxChars).catch('').default('');
export const reviewListQuerySchema = z.object({
  q: z
    .string()
    .transform((s) => s.trim().slice(0, REVIEW_LIST_LIMITS.qMaxChars))
    .catch(''),
  tag: filterTextSchema,
  publication: filterTextSchema,
  film: filterTextSchema,
  sort: reviewSortSchema.catch('newest').default('newest'),
  page: z.coerce.number().int().min(1).max(REVIEW_LIST_LIMITS.maxPage).catch(1).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(REVIEW_LIST_LIMITS.maxPageSize)
    .catch(REVIEWS_PAGE_SIZE)
    .default(REVIEWS_PAGE_SIZE),
});
export type ReviewListQuery = z.infer<typeof reviewListQuerySchema>;

export const reviewListResponseSchema = z.object({
  items: z.array(reviewSummarySchema),
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  pageCount: z.number().int().nonnegative(),
});
export type ReviewListResponse = z.infer<typeof reviewListResponseSchema>;

export const facetSchema = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
export type Facet = z.infer<typeof facetSchema>;
export const facetsResponseSchema = z.object({ items: z.array(facetSchema) });
export type FacetsResponse = z.infer<typeof facetsResponseSchema>;
