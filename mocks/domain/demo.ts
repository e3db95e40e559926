import type { CommentRecord, ReviewRow, StoreTx, TableName, Tables, UserRecord } from '../store/types';
import type { Publication } from '../../src/contract/reviews';

/** Bump when the demo content changes shape, so stores seeded by an older build are refreshed. */
export const SEED_VERSION = 1;

export interface DemoContent {
  publications: Publication[];
  reviews: ReviewRow[];
  users: UserRecord[];
  comments: CommentRecord[];
}

const SEED_KEY = 'seedVersion';
const SEEDED_TABLES: readonly TableName[] = ['publications', 'reviews', 'users', 'comments'];

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
  // Everything the demo owns; tables added later (accounts, notifications) clear here too.
  for (const table of SEEDED_TABLES) await tx.clear(table);
}

/** "Reset demo data": back to exactly the first-run content. */
export async function resetDemo(tx: StoreTx, content: DemoContent): Promise<{ reviews: number; comments: number }> {
  await clearAll(tx);
  await writeContent(tx, content);
  return { reviews: content.reviews.length, comments: content.comments.length };
}
