import { describe, expect, it } from 'vitest';
import { makeComment, makeReply } from '../testing/make-comment';
import { LEVELS_PER_VIEW } from './flatten';
import { searchableText, searchThread, stepMatch } from './search';
import { buildThreadTree } from './tree';

describe('searchThread', () => {
  const a = makeComment({
    number: 1,
    body: 'The **letter** at the end got me',
    replyCount: 1,
    descendantCount: 2,
  });
  const a1 = makeReply(a, {
    number: 2,
    body: 'Which letter?',
    replyCount: 1,
    descendantCount: 1,
    author: { ...a.author, name: 'Ines' },
  });
  const a11 = makeReply(a1, { number: 3, body: 'The one to Catherine: ||she reads the LETTER||' });
  const b = makeComment({
    number: 4,
    body: 'Nothing to see',
    author: { ...a.author, name: 'Letterbox Fan' },
  });
  const gone = makeComment({ number: 5, body: '', deleted: true, author: { ...a.author, name: '' } });
  const tree = buildThreadTree({ pages: [{ at: 1, items: [a, a1, a11, b, gone], complete: true }] });

  it('finds loaded comments by text or author, case-insensitively, in reading order', () => {
    expect(searchThread(tree.roots, 'LETTER')).toEqual([a.id, a1.id, b.id]);
    expect(searchThread(tree.roots, 'ines')).toEqual([a1.id]);
    expect(searchThread(tree.roots, '  got   me ')).toEqual([a.id]);
    expect(searchThread(tree.roots, '   ')).toEqual([]);
  });

  it('does not search inside spoilers unless the reader shows them', () => {
    expect(searchThread(tree.roots, 'reads the')).toEqual([]);
    expect(searchThread(tree.roots, 'reads the', { includeSpoilers: true })).toEqual([a11.id]);
    expect(searchableText(a11)).not.toContain('reads');
  });

  it('only looks as deep as the view shows', () => {
    expect(searchThread(tree.roots, 'catherine', { levels: 2 })).toEqual([]);
    expect(searchThread(tree.roots, 'catherine', { levels: LEVELS_PER_VIEW })).toEqual([a11.id]);
  });
});

describe('stepMatch', () => {
  it('moves through matches and wraps round both ways', () => {
    expect(stepMatch(-1, 3, 1)).toBe(0);
    expect(stepMatch(-1, 3, -1)).toBe(2);
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });
});
