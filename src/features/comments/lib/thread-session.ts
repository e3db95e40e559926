import type {
  Comment,
  CommentContext,
  CreateCommentInput,
  DeleteCommentResult,
  RepliesPage,
} from '../../../contract/comments';
import {
  clearDraft,
  createDebouncedSaver,
  listDrafts,
  readStoredJson,
  saveDraft,
  writeStoredJson,
  removeStored,
  type DraftSaver,
} from '../../../lib/drafts';
import { contextBatches } from './batches';
import { pendingKey } from './flatten';
import { incomingBatches, mergeIncoming, type IncomingComment } from './live';
import type { CommentBatch, ThreadTree } from './tree';
import { cleanCommentBody } from './validate';

/*
 * Everything the page knows about one review's discussion beyond the thread
 * pages in the query cache: reply pages loaded on demand, permalink contexts,
 * results of the reader's own posts, edits and deletes, and the posts not
 * confirmed yet. Also the UI state that must outlive a row's component (a
 * windowed list unmounts rows that scroll away): collapsed sub-threads, open
 * composers, revealed spoilers.
 *
 * Posting goes through an outbox. A post is written to localStorage before
 * it is sent and removed only when the backend confirms it, so a reload or a
 * crash in between loses nothing: the next visit sends it again with the same
 * clientId, and the backend answers with the comment the first attempt made
 * if that one got through. A post never disappears on its own: on failure it
 * stays with the reason, a Retry and an Edit.
 */

export interface PostError {
  message: string;
  status: number;
  code?: string;
  fieldErrors?: Record<string, string[]>;
}

export interface PendingPost {
  clientId: string;
  parentId: string | null;
  body: string;
  guestName: string | null;
  createdAt: string;
  /** editing: the reader opened the failed post's text to change it before retrying. */
  status: 'sending' | 'failed' | 'editing';
  error: PostError | null;
}

export interface ComposerRequest {
  /** Move focus into the composer when it appears (the reader asked for it; not after a reload). */
  focus: boolean;
  /** Text to add (a quote); applied once per `nonce`. */
  insert: string | null;
  nonce: number;
}

export interface RowTarget {
  key: string;
  focus: boolean;
  /** ms since the epoch, when asked. */
  at: number;
}

/** How long a row target waits for its row to appear. */
export const ROW_TARGET_TTL_MS = 3000;

export type RepliesLoadState = { status: 'loading' } | { status: 'error'; message: string };

export interface ThreadSessionState {
  extras: readonly CommentBatch[];
  pending: readonly PendingPost[];
  /** Top-level comments posted here, newest first: shown first. */
  postedRootIds: readonly string[];
  /** Everything posted here (shown even below the last level). */
  ownNewIds: ReadonlySet<string>;
  /** Row keys of comments that started as pending rows: comment id → key. */
  rowKeys: ReadonlyMap<string, string>;
  repliesLoading: ReadonlyMap<string, RepliesLoadState>;
  collapsed: ReadonlySet<string>;
  /** Reply composers open, by parent id. */
  replying: ReadonlyMap<string, ComposerRequest>;
  /** Edit composers open, by comment id. */
  editing: ReadonlyMap<string, ComposerRequest>;
  revealedSpoilers: ReadonlySet<string>;
  /**
   * A row (by key) to bring on screen, and to focus when `focus`. Rows honour
   * it when they mount or render, for a short while only (a stale request must
   * not pull focus when the reader comes back to the page later).
   */
  target: RowTarget | null;
  /** Comments other tabs posted, fetched but held back until the reader asks (see lib/live.ts). */
  incoming: readonly IncomingComment[];
  /** Comments revealed from `incoming` during this visit (marked new). */
  revealedIds: ReadonlySet<string>;
  /** Top-level comments of the revealed ones' threads, in the order revealed. */
  revealedRootIds: readonly string[];
}

export interface StoredPost {
  clientId: string;
  parentId: string | null;
  body: string;
  guestName: string | null;
  createdAt: string;
}

export interface OutboxStorage {
  load(): StoredPost[];
  save(posts: StoredPost[]): void;
}

