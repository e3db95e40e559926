import { mutationOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { commentKeys } from './keys';

/** Moderators: show the comment as "hidden by a moderator" to everyone but moderators and its author. */
export function hideComment(commentId: string) {
  return apiRequest(`/comments/${encodeURIComponent(commentId)}/hide`, 'comment', {
    method: 'POST',
    body: {},
  });
}

export const hideCommentMutationOptions = (commentId: string) =>
  mutationOptions({
    mutationKey: commentKeys.mutations.moderate(commentId),
    mutationFn: () => hideComment(commentId),
  });
