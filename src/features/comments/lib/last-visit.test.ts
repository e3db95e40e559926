import { describe, expect, it } from 'vitest';
import { makeComment, makeReply } from '../testing/make-comment';
import {
  isNewSince,
  lastVisitKey,
  newCommentIds,
  nextNewId,
  readingOrder,
  readLastVisit,
  writeLastVisit,
} from './last-visit';
import { buildThreadTree } from './tree';

const at = (minute: number) => new Date(Date.UTC(2024, 0, 1, 0, minute)).toISOString();
const SINCE = Date.parse(at(10));

describe('new since the last visit', () => {
  it('marks others’ comments written after the visit; never one’s own, deleted or hidden ones', () => {
    expect(isNewSince(makeComment({ number: 1, createdAt: at(11) }), SINCE, null)).toBe(true);
    expect(isNewSince(makeComment({ number: 1, createdAt: at(10) }), SINCE, null)).toBe(false);
    expect(isNewSince(makeComment({ number: 1, createdAt: at(9) }), SINCE, null)).toBe(false);
    // A first visit: nothing is new.
    expect(isNewSince(makeComment({ number: 1, createdAt: at(11) }), null, null)).toBe(false);
    // Own: the guest's (may delete it) or the signed-in user's.
    expect(isNewSince(makeComment({ number: 1, createdAt: at(11), canDelete: true }), SINCE, null)).toBe(
      false,
    );
    const byUser = makeComment({
      number: 2,
      createdAt: at(11),
      author: { kind: 'user', name: 'Ines', username: 'ines', userId: 'u-ines', isReviewAuthor: false },
    });
    expect(isNewSince(byUser, SINCE, 'u-ines')).toBe(false);
    expect(isNewSince(byUser, SINCE, 'u-other')).toBe(true);
    expect(isNewSince({ ...byUser, deleted: true, body: '' }, SINCE, null)).toBe(false);
    expect(
      isNewSince({ ...byUser, hidden: true, body: '', author: { ...byUser.author, name: '' } }, SINCE, null),
    ).toBe(false);
  });

  it('lists them in reading order, collapsed sub-threads included, down to the view’s last level', () => {
    const a = makeComment({ number: 1, createdAt: at(1), replyCount: 2, descendantCount: 3 });
    const a1 = makeReply(a, { number: 4, createdAt: at(12), replyCount: 1, descendantCount: 1 });
    const a11 = makeReply(a1, { number: 6, createdAt: at(14) });
    const a2 = makeReply(a, { number: 5, createdAt: at(5) });
    const b = makeComment({ number: 2, createdAt: at(11) });
    const c = makeComment({ number: 3, createdAt: at(3) });
    const tree = buildThreadTree({ pages: [{ at: 1, items: [a, a1, a11, a2, b, c], complete: true }] });
    expect(newCommentIds(tree.roots, { since: SINCE, userId: null })).toEqual([a1.id, a11.id, b.id]);
    // Two levels in this view: the reply at depth 2 lives in the next one.
    expect(newCommentIds(tree.roots, { since: SINCE, userId: null, levels: 2 })).toEqual([a1.id, b.id]);
    // Revealed live during this visit: new even on a first visit.
    expect(newCommentIds(tree.roots, { since: null, userId: null, alsoNew: new Set([c.id]) })).toEqual([
      c.id,
    ]);
  });

  it('goes to the next one after the reader’s place, and round to the first', () => {
    const a = makeComment({ number: 1, replyCount: 1, descendantCount: 1 });
    const a1 = makeReply(a, { number: 3 });
    const b = makeComment({ number: 2 });
    const tree = buildThreadTree({ pages: [{ at: 1, items: [a, a1, b], complete: true }] });
    const order = readingOrder(tree.roots);
    expect([...order.keys()]).toEqual([a.id, a1.id, b.id]);
    const newIds = [a1.id, b.id];
    expect(nextNewId(newIds, order, null)).toBe(a1.id);
    expect(nextNewId(newIds, order, a.id)).toBe(a1.id);
    expect(nextNewId(newIds, order, a1.id)).toBe(b.id);
    expect(nextNewId(newIds, order, b.id)).toBe(a1.id);
    expect(nextNewId(newIds, order, 'not-loaded')).toBe(a1.id);
    expect(nextNewId([], order, null)).toBeNull();
  });

  it('remembers the time per review, and ignores what it cannot read', () => {
    expect(readLastVisit('her')).toBeNull();
    writeLastVisit('her', SINCE);
    expect(readLastVisit('her')).toBe(SINCE);
    expect(readLastVisit('other')).toBeNull();
    localStorage.setItem(lastVisitKey('her'), '"yesterday"');
    expect(readLastVisit('her')).toBeNull();
  });
});