export interface ThreadSessionDeps {
  reviewSlug: string;
  post(input: CreateCommentInput): Promise<Comment>;
  /** Brings a comment's text up to date (used when a replayed post answered an older text). */
  update(commentId: string, body: string): Promise<Comment>;
  loadReplies(parentId: string, cursor: string | null): Promise<RepliesPage>;
  describeError(error: unknown): PostError;
  /** A post was confirmed (the first time this page sees that comment). */
  onPosted?(comment: Comment): void;
  outbox?: OutboxStorage;
  now?: () => number;
}

const isStoredPost = (v: unknown): v is StoredPost => {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return (
    typeof p.clientId === 'string' &&
    (p.parentId === null || typeof p.parentId === 'string') &&
    typeof p.body === 'string' &&
    (p.guestName === null || typeof p.guestName === 'string') &&
    typeof p.createdAt === 'string'
  );
};

export function outboxKey(reviewSlug: string): string {
  return `screening-room:outbox:v1:${encodeURIComponent(reviewSlug)}`;
}

/** The outbox in localStorage; unreadable entries are dropped. */
export function localOutbox(reviewSlug: string): OutboxStorage {
  const key = outboxKey(reviewSlug);
  return {
    load() {
      const value = readStoredJson(key);
      return Array.isArray(value) ? value.filter(isStoredPost) : [];
    },
    save(posts) {
      if (posts.length === 0) removeStored(key);
      else writeStoredJson(key, posts);
    },
  };
}

const toStored = ({ clientId, parentId, body, guestName, createdAt }: PendingPost): StoredPost => ({
  clientId,
  parentId,
  body,
  guestName,
  createdAt,
});

export class ThreadSession {
  readonly reviewSlug: string;
  private state: ThreadSessionState;
  private readonly listeners = new Set<() => void>();
  private readonly deps: ThreadSessionDeps;
  private readonly inFlight = new Set<string>();
  private readonly seenContexts = new WeakSet<CommentContext>();
  private readonly outboxSaver: DraftSaver<readonly PendingPost[]> | null;
  private tree: ThreadTree | null = null;
  private resumed = false;
  private nonce = 0;

  constructor(deps: ThreadSessionDeps) {
    this.deps = deps;
    this.reviewSlug = deps.reviewSlug;
    const outbox = deps.outbox;
    this.outboxSaver = outbox ? createDebouncedSaver((list) => outbox.save(list.map(toStored))) : null;
    const restored: PendingPost[] = (outbox?.load() ?? []).map((p) => ({
      ...p,
      status: 'failed',
      error: null,
    }));
    const replying = new Map<string, ComposerRequest>();
    const editing = new Map<string, ComposerRequest>();
    for (const { target } of listDrafts(deps.reviewSlug)) {
      if (target.kind === 'comment' && target.parentId !== null)
        replying.set(target.parentId, { focus: false, insert: null, nonce: 0 });
      if (target.kind === 'edit') editing.set(target.commentId, { focus: false, insert: null, nonce: 0 });
    }
    this.state = {
      extras: [],
      pending: restored,
      postedRootIds: [],
      ownNewIds: new Set(),
      rowKeys: new Map(),
      repliesLoading: new Map(),
      collapsed: new Set(),
      replying,
      editing,
      revealedSpoilers: new Set(),
      target: null,
      incoming: [],
      revealedIds: new Set(),
      revealedRootIds: [],
    };
  }

  // ------------------------------------------------------------ store

  getState = (): ThreadSessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<ThreadSessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  /** The tree the page last built, to find a comment's ancestors when counts change. */
  attachTree(tree: ThreadTree): void {
    this.tree = tree;
  }

  // ---------------------------------------------------------- reading

  addBatch(batch: CommentBatch): void {
    this.set({ extras: [...this.state.extras, batch] });
  }

  /** A permalink's context: the chain down to the comment, and the comment's first replies. */
  addContext(context: CommentContext, at: number): void {
    if (this.seenContexts.has(context)) return;
    this.seenContexts.add(context);
    this.set({ extras: [...this.state.extras, ...contextBatches(context, at)] });
  }

