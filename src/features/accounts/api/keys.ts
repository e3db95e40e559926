/** Per-account data. Everything is refetched when the signed-in person changes (see useSessionSync). */
export const accountKeys = {
  settings: ['settings'] as const,
  profiles: () => ['users'] as const,
  profile: (username: string) => ['users', username.toLowerCase(), 'profile'] as const,
};
