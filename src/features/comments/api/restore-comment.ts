import { mutationOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { commentKeys } from './keys';

/** Moderators: undo a hide. */
export function restoreComment(commentId: string) {
  return apiRequest(`/comments/${encodeURIComponent(commentId)}/restore`, 'comment', {
    method: 'POST',
    body: {},
  });
}

export const restoreCommentMutationOptions = (commentId: string) =>
  mutationOptions({
    mutationKey: commentKeys.mutations.moderate(commentId),
    mutationFn: () => restoreComment(commentId),
  });