  /** "N more replies": the next page of a comment's direct replies. */
  async loadReplies(parentId: string, cursor: string | null): Promise<RepliesPage | null> {
    if (this.state.repliesLoading.get(parentId)?.status === 'loading') return null;
    this.setRepliesLoading(parentId, { status: 'loading' });
    const at = this.now();
    try {
      const page = await this.deps.loadReplies(parentId, cursor);
      const repliesLoading = new Map(this.state.repliesLoading);
      repliesLoading.delete(parentId);
      this.set({
        repliesLoading,
        extras: [
          ...this.state.extras,
          {
            at,
            items: page.items,
            moreReplies: page.moreReplies,
            complete: true,
            continuation: { parentId, nextCursor: page.nextCursor },
          },
        ],
      });
      return page;
    } catch (error) {
      this.setRepliesLoading(parentId, { status: 'error', message: this.deps.describeError(error).message });
      return null;
    }
  }

  private setRepliesLoading(parentId: string, value: RepliesLoadState): void {
    const repliesLoading = new Map(this.state.repliesLoading);
    repliesLoading.set(parentId, value);
    this.set({ repliesLoading });
  }

  // ---------------------------------------------------------- posting

  /**
   * Queue a post and send it. A post whose clientId is already queued is not
   * queued twice (a double click, a replayed submit): returns false.
   */
  submit(input: {
    clientId: string;
    parentId: string | null;
    body: string;
    guestName: string | null;
  }): boolean {
    if (this.state.pending.some((p) => p.clientId === input.clientId)) return false;
    const post: PendingPost = {
      ...input,
      createdAt: new Date(this.now()).toISOString(),
      status: 'sending',
      error: null,
    };
    this.set({
      pending: [...this.state.pending, post],
      target: { key: pendingKey(post.clientId), focus: true, at: this.now() },
    });
    // Written before the request starts: from here on the text lives in the outbox, not the draft.
    this.persistOutbox(true);
    void this.send(post.clientId);
    return true;
  }

  /** Send again with the same clientId (and the text as it is now). */
  retry(clientId: string): void {
    void this.send(clientId);
  }

  /** Posts left in the outbox by an earlier visit: send them (once per session). */
  resume(): void {
    if (this.resumed) return;
    this.resumed = true;
    for (const p of this.state.pending)
      if (p.status === 'failed' && p.error === null) void this.send(p.clientId);
  }

  /** Open a failed post's text for changes; it is sent again, same clientId, when submitted. */
  editPending(clientId: string): void {
    this.updatePending(clientId, { status: 'editing' });
  }

  updatePendingBody(clientId: string, body: string): void {
    this.updatePending(clientId, { body });
    this.persistOutbox(false);
  }

  /** Send a failed post again after the reader changed its text (or name): same clientId. */
  resendEdited(clientId: string, body: string, guestName: string | null): void {
    this.updatePending(clientId, { body, guestName });
    this.persistOutbox(true);
    void this.send(clientId);
  }

  /** Stop editing a failed post without sending it: it stays, failed, with its text. */
  cancelPendingEdit(clientId: string): void {
    this.updatePending(clientId, { status: 'failed' });
    this.persistOutbox(true);
  }

  /** The reader gave up on a failed post: its text leaves the outbox. */
  discardPending(clientId: string): void {
    this.set({ pending: this.state.pending.filter((p) => p.clientId !== clientId) });
    this.persistOutbox(true);
  }

  private updatePending(clientId: string, patch: Partial<PendingPost>): void {
    this.set({ pending: this.state.pending.map((p) => (p.clientId === clientId ? { ...p, ...patch } : p)) });
  }

  private persistOutbox(now: boolean): void {
    if (!this.outboxSaver) return;
    this.outboxSaver.schedule(this.state.pending);
    if (now) this.outboxSaver.flush();
  }

  private async send(clientId: string): Promise<void> {
    const post = this.state.pending.find((p) => p.clientId === clientId);
    if (!post || this.inFlight.has(clientId)) return;
    this.inFlight.add(clientId);
    this.updatePending(clientId, { status: 'sending', error: null });
    this.persistOutbox(true);
    try {
      let comment = await this.deps.post({
        clientId,
        parentId: post.parentId,
        body: post.body,
        // A signed-in author has no guest name: the backend takes the author from the session.
        ...(post.guestName === null ? {} : { guestName: post.guestName }),
      });
      if (comment.body !== cleanCommentBody(post.body) && !comment.deleted) {
        // The backend answered with the comment an earlier attempt created, before the text was
        // edited here: bring it up to date, or leave the new text in an edit draft if that fails.
        try {
          comment = await this.deps.update(comment.id, post.body);
        } catch {
          saveDraft(
            { kind: 'edit', reviewSlug: this.reviewSlug, commentId: comment.id },
            { text: post.body, clientId: null, savedAt: this.now() },
          );
          this.openEdit(comment.id, false);
        }
      }
      this.confirm(post, comment);
    } catch (error) {
      if (this.state.pending.some((p) => p.clientId === clientId)) {
        this.updatePending(clientId, { status: 'failed', error: this.deps.describeError(error) });
      }
    } finally {
      this.inFlight.delete(clientId);
    }
  }

