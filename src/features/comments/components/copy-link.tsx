import { useEffect, useId, useRef, useState } from 'react';
import styles from './comment.module.css';

type State = 'idle' | 'copied' | 'manual';

/**
 * "Copy link": the permalink goes to the clipboard. Where the clipboard is
 * not available (insecure origin, permission refused) the address appears
 * selected in a field, to copy by hand.
 */
export function CopyLinkButton({ url }: { url: string }) {
  const [state, setState] = useState<State>('idle');
  const fieldRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const absolute = typeof window === 'undefined' ? url : new URL(url, window.location.origin).href;

  useEffect(() => {
    if (state === 'manual') fieldRef.current?.focus();
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(absolute);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <>
      <button ref={buttonRef} type="button" className={styles.action} onClick={() => void copy()}>
        {state === 'copied' ? 'Link copied' : 'Copy link'}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {state === 'copied' ? 'Link copied to the clipboard.' : ''}
      </span>
      {state === 'manual' ? (
        <span className={styles.manualCopy}>
          <label htmlFor={id}>Link to this comment (copy it):</label>
          <input
            ref={fieldRef}
            id={id}
            className="input"
            readOnly
            value={absolute}
            onFocus={(e) => e.currentTarget.select()}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setState('idle');
                buttonRef.current?.focus();
              }
            }}
          />
          <button
            type="button"
            className={styles.action}
            onClick={() => {
              setState('idle');
              buttonRef.current?.focus();
            }}
          >
            Done
          </button>
        </span>
      ) : null}
    </>
  );
}
