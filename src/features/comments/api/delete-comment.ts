import { mutationOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import '../../../lib/guest-token';
import { commentKeys } from './keys';

export function deleteComment(commentId: string) {
  return apiRequest(`/comments/${encodeURIComponent(commentId)}`, 'deleteCommentResult', {
    method: 'DELETE',
  });
}

export const deleteCommentMutationOptions = (commentId: string) =>
  mutationOptions({
    mutationKey: commentKeys.mutations.remove(commentId),
    mutationFn: () => deleteComment(commentId),
  });