  private confirm(post: PendingPost, comment: Comment): void {
    const known = this.tree?.byId.has(comment.id) ?? false;
    const items: Comment[] = [comment];
    if (!known) items.push(...this.ancestorsWithCounts(comment.parentId, +1));
    const rowKeys = new Map(this.state.rowKeys);
    rowKeys.set(comment.id, pendingKey(post.clientId));
    const ownNewIds = new Set(this.state.ownNewIds);
    ownNewIds.add(comment.id);
    this.set({
      pending: this.state.pending.filter((p) => p.clientId !== post.clientId),
      extras: [...this.state.extras, { at: this.now(), items }],
      ownNewIds,
      rowKeys,
      postedRootIds:
        comment.parentId === null && !this.state.postedRootIds.includes(comment.id)
          ? [comment.id, ...this.state.postedRootIds]
          : this.state.postedRootIds,
    });
    this.persistOutbox(true);
    if (!known) this.deps.onPosted?.(comment);
  }

  /** Ancestors of a new or removed comment with their counts moved by `delta`, as the backend moves them. */
  private ancestorsWithCounts(parentId: string | null, delta: 1 | -1): Comment[] {
    const out: Comment[] = [];
    let id = parentId;
    let first = true;
    while (id !== null) {
      const node = this.tree?.byId.get(id);
      if (!node) break;
      const c = node.comment;
      out.push({
        ...c,
        descendantCount: Math.max(0, c.descendantCount + delta),
        replyCount: first ? Math.max(0, c.replyCount + delta) : c.replyCount,
      });
      first = false;
      id = c.parentId;
    }
    return out;
  }

  // ------------------------------------------------------------- live

  /** Whether the tree on screen holds this comment. */
  knows(commentId: string): boolean {
    return this.tree?.byId.has(commentId) ?? false;
  }

  /** Another tab posted this: keep it until the reader asks for it. */
  receiveIncoming(item: IncomingComment): void {
    const incoming = mergeIncoming(this.state.incoming, item);
    if (incoming !== this.state.incoming) this.set({ incoming });
  }

  /**
   * Show these incoming comments where they belong (the reader asked): into
   * the tree, with what hides them expanded. The rest of `incoming` (this
   * tab's own posts, ones already shown) is dropped as well.
   */
  revealIncoming(items: readonly IncomingComment[]): void {
    if (items.length === 0 && this.state.incoming.length === 0) return;
    const revealedIds = new Set(this.state.revealedIds);
    const revealedRootIds = [...this.state.revealedRootIds];
    const collapsed = new Set(this.state.collapsed);
    for (const { comment, ancestors } of items) {
      revealedIds.add(comment.id);
      const rootId = ancestors[0]?.id ?? comment.id;
      if (!revealedRootIds.includes(rootId)) revealedRootIds.push(rootId);
      for (const a of ancestors) collapsed.delete(a.id);
    }
    this.set({
      extras: [...this.state.extras, ...incomingBatches(items)],
      incoming: [],
      revealedIds,
      revealedRootIds,
      collapsed,
    });
  }

  /**
   * Another tab changed a comment this page shows (an edit, a hide, a delete
   * that leaves a placeholder): replace it in place. `ancestors` carry new
   * counts after a delete; an edit leaves them out.
   */
  applyRemote(comment: Comment, ancestors: readonly Comment[], at: number): void {
    const incoming = this.state.incoming.some((i) => i.comment.id === comment.id)
      ? mergeIncoming(this.state.incoming, { comment, ancestors, at })
      : this.state.incoming;
    this.set({ extras: [...this.state.extras, { at, items: [...ancestors, comment] }], incoming });
  }

