import { mutationOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import '../../../lib/guest-token';
import { commentKeys } from './keys';

export function updateComment(commentId: string, body: string) {
  return apiRequest(`/comments/${encodeURIComponent(commentId)}`, 'comment', {
    method: 'PATCH',
    body: { body },
  });
}

export const updateCommentMutationOptions = (commentId: string) =>
  mutationOptions({
    mutationKey: commentKeys.mutations.edit(commentId),
    mutationFn: (body: string) => updateComment(commentId, body),
  });
