import { describe, expect, it } from 'vitest';
import { makeComment, makeReply } from '../testing/make-comment';
import { commentLabel, editTimeLeftText, hiddenRepliesText, moreRepliesText } from './labels';
import { commentElementId, commentPermalink, threadViewHref } from './links';
import { appendQuote, quoteMarkdown } from './quote';
import { commentBodyError, commentLength, counterAnnouncement, displayNameError } from './validate';

describe('comment text checks (the contract’s rules, in the UI)', () => {
  it('refuses empty, whitespace-only, invisible-only, too long and broken text', () => {
    expect(commentBodyError('')).toBe('Comment cannot be empty.');
    expect(commentBodyError(' \n\t ')).toBe('Comment cannot be empty.');
    expect(commentBodyError('\u200b\u200b')).toBe('Comment cannot be empty.');
    expect(commentBodyError('a'.repeat(5001))).toBe('Comment is too long: the limit is 5,000 characters.');
    expect(commentBodyError('ok \ud800 broken')).toMatch(/lone surrogate/);
    expect(commentBodyError('a'.repeat(5000))).toBeNull();
    expect(commentBodyError('😀'.repeat(5000))).toBeNull();
  });

  it('counts characters as the backend does (code points, control characters stripped)', () => {
    expect(commentLength('😀a')).toBe(2);
    expect(commentLength('a\u0007b')).toBe(2);
  });

  it('checks display names', () => {
    expect(displayNameError('  ')).toBe('Display name cannot be empty.');
    expect(displayNameError('x'.repeat(61))).toMatch(/too long/);
    expect(displayNameError('Ada')).toBeNull();
  });

  it('announces the counter only near the limit, in steps', () => {
    expect(counterAnnouncement(100)).toBeNull();
    expect(counterAnnouncement(4800)).toBe('250 characters left');
    expect(counterAnnouncement(4760)).toBe('250 characters left');
    expect(counterAnnouncement(4960)).toBe('50 characters left');
    expect(counterAnnouncement(5000)).toBe('Character limit reached');
    expect(counterAnnouncement(5012)).toBe('12 characters over the limit');
    expect(counterAnnouncement(5001)).toBe('1 character over the limit');
  });
});

describe('quotes', () => {
  it('quotes each line and leaves a blank line to type under', () => {
    expect(quoteMarkdown('one\n\ntwo  \n')).toBe('> one\n>\n> two\n\n');
    expect(quoteMarkdown('   ')).toBe('');
    expect(appendQuote('', '> q\n\n')).toBe('> q\n\n');
    expect(appendQuote('mine  ', '> q\n\n')).toBe('mine\n\n> q\n\n');
  });
});

describe('labels and links', () => {
  it('names a comment by number, author, whom it answers and its replies', () => {
    const parent = makeComment({ number: 3 });
    const reply = makeReply(parent, {
      number: 12,
      replyCount: 3,
      author: { ...parent.author, name: 'Ines' },
    });
    expect(commentLabel(reply, 'Tobias', true)).toBe('Comment #12 by Ines, reply to Tobias, 3 replies');
    expect(commentLabel(parent, null, false)).toBe('Comment #3 by Person 3');
    expect(commentLabel({ ...reply, deleted: true, replyCount: 1 }, null, true)).toBe(
      'Deleted comment #12, reply to a deleted comment, 1 reply',
    );
    expect(moreRepliesText(1)).toBe('1 more reply');
    expect(moreRepliesText(1200)).toBe('1,200 more replies');
    expect(hiddenRepliesText(4)).toBe('4 replies hidden');
  });

  it('counts the edit window down in minutes, then says less than a minute, then nothing', () => {
    const until = '2024-01-01T00:15:00.000Z';
    const at = (iso: string) => Date.parse(iso);
    expect(editTimeLeftText(until, at('2024-01-01T00:03:00.000Z'))).toBe('12 min left');
    expect(editTimeLeftText(until, at('2024-01-01T00:14:30.000Z'))).toBe('less than a minute left');
    expect(editTimeLeftText(until, at('2024-01-01T00:15:00.000Z'))).toBeNull();
  });

  it('builds permalinks and focused-view addresses', () => {
    expect(commentPermalink('her-2013', 'c-1')).toBe('/reviews/her-2013?comment=c-1#comment-c-1');
    expect(threadViewHref('her-2013', 'c-7')).toBe('/reviews/her-2013/thread/c-7');
    expect(threadViewHref('her-2013', 'c-7', 'c-9')).toBe(
      '/reviews/her-2013/thread/c-7?comment=c-9#comment-c-9',
    );
    expect(commentElementId('c-1')).toBe('comment-c-1');
  });
});
