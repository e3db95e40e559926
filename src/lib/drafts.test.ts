import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clearDraft,
  createDebouncedSaver,
  draftKey,
  listDrafts,
  loadDraft,
  parseDraftKey,
  saveDraft,
  type DraftTarget,
} from './drafts';

const reply: DraftTarget = {
  kind: 'comment',
  reviewSlug: 'her-2013-orbit-and-quill',
  parentId: 'c-her-orbit-3',
};
const top: DraftTarget = { kind: 'comment', reviewSlug: 'her-2013-orbit-and-quill', parentId: null };
const edit: DraftTarget = {
  kind: 'edit',
  reviewSlug: 'her-2013-orbit-and-quill',
  commentId: 'c-her-orbit-3',
};

describe('draft keys', () => {
  it('are distinct per review, parent and kind, carry a version, and parse back', () => {
    const keys = [reply, top, edit, { ...top, reviewSlug: 'moon-2009' }].map(draftKey);
    expect(new Set(keys).size).toBe(4);
    for (const key of keys) expect(key).toMatch(/^screening-room:draft:v1:/);
    for (const target of [reply, top, edit]) expect(parseDraftKey(draftKey(target))).toEqual(target);
    expect(parseDraftKey('screening-room:draft:v0:her:reply:x')).toBeNull();
    expect(parseDraftKey('something-else')).toBeNull();
  });

  it('cannot be confused by ids holding the separator', () => {
    const odd: DraftTarget = { kind: 'comment', reviewSlug: 'a:b', parentId: 'c:d' };
    expect(parseDraftKey(draftKey(odd))).toEqual(odd);
  });
});

describe('draft storage', () => {
  it('round-trips a draft with its clientId, and forgets it when cleared or emptied', () => {
    const draft = { text: 'Half a thought', clientId: '2b0b7a8e-1111-4c1a-9d7e-000000000001', savedAt: 42 };
    expect(saveDraft(reply, draft)).toBe(true);
    expect(loadDraft(reply)).toEqual(draft);
    expect(loadDraft(top)).toBeNull();
    clearDraft(reply);
    expect(loadDraft(reply)).toBeNull();
    saveDraft(reply, draft);
    saveDraft(reply, { ...draft, text: '' });
    expect(localStorage.getItem(draftKey(reply))).toBeNull();
  });

  it('ignores and removes corrupt or misshapen entries', () => {
    localStorage.setItem(draftKey(reply), '{"text": "unterminated');
    expect(loadDraft(reply)).toBeNull();
    expect(localStorage.getItem(draftKey(reply))).toBeNull();
    localStorage.setItem(draftKey(edit), JSON.stringify({ text: 5, clientId: null, savedAt: 1 }));
    expect(loadDraft(edit)).toBeNull();
    expect(localStorage.getItem(draftKey(edit))).toBeNull();
  });

  it('lists the readable, non-empty drafts of one review', () => {
    saveDraft(reply, { text: 'a', clientId: null, savedAt: 1 });
    saveDraft(edit, { text: 'b', clientId: null, savedAt: 1 });
    saveDraft({ ...top, reviewSlug: 'moon-2009' }, { text: 'c', clientId: null, savedAt: 1 });
    localStorage.setItem(draftKey(top), 'not json');
    const found = listDrafts('her-2013-orbit-and-quill').map((d) => d.target);
    expect(found).toHaveLength(2);
    expect(found).toEqual(expect.arrayContaining([reply, edit]));
  });

  it('fails soft when storage refuses to write', () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(saveDraft(reply, { text: 'x', clientId: null, savedAt: 1 })).toBe(false);
    spy.mockRestore();
  });
});

describe('createDebouncedSaver', () => {
  afterEach(() => vi.useRealTimers());

  it('saves the last value once after a pause, or at once on flush', () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const saver = createDebouncedSaver<string>((v) => saved.push(v), 300);
    saver.schedule('a');
    saver.schedule('ab');
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(saved).toEqual(['ab']);
    saver.schedule('abc');
    saver.flush();
    expect(saved).toEqual(['ab', 'abc']);
    saver.schedule('dropped');
    saver.cancel();
    vi.advanceTimersByTime(1000);
    expect(saved).toEqual(['ab', 'abc']);
    saver.dispose();
  });

  it('saves what is waiting when the page is hidden or unloaded, and on dispose', () => {
    const saved: string[] = [];
    const saver = createDebouncedSaver<string>((v) => saved.push(v), 300);
    saver.schedule('before pagehide');
    window.dispatchEvent(new Event('pagehide'));
    expect(saved).toEqual(['before pagehide']);
    saver.schedule('before dispose');
    saver.dispose();
    expect(saved).toEqual(['before pagehide', 'before dispose']);
    saver.schedule('after');
    window.dispatchEvent(new Event('pagehide'));
    expect(saved).toHaveLength(2);
    saver.cancel();
  });
});