  /** Another tab deleted a comment that no longer shows anywhere. */
  applyRemoteVanish(commentId: string): void {
    const incoming = this.state.incoming.filter((i) => i.comment.id !== commentId);
    if (incoming.length !== this.state.incoming.length) this.set({ incoming });
    const node = this.tree?.byId.get(commentId);
    if (node) this.applyDelete({ comment: node.comment, vanishedIds: [commentId], commentCount: 0 });
  }

  // --------------------------------------------------- edits, deletes

  applyComment(comment: Comment): void {
    this.addBatch({ at: this.now(), items: [comment] });
  }

  applyDelete(result: DeleteCommentResult): void {
    const { comment, vanishedIds } = result;
    const gone = new Set(vanishedIds);
    const ancestors = this.ancestorsWithCounts(comment.parentId, -1).filter((c) => !gone.has(c.id));
    this.addBatch({
      at: this.now(),
      items: gone.has(comment.id) ? ancestors : [comment, ...ancestors],
      removedIds: vanishedIds,
    });
  }

  // ------------------------------------------------------ view state

  toggleCollapsed(id: string): void {
    const collapsed = new Set(this.state.collapsed);
    if (!collapsed.delete(id)) collapsed.add(id);
    this.set({ collapsed });
  }

  /** Expand everything that hides these comments (permalinks, search). */
  expand(ids: Iterable<string>): void {
    let changed = false;
    const collapsed = new Set(this.state.collapsed);
    for (const id of ids) changed = collapsed.delete(id) || changed;
    if (changed) this.set({ collapsed });
  }

  openReply(parentId: string, options: { focus?: boolean; insert?: string | null } = {}): void {
    const replying = new Map(this.state.replying);
    replying.set(parentId, {
      focus: options.focus ?? true,
      insert: options.insert ?? null,
      nonce: ++this.nonce,
    });
    this.set({ replying });
  }

  closeReply(parentId: string): void {
    if (!this.state.replying.has(parentId)) return;
    const replying = new Map(this.state.replying);
    replying.delete(parentId);
    this.set({ replying });
  }

  /** The composer took its focus request: do not move focus again when its row remounts. */
  consumeComposerRequest(kind: 'reply' | 'edit', id: string): void {
    const map = kind === 'reply' ? this.state.replying : this.state.editing;
    const request = map.get(id);
    if (!request || (!request.focus && request.insert === null)) return;
    const next = new Map(map);
    next.set(id, { ...request, focus: false, insert: null });
    this.set(kind === 'reply' ? { replying: next } : { editing: next });
  }

  openEdit(commentId: string, focus = true): void {
    const editing = new Map(this.state.editing);
    editing.set(commentId, { focus, insert: null, nonce: ++this.nonce });
    this.set({ editing });
  }

  closeEdit(commentId: string): void {
    if (!this.state.editing.has(commentId)) return;
    const editing = new Map(this.state.editing);
    editing.delete(commentId);
    this.set({ editing });
  }

  /** Forget the draft of a composer the reader discarded. */
  discardDraft(kind: 'reply' | 'edit', id: string | null): void {
    clearDraft(
      kind === 'edit' && id !== null
        ? { kind: 'edit', reviewSlug: this.reviewSlug, commentId: id }
        : { kind: 'comment', reviewSlug: this.reviewSlug, parentId: id },
    );
  }

  /** "Show all spoilers" changed: individual choices start over from the new default. */
  resetSpoilers(): void {
    if (this.state.revealedSpoilers.size > 0) this.set({ revealedSpoilers: new Set() });
  }

  toggleSpoiler(key: string): void {
    const revealedSpoilers = new Set(this.state.revealedSpoilers);
    if (!revealedSpoilers.delete(key)) revealedSpoilers.add(key);
    this.set({ revealedSpoilers });
  }

  /** Bring a row on screen (and focus it): permalinks, search, a new comment, a row that lost focus. */
  requestRow(key: string, focus: boolean): void {
    this.set({ target: { key, focus, at: this.now() } });
  }

  /** The row did what was asked. */
  settleRow(key: string): void {
    if (this.state.target?.key === key) this.set({ target: null });
  }

  /** Whether a target is still fresh enough to act on. */
  isTargetLive(target: RowTarget | null): target is RowTarget {
    return target !== null && this.now() - target.at < ROW_TARGET_TTL_MS;
  }
}
