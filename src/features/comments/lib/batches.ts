import type { CommentContext, ThreadPage } from '../../../contract/comments';
import type { CommentBatch } from './tree';

/*
 * API responses as CommentBatches (see tree.ts). Cached per response object,
 * so the same page always gives the same batch and memoised trees stay put.
 */

const pageBatches = new WeakMap<object, CommentBatch>();

export function threadPageBatch(page: ThreadPage & { at: number }): CommentBatch {
  let batch = pageBatches.get(page);
  if (!batch) {
    batch = { at: page.at, items: page.items, moreReplies: page.moreReplies, complete: true };
    pageBatches.set(page, batch);
  }
  return batch;
}

const contextBatchCache = new WeakMap<CommentContext, CommentBatch[]>();

/** A permalink context: the chain to the comment (seen on its own) and the comment's first page of replies. */
export function contextBatches(context: CommentContext, at: number): CommentBatch[] {
  let batches = contextBatchCache.get(context);
  if (!batches) {
    const { ancestors, comment, replies } = context;
    batches = [
      { at, items: [...ancestors, comment] },
      {
        at,
        items: replies.items,
        moreReplies: replies.moreReplies,
        complete: true,
        continuation: { parentId: comment.id, nextCursor: replies.nextCursor },
      },
    ];
    contextBatchCache.set(context, batches);
  }
  return batches;
}
