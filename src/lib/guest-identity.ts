import { displayNameSchema } from '../contract/text';
import './guest-token';

/**
 * Who a guest is, as far as this browser knows: an opaque token (sent with
 * every request, so the backend can let the guest edit and delete their own
 * comments; see guest-token.ts) and the display name they chose. Both live in
 * localStorage; the token is created on first use and never shown.
 *
 * Importing this module registers the token header with the API client, so
 * any feature that writes as a guest imports it before its first request.
 * Accounts (issue 4) sit beside this: a signed-in session adds its own header.
 */

export { getGuestToken } from './guest-token';

const NAME_KEY = 'screening-room:guest-name';

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
