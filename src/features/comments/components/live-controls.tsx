import { useEffect, useRef } from 'react';
import { formatCount } from '../../../lib/format';
import { newCommentsText } from '../lib/live';
import styles from './discussion.module.css';

/*
 * The thread's two ways to what is new: the sticky "N new comments" button
 * (comments other tabs posted while the reader is here) and "Next new
 * comment" (new since the last visit, or revealed during this one), also on
 * the `n` key.
 */

/**
 * Always in the page, zero height: the button floats over the thread when
 * something arrives, so what the reader is looking at does not move. A
 * polite live region: its appearance is announced without taking focus.
 */
export function NewCommentsBar({ count, onReveal }: { count: number; onReveal: () => void }) {
  return (
    <div className={styles.liveBar} aria-live="polite">
      {count > 0 ? (
        <button type="button" className={`button ${styles.liveButton}`} onClick={onReveal}>
          <span aria-hidden="true">↑</span> {newCommentsText(count)}
        </button>
      ) : null}
    </div>
  );
}

export const NEXT_NEW_KEY = 'n';

/** Whether a key press belongs to a field (typing an "n" must not jump). */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null;
}

export function NextNewComment({ count, onNext }: { count: number; onNext: () => void }) {
  const next = useRef(onNext);
  useEffect(() => {
    next.current = onNext;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== NEXT_NEW_KEY || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || inTextField(event.target)) return;
      event.preventDefault();
      next.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className={styles.newNav}>
      <button type="button" className="button button--secondary" aria-keyshortcuts="n" onClick={onNext}>
        Next new comment <span className={styles.newCount}>({formatCount(count)})</span>
      </button>
      <p className={styles.muted}>
        {count === 1 ? '1 comment is' : `${formatCount(count)} comments are`} new to you (marked “New”). Press{' '}
        <kbd>N</kbd>, outside a text field, to go to the next one.
      </p>
    </div>
  );
}
