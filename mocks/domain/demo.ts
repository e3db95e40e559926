import {
  PRIMARY_KEYS,
  type CommentRecord,
  type CredentialRecord,
  type ReviewRow,
  type StoreTx,
  type TableName,
  type Tables,
  type UserRecord,
} from '../store/types';
import type { Publication, ReviewRecord } from '../../src/contract/reviews';
import type { GenerateThreadOptions } from '../seed/large-thread';

/** Bump when the demo content changes shape, so stores seeded by an older build are refreshed. */
export const SEED_VERSION = 2;

export interface DemoContent {
  publications: Publication[];
  reviews: ReviewRow[];
  users: UserRecord[];
  comments: CommentRecord[];
  /** Password hashes for (some of) the users; a user without one cannot sign in. */
  credentials?: CredentialRecord[];
}

const SEED_KEY = 'seedVersion';
/** Every table but meta, which keeps the unsubscribe-signing secret across resets. */
const SEEDED_TABLES = (Object.keys(PRIMARY_KEYS) as TableName[]).filter((t) => t !== 'meta');

export async function currentSeedVersion(tx: StoreTx): Promise<number> {
  const meta = await tx.get('meta', SEED_KEY);
  return typeof meta?.value === 'number' ? meta.value : 0;
}

async function putAll<T extends TableName>(tx: StoreTx, table: T, rows: readonly Tables[T][]): Promise<void> {
  // Issue every put before awaiting any: one round trip instead of thousands.
  await Promise.all(rows.map((row) => tx.put(table, row)));
}

async function writeContent(tx: StoreTx, content: DemoContent): Promise<void> {
  await putAll(tx, 'publications', content.publications);
  await putAll(tx, 'users', content.users);
  await putAll(tx, 'reviews', content.reviews);
  await putAll(tx, 'comments', content.comments);
  await putAll(tx, 'credentials', content.credentials ?? []);
  await tx.put('meta', { key: SEED_KEY, value: SEED_VERSION });
}

/**
 * First run: fill an empty store. Runs inside one write transaction, so two
 * tabs opening at once cannot both seed. Returns whether it seeded.
 */
export async function seedIfEmpty(tx: StoreTx, content: () => DemoContent): Promise<boolean> {
  if ((await currentSeedVersion(tx)) === SEED_VERSION) return false;
  await clearAll(tx);
  await writeContent(tx, content());
  return true;
}

async function clearAll(tx: StoreTx): Promise<void> {
  for (const table of SEEDED_TABLES) await tx.clear(table);
}

/** "Reset demo data": back to exactly the first-run content. */
export async function resetDemo(
  tx: StoreTx,
  content: DemoContent,
): Promise<{ reviews: number; comments: number }> {
  await clearAll(tx);
  await writeContent(tx, content);
  return { reviews: content.reviews.length, comments: content.comments.length };
}

// ------------------------------------------------------------ generated threads

/** Seed of generated threads when the request names none. */
export const GENERATED_THREAD_SEED = 20260501;

export interface GenerateThreadInput {
  count: number;
  seed?: number;
  bigSubthread?: number;
}

export interface GeneratedThread {
  reviewId: string;
  slug: string;
  title: string;
  commentCount: number;
  created: boolean;
  bigSubthreadRootId: string | null;
}

export function generatedThreadSlug(count: number): string {
  return `bench-thread-${count}`;
}

/**
 * A review holding a generated discussion of `count` comments (the benchmark's
 * threads; see generateThread). Idempotent by count: an existing thread is returned
 * as it is. `template` lends the review its film and publication.
 */
export async function generateDemoThread(
  tx: StoreTx,
  input: GenerateThreadInput,
  template: ReviewRecord,
  generate: (opts: GenerateThreadOptions) => CommentRecord[],
): Promise<GeneratedThread> {
  const slug = generatedThreadSlug(input.count);
  const reviewId = `r-${slug}`;
  // generateThread puts the big sub-thread under the second comment, a top-level one.
  const bigRoot = await tx.get('comments', `${reviewId}-c2`);
  const bigSubthreadRootId = (input.bigSubthread ?? 0) > 0 && bigRoot?.parentId === null ? bigRoot.id : null;
  const existing = await tx.getByIndex('reviews', 'bySlug', slug);
  if (existing) {
    return {
      reviewId: existing.id,
      slug,
      title: existing.title,
      commentCount: existing.commentCount,
      created: false,
      bigSubthreadRootId,
    };
  }
  const readers = (await tx.getAll('users')).filter((u) => u.role === 'reader').map((u) => u.id);
  const comments = generate({
    reviewId,
    count: input.count,
    seed: input.seed ?? GENERATED_THREAD_SEED,
    bigSubthread: input.bigSubthread ?? 0,
    authorUserIds: readers,
  });
  const title = `Benchmark thread (${input.count.toLocaleString('en-US')} comments)`;
  const review: ReviewRow = {
    ...template,
    id: reviewId,
    slug,
    title,
    author: { name: template.author.name, userId: null },
    // Far in the past: listed last, out of the way of the demo reviews.
    publishedAt: '2000-01-01T00:00:00Z',
    summary: `A generated discussion of ${input.count.toLocaleString('en-US')} nested comments, made for the benchmark. “Reset demo data” removes it.`,
    categories: ['Benchmark'],
    tags: [],
    relatedSlugs: [],
    commentsOpen: true,
    commentCount: comments.length,
    lastCommentNumber: comments.length,
  };
  await Promise.all([tx.put('reviews', review), ...comments.map((c) => tx.put('comments', c))]);
  return {
    reviewId,
    slug,
    title,
    commentCount: comments.length,
    created: true,
    bigSubthreadRootId:
      (input.bigSubthread ?? 0) > 0 && comments[1]?.parentId === null ? (comments[1]?.id ?? null) : null,
  };
}
