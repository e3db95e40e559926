import { GUEST_TOKEN_HEADER, guestTokenSchema } from '../contract/comments';
import { displayNameSchema } from '../contract/text';
import { addRequestHeaders } from './api-client';

/**
 * Who a guest is, as far as this browser knows: an opaque token (sent with
 * every request, so the backend can let the guest edit and delete their own
 * comments) and the display name they chose. Both live in localStorage; the
 * token is created on first use and never shown.
 *
 * Importing this module registers the token header with the API client, so
 * any feature that writes as a guest imports it before its first request.
 * Accounts (issue 4) sit beside this: a signed-in session adds its own header.
 */

const TOKEN_KEY = 'screening-room:guest-token';
const NAME_KEY = 'screening-room:guest-name';

let memoryToken: string | null = null;
/** The name, when storage refused to keep it: it still holds for this page. */
let unsavedName: string | null = null;
let nameCache: { raw: string | null; name: string | null } | null = null;
const listeners = new Set<() => void>();

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** false when storage refused (private mode, quota): callers keep the value in memory. */
function write(key: string, value: string | null): boolean {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function randomToken(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * This browser's guest token, created on first use. A stored value that is
 * not a well-formed token is replaced; one kept in memory is written back if
 * storage lost it, so the browser keeps owning its comments.
 */
export function getGuestToken(): string {
  const stored = read(TOKEN_KEY);
  if (stored !== null && guestTokenSchema.safeParse(stored).success) {
    memoryToken = stored;
    return stored;
  }
  memoryToken ??= randomToken();
  write(TOKEN_KEY, memoryToken);
  return memoryToken;
}

/** The remembered display name, or null when the guest has not given one (or it is no longer valid). */
export function getGuestName(): string | null {
  const raw = read(NAME_KEY) ?? unsavedName;
  if (!nameCache || nameCache.raw !== raw) {
    const parsed = raw === null ? null : displayNameSchema.safeParse(raw);
    nameCache = { raw, name: parsed?.success ? parsed.data : null };
  }
  return nameCache.name;
}

/** Remember a display name (cleaned as the backend will clean it); null forgets it. */
export function setGuestName(name: string | null): void {
  const parsed = name === null ? null : displayNameSchema.safeParse(name);
  const next = parsed?.success ? parsed.data : null;
  unsavedName = write(NAME_KEY, next) ? null : next;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: changes here and in other tabs. */
export function subscribeGuestName(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === NAME_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

addRequestHeaders(() => ({ [GUEST_TOKEN_HEADER]: getGuestToken() }));
