import { readStoredJson, removeStored, writeStoredJson } from '../../../lib/drafts';

/*
 * "Show all spoilers for <film>": a reader who has seen the film says so once
 * and every discussion of that film shows its spoilers, on every review of it
 * and after a reload. Stored per film slug; anything unreadable means "hidden".
 */

const PREFIX = 'screening-room:spoilers:v1:';

export function spoilerPrefKey(filmSlug: string): string {
  return `${PREFIX}${encodeURIComponent(filmSlug)}`;
}

export function loadRevealAll(filmSlug: string): boolean {
  return readStoredJson(spoilerPrefKey(filmSlug)) === true;
}

export function saveRevealAll(filmSlug: string, revealAll: boolean): void {
  if (revealAll) writeStoredJson(spoilerPrefKey(filmSlug), true);
  else removeStored(spoilerPrefKey(filmSlug));
}
