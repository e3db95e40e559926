import { COMMENT_MAX_CHARS, charCount, stripControlChars } from '../../src/contract/text';
import type { CommentAuthorRecord, CommentRecord } from '../store/types';

/**
 * Seed threads are written as nested literals (easy to read and to edit) and
 * turned into store records here: ids, numbers, depth, parent keys and counts
 * are derived, never typed by hand.
 */
export interface ThreadNode {
  by: CommentAuthorRecord;
  /** ISO datetime with Z: when the comment was posted. */
  at: string;
  /** Markdown source. For a deleted comment, what it said before (not shipped). */
  body: string;
  editedAt?: string;
  deletedAt?: string;
  replies?: readonly ThreadNode[];
}

export interface BuildThreadOptions {
  /** Prefix of the comment ids, e.g. 'c-her-orbit' gives 'c-her-orbit-0001'. */
  idPrefix: string;
}

export const guest = (name: string): CommentAuthorRecord => ({ kind: 'guest', name });
export const user = (userId: string): CommentAuthorRecord => ({ kind: 'user', userId });

/** Seed content errors are bugs in the content: fail loudly at build time. */
export class SeedContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedContentError';
  }
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

function toMillis(value: string, what: string): number {
  const ms = Date.parse(value);
  if (!ISO_UTC.test(value) || Number.isNaN(ms)) {
    throw new SeedContentError(`${what}: "${value}" is not an ISO UTC datetime (YYYY-MM-DDTHH:MM:SSZ)`);
  }
  return ms;
}

interface Flat {
  node: ThreadNode;
  parent: Flat | null;
  depth: number;
  order: number;
  createdMs: number;
  children: Flat[];
  id: string;
  number: number;
}

export function commentId(idPrefix: string, number: number): string {
  return `${idPrefix}-${String(number).padStart(4, '0')}`;
}

/**
 * Flatten a nested thread into CommentRecords. Numbers run 1..n in order of
 * posting across the whole review (ties broken by position in the literal),
 * and a comment's id carries its number. Throws on content that could not
 * have happened: a reply older than its parent, a reply to an already deleted
 * comment, an edit or deletion before the post, an empty live comment.
 */
export function buildThread(
  reviewId: string,
  nodes: readonly ThreadNode[],
  opts: BuildThreadOptions,
): CommentRecord[] {
  const all: Flat[] = [];

  const walk = (list: readonly ThreadNode[], parent: Flat | null, depth: number): Flat[] =>
    list.map((node) => {
      const where = `${reviewId} comment at ${node.at}`;
      const createdMs = toMillis(node.at, where);
      if (parent) {
        if (createdMs <= parent.createdMs) {
          throw new SeedContentError(`${where}: reply is not after its parent (${parent.node.at})`);
        }
        if (parent.node.deletedAt !== undefined && createdMs >= toMillis(parent.node.deletedAt, where)) {
          throw new SeedContentError(`${where}: reply posted after its parent was deleted`);
        }
      }
      if (node.editedAt !== undefined && toMillis(node.editedAt, `${where} editedAt`) <= createdMs) {
        throw new SeedContentError(`${where}: edited before it was posted`);
      }
      if (node.deletedAt !== undefined) {
        const deletedMs = toMillis(node.deletedAt, `${where} deletedAt`);
        if (deletedMs <= createdMs) throw new SeedContentError(`${where}: deleted before it was posted`);
        if (node.editedAt !== undefined && deletedMs < Date.parse(node.editedAt)) {
          throw new SeedContentError(`${where}: deleted before it was edited`);
        }
      }
      if (node.body.trim() === '') throw new SeedContentError(`${where}: empty body`);
      if (charCount(node.body) > COMMENT_MAX_CHARS)
        throw new SeedContentError(`${where}: body over the limit`);
      if (stripControlChars(node.body) !== node.body) {
        throw new SeedContentError(`${where}: body holds control characters`);
      }

      const flat: Flat = {
        node,
        parent,
        depth,
        order: all.length,
        createdMs,
        children: [],
        id: '',
        number: 0,
      };
      all.push(flat);
      flat.children = walk(node.replies ?? [], flat, depth + 1);
      return flat;
    });

  walk(nodes, null, 0);

  const byPosting = [...all].sort((a, b) => a.createdMs - b.createdMs || a.order - b.order);
  byPosting.forEach((flat, index) => {
    flat.number = index + 1;
    flat.id = commentId(opts.idPrefix, flat.number);
  });

  const liveBelow = new Map<Flat, number>();
  const countLiveBelow = (flat: Flat): number => {
    let total = 0;
    for (const child of flat.children) {
      total += (child.node.deletedAt === undefined ? 1 : 0) + countLiveBelow(child);
    }
    liveBelow.set(flat, total);
    return total;
  };
  for (const flat of all) if (flat.parent === null) countLiveBelow(flat);

  return byPosting.map((flat): CommentRecord => {
    const { node, parent } = flat;
    const deleted = node.deletedAt !== undefined;
    return {
      id: flat.id,
      reviewId,
      parentId: parent ? parent.id : null,
      parentKey: parent ? parent.id : '',
      number: flat.number,
      depth: flat.depth,
      author: node.by,
      body: deleted ? '' : node.body,
      createdAt: node.at,
      editedAt: node.editedAt ?? null,
      deletedAt: node.deletedAt ?? null,
      clientId: `seed-${flat.id}`,
      replyCount: flat.children.filter((c) => c.node.deletedAt === undefined).length,
      descendantCount: liveBelow.get(flat) ?? 0,
    };
  });
}
