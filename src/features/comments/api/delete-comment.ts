import { mutationOptions } from '@tanstack/react-query';
import { deleteCommentResultSchema } from '../../../contract/comments';
import { apiRequest } from '../../../lib/api-client';
import '../../../lib/guest-identity';
import { commentKeys } from './keys';

export function deleteComment(commentId: string) {
  return apiRequest(`/comments/${encodeURIComponent(commentId)}`, deleteCommentResultSchema, {
    method: 'DELETE',
  });
}

export const deleteCommentMutationOptions = (commentId: string) =>
  mutationOptions({
    mutationKey: commentKeys.mutations.remove(commentId),
    mutationFn: () => deleteComment(commentId),
  });
