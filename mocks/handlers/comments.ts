import { http } from 'msw';
import {
  createCommentBodySchema,
  parseRepliesQuery,
  parseThreadQuery,
  updateCommentBodySchema,
  type Comment,
} from '../../src/contract/comments';
import { emptyBodySchema } from '../../src/contract/notifications';
import { credentialsOf, resolveRequester } from '../actor';
import type { BackendContext } from '../context';
import {
  deleteComment,
  editComment,
  getCommentContext,
  hideComment,
  listReplies,
  listThread,
  postComment,
  restoreComment,
} from '../domain/comments';
import { fanOut, notifiedUsers } from '../domain/notifications';
import { guarded, json, readBody, searchParamsOf } from '../http';
import { deliverQueuedEmails } from '../mailer';
import type { Store, StoreTx } from '../store/types';

/** Sends queued emails after a commit; a failure leaves them queued for the next run, not the request failed. */
export async function deliverAfterCommit(store: Store, now: Date): Promise<void> {
  try {
    await deliverQueuedEmails(store, now);
  } catch (error) {
    console.error('[screening-room api] email delivery failed; the emails stay queued', error);
  }
}

async function slugOf(tx: StoreTx, comment: Comment): Promise<string | undefined> {
  return (await tx.get('reviews', comment.reviewId))?.slug;
}

export function commentHandlers({ store, now, publish }: BackendContext) {
  /** A change to one comment that others should see: the comment event, and inboxes that change with it. */
  const announce = (
    type: 'comment-updated' | 'comment-deleted',
    result: { comment: Comment; reviewSlug: string | undefined; notified: string[] },
  ) => {
    publish?.({ type, reviewSlug: result.reviewSlug, commentId: result.comment.id });
    if (result.notified.length > 0) publish?.({ type: 'notifications-changed', userIds: result.notified });
  };

  return [
    http.get(
      '*/api/reviews/:slug/comments',
      guarded(async ({ request, params }) => {
        const query = parseThreadQuery(searchParamsOf(request));
        const creds = await credentialsOf(request);
        const at = now();
        return json(
          await store.read(async (tx) => {
            const { actor } = await resolveRequester(tx, creds, at, 'read');
            return listThread(tx, String(params.slug), query, actor, at);
          }),
        );
      }),
    ),
    http.post(
      '*/api/reviews/:slug/comments',
      guarded(async ({ request, params }) => {
        const input = await readBody(request, createCommentBodySchema);
        const creds = await credentialsOf(request);
        const at = now();
        const slug = String(params.slug);
        const result = await store.write(async (tx) => {
          const { actor } = await resolveRequester(tx, creds, at, 'write');
          const posted = await postComment(tx, slug, input, actor, at);
          const record = posted.created ? await tx.get('comments', posted.comment.id) : undefined;
          // Same transaction: the comment exists exactly when its notifications and emails do.
          const recipients = record ? await fanOut(tx, record, at) : [];
          return { ...posted, recipients };
        });
        if (result.created) {
          publish?.({ type: 'comment-created', reviewSlug: slug, commentId: result.comment.id });
          if (result.recipients.length > 0) {
            publish?.({ type: 'notifications-changed', userIds: result.recipients.map((r) => r.userId) });
          }
          if (result.recipients.some((r) => r.email === 'immediately')) await deliverAfterCommit(store, at);
        }
        // A replayed post (same clientId) answers the comment the first one made, with 200.
        return json(result.comment, result.created ? 201 : 200);
      }),
    ),
    http.get(
      '*/api/comments/:id/replies',
      guarded(async ({ request, params }) => {
        const query = parseRepliesQuery(searchParamsOf(request));
        const creds = await credentialsOf(request);
        const at = now();
        return json(
          await store.read(async (tx) => {
            const { actor } = await resolveRequester(tx, creds, at, 'read');
            return listReplies(tx, String(params.id), query, actor, at);
          }),
        );
      }),
    ),
    http.get(
      '*/api/comments/:id/context',
      guarded(async ({ request, params }) => {
        const creds = await credentialsOf(request);
        const at = now();
        return json(
          await store.read(async (tx) => {
            const { actor } = await resolveRequester(tx, creds, at, 'read');
            return getCommentContext(tx, String(params.id), actor, at);
          }),
        );
      }),
    ),
    http.patch(
      '*/api/comments/:id',
      guarded(async ({ request, params }) => {
        const input = await readBody(request, updateCommentBodySchema);
        const creds = await credentialsOf(request);
        const at = now();
        const result = await store.write(async (tx) => {
          const { actor } = await resolveRequester(tx, creds, at, 'write');
          const comment = await editComment(tx, String(params.id), input, actor, at);
          return { comment, reviewSlug: await slugOf(tx, comment), notified: [] };
        });
        announce('comment-updated', result);
        return json(result.comment);
      }),
    ),
    http.delete(
      '*/api/comments/:id',
      guarded(async ({ request, params }) => {
        const creds = await credentialsOf(request);
        const at = now();
        const result = await store.write(async (tx) => {
          const { actor } = await resolveRequester(tx, creds, at, 'write');
          const deleted = await deleteComment(tx, String(params.id), actor, at);
          return {
            deleted,
            comment: deleted.comment,
            reviewSlug: await slugOf(tx, deleted.comment),
            notified: await notifiedUsers(tx, deleted.comment.id),
          };
        });
        announce('comment-deleted', result);
        return json(result.deleted);
      }),
    ),
    ...(['hide', 'restore'] as const).map((action) =>
      http.post(
        `*/api/comments/:id/${action}`,
        guarded(async ({ request, params }) => {
          await readBody(request, emptyBodySchema);
          const creds = await credentialsOf(request);
          const at = now();
          const result = await store.write(async (tx) => {
            const { actor } = await resolveRequester(tx, creds, at, 'write');
            const change = action === 'hide' ? hideComment : restoreComment;
            const comment = await change(tx, String(params.id), actor, at);
            return {
              comment,
              reviewSlug: await slugOf(tx, comment),
              notified: await notifiedUsers(tx, comment.id),
            };
          });
          announce('comment-updated', result);
          return json(result.comment);
        }),
      ),
    ),
  ];
}
