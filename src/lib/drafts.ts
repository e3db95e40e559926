/**
 * Drafts of what people type, kept in localStorage so that a reload, a crash or
 * a closed tab loses nothing. One draft per composer: a new comment or a reply
 * (keyed by review and parent) or an edit (keyed by comment). Keys carry a
 * format version, so a future change of shape ignores old entries instead of
 * misreading them. Anything unreadable in storage is ignored (and removed).
 *
 * Storage can be missing or full (private mode, quota): every function here
 * fails soft and says so through its return value, never by throwing.
 */

export const DRAFT_VERSION = 1;
const PREFIX = `screening-room:draft:v${DRAFT_VERSION}:`;

export type DraftTarget =
  | { kind: 'comment'; reviewSlug: string; parentId: string | null }
  | { kind: 'edit'; reviewSlug: string; commentId: string };

export interface Draft {
  text: string;
  /**
   * The idempotency key of the comment this draft will become, created when
   * the draft starts and kept with it, so a retried post is the same post.
   * Always null for edits.
   */
  clientId: string | null;
  /** ms since the epoch, when the draft was last saved. */
  savedAt: number;
}

const TOP_LEVEL = '~top';

/** The storage key of a draft. Slugs and ids are URL-safe; encode anyway so ':' cannot collide. */
export function draftKey(target: DraftTarget): string {
  const slug = encodeURIComponent(target.reviewSlug);
  if (target.kind === 'edit') return `${PREFIX}${slug}:edit:${encodeURIComponent(target.commentId)}`;
  return `${PREFIX}${slug}:reply:${target.parentId === null ? TOP_LEVEL : encodeURIComponent(target.parentId)}`;
}

/** The inverse of draftKey, for listing; null for keys that are not drafts of this version. */
export function parseDraftKey(key: string): DraftTarget | null {
  if (!key.startsWith(PREFIX)) return null;
  const parts = key.slice(PREFIX.length).split(':');
  if (parts.length !== 3) return null;
  const [slug = '', kind, id = ''] = parts;
  try {
    const reviewSlug = decodeURIComponent(slug);
    if (!reviewSlug || !id) return null;
    if (kind === 'edit') return { kind: 'edit', reviewSlug, commentId: decodeURIComponent(id) };
    if (kind === 'reply')
      return { kind: 'comment', reviewSlug, parentId: id === TOP_LEVEL ? null : decodeURIComponent(id) };
  } catch {
    return null;
  }
  return null;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on the mere access when storage is disabled.
    return null;
  }
}

/** JSON from storage, or null when missing or unreadable (unreadable entries are removed). */
export function readStoredJson(key: string): unknown {
  const store = storage();
  if (!store) return null;
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    removeStored(key);
    return null;
  }
}

/** false when the browser refused (no storage, quota exceeded). */
export function writeStoredJson(key: string, value: unknown): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // nothing to do: the entry is unreachable anyway
  }
}

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.text === 'string' &&
    (v.clientId === null || typeof v.clientId === 'string') &&
    typeof v.savedAt === 'number'
  );
}

export function loadDraft(target: DraftTarget): Draft | null {
  const key = draftKey(target);
  const value = readStoredJson(key);
  if (value === null) return null;
  if (!isDraft(value)) {
    removeStored(key);
    return null;
  }
  return value;
}

/** Saves the draft, or removes it when its text is empty. false when storage refused. */
export function saveDraft(target: DraftTarget, draft: Draft): boolean {
  if (draft.text === '') {
    clearDraft(target);
    return true;
  }
  return writeStoredJson(draftKey(target), draft);
}

export function clearDraft(target: DraftTarget): void {
  removeStored(draftKey(target));
}

/** Every readable draft of a review (to reopen reply and edit composers after a reload). */
export function listDrafts(reviewSlug: string): { target: DraftTarget; draft: Draft }[] {
  const store = storage();
  if (!store) return [];
  const keys: string[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key !== null) keys.push(key);
    }
  } catch {
    return [];
  }
  const found: { target: DraftTarget; draft: Draft }[] = [];
  for (const key of keys) {
    const target = parseDraftKey(key);
    if (!target || target.reviewSlug !== reviewSlug) continue;
    const draft = loadDraft(target);
    if (draft && draft.text !== '') found.push({ target, draft });
  }
  return found;
}

export interface DraftSaver<T> {
  /** Save `value` after the delay, replacing any save still waiting. */
  schedule(value: T): void;
  /** Save now whatever is waiting. */
  flush(): void;
  /** Forget whatever is waiting, without saving it. */
  cancel(): void;
  /** Flush, and stop listening to the page's lifecycle. */
  dispose(): void;
}

/**
 * Debounced saving that also flushes when the page is hidden or unloaded
 * (pagehide, visibilitychange), the last moments a tab is sure to run code.
 */
export function createDebouncedSaver<T>(save: (value: T) => void, delayMs = 300): DraftSaver<T> {
  let waiting: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (waiting === null) return;
    const { value } = waiting;
    waiting = null;
    save(value);
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const listening = typeof window !== 'undefined';
  if (listening) {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
  }
  return {
    schedule(value) {
      waiting = { value };
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      waiting = null;
    },
    dispose() {
      flush();
      if (listening) {
        window.removeEventListener('pagehide', flush);
        document.removeEventListener('visibilitychange', onVisibility);
      }
    },
  };
}
