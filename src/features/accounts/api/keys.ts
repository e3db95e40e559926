/** Per-account data. Everything is refetched when the signed-in person changes (see useSessionSync). */
export const accountKeys = {
  settings: ['settings'] as const,
  profiles: () => ['users'] as const,
  profile: (username: string) => ['users', username.toLowerCase(), 'profile'] as const,
};

/**
 * The root of the comments feature's query keys (src/features/comments/api/keys.ts),
 * spelled out here because features do not import each other: every thread, reply
 * page and permalink context is under it, and each carries its authors' names.
 */
export const COMMENT_QUERIES_ROOT = ['comments'] as const;
