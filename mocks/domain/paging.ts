import { DomainError } from './errors';
import { base64UrlToBytes, bytesToBase64Url, utf8 } from './encoding';

/*
 * Keyset paging, newest first, for lists ordered by (createdAt, id): a cursor
 * is the key of the last item handed out, so items added meanwhile do not
 * shift the next page.
 */

type Key = readonly [createdAt: string, id: string];

const encode = (key: Key): string => bytesToBase64Url(utf8(JSON.stringify(key)));

function decode(cursor: string): Key {
  try {
    const parsed: unknown = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(base64UrlToBytes(cursor)),
    );
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((v) => typeof v === 'string')) {
      return [String(parsed[0]), String(parsed[1])];
    }
  } catch {
    // fall through
  }
  throw DomainError.badRequest(
    'Invalid cursor',
    'This page link is not one the server handed out. Reload and try again.',
    'invalid-cursor',
  );
}

const compareDesc = (a: Key, b: Key): number =>
  a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0;

export function pageNewestFirst<T>(
  rows: readonly T[],
  keyOf: (row: T) => Key,
  cursor: string | undefined,
  limit: number,
): { items: T[]; nextCursor: string | null } {
  const sorted = [...rows].sort((a, b) => compareDesc(keyOf(a), keyOf(b)));
  const after = cursor === undefined ? null : decode(cursor);
  const start = after === null ? 0 : sorted.findIndex((r) => compareDesc(keyOf(r), after) > 0);
  if (start === -1) return { items: [], nextCursor: null };
  const items = sorted.slice(start, start + limit);
  const last = items.at(-1);
  const more = start + items.length < sorted.length;
  return { items, nextCursor: more && last !== undefined ? encode(keyOf(last)) : null };
}
