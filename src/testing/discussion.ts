import { screen, within } from '@testing-library/react';
import type { CommentRecord, ReviewRow } from '../../mocks/store/types';
import { renderApp, type NodeBackend } from './render-app';

/** Reads of the test backend's store by review slug, for tests of the discussion. */
export function storeReads(backend: () => NodeBackend) {
  async function reviewRow(slug: string): Promise<ReviewRow> {
    const row = await backend().store.read((tx) => tx.getByIndex('reviews', 'bySlug', slug));
    if (!row) throw new Error(`seed has no review ${slug}`);
    return row;
  }

  async function commentsOf(slug: string): Promise<CommentRecord[]> {
    const review = await reviewRow(slug);
    const all = await backend().store.read((tx) => tx.getAll('comments'));
    return all.filter((c) => c.reviewId === review.id);
  }

  return { reviewRow, commentsOf };
}

/** Mount the app on a review and wait for its discussion's first page; `d` queries inside it. */
export async function openDiscussion(slug: string) {
  const app = renderApp(`/reviews/${slug}`);
  // Generous: the first test of a run also waits for the route's code to load.
  const discussion = await screen.findByRole('region', { name: 'Discussion' }, { timeout: 15_000 });
  // The first page of the thread is in when the sort control shows.
  await within(discussion).findByRole('combobox', { name: 'Sort by' }, { timeout: 5000 });
  return { ...app, discussion, d: within(discussion) };
}

export type OpenDiscussion = Awaited<ReturnType<typeof openDiscussion>>;
