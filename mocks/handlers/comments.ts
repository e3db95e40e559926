import { http } from 'msw';
import {
  createCommentBodySchema,
  parseRepliesQuery,
  parseThreadQuery,
  updateCommentBodySchema,
} from '../../src/contract/comments';
import { actorFrom } from '../actor';
import type { BackendContext } from '../context';
import {
  deleteComment,
  editComment,
  getCommentContext,
  listReplies,
  listThread,
  postComment,
} from '../domain/comments';
import { guarded, json, readBody, searchParamsOf } from '../http';

export function commentHandlers({ store, now }: BackendContext) {
  return [
    http.get(
      '*/api/reviews/:slug/comments',
      guarded(async ({ request, params }) => {
        const query = parseThreadQuery(searchParamsOf(request));
        const actor = actorFrom(request);
        return json(await store.read((tx) => listThread(tx, String(params.slug), query, actor, now())));
      }),
    ),
    http.post(
      '*/api/reviews/:slug/comments',
      guarded(async ({ request, params }) => {
        const input = await readBody(request, createCommentBodySchema);
        const actor = actorFrom(request);
        const result = await store.write((tx) => postComment(tx, String(params.slug), input, actor, now()));
        // A replayed post (same clientId) answers the comment the first one made, with 200.
        return json(result.comment, result.created ? 201 : 200);
      }),
    ),
    http.get(
      '*/api/comments/:id/replies',
      guarded(async ({ request, params }) => {
        const query = parseRepliesQuery(searchParamsOf(request));
        const actor = actorFrom(request);
        return json(await store.read((tx) => listReplies(tx, String(params.id), query, actor, now())));
      }),
    ),
    http.get(
      '*/api/comments/:id/context',
      guarded(async ({ request, params }) => {
        const actor = actorFrom(request);
        return json(await store.read((tx) => getCommentContext(tx, String(params.id), actor, now())));
      }),
    ),
    http.patch(
      '*/api/comments/:id',
      guarded(async ({ request, params }) => {
        const input = await readBody(request, updateCommentBodySchema);
        const actor = actorFrom(request);
        return json(await store.write((tx) => editComment(tx, String(params.id), input, actor, now())));
      }),
    ),
    http.delete(
      '*/api/comments/:id',
      guarded(async ({ request, params }) => {
        const actor = actorFrom(request);
        return json(await store.write((tx) => deleteComment(tx, String(params.id), actor, now())));
      }),
    ),
  ];
}
