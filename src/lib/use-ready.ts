import { useEffect, useState } from 'react';

/**
 * Whether what a part of the page needs (its data, its code) is in, as state of the
 * part itself: it shows its own placeholder until then and renders without suspending
 * after. Not a Suspense boundary, because React holds back the content of a boundary
 * that showed its fallback until 300 ms after the last fallback it showed or hid, which
 * on a page load put the thread on screen ~300 ms after its data was in. Once ready for
 * a `key`, it stays ready for that key (later loads suspend as before).
 * `isReady` is read on every render; `whenReady` (memoized by the caller) is called
 * when not ready, and settles when it is (a rejection counts: the part then renders
 * and throws the error to its boundary).
 */
export function useReady(key: string, isReady: () => boolean, whenReady: () => Promise<unknown>): boolean {
  const [readyKey, setReadyKey] = useState<string | null>(null);
  const ready = readyKey === key || isReady();
  if (ready && readyKey !== key) setReadyKey(key);
  useEffect(() => {
    if (ready) return;
    let live = true;
    const done = () => {
      if (live) setReadyKey(key);
    };
    whenReady().then(done, done);
    return () => {
      live = false;
    };
  }, [key, ready, whenReady]);
  return ready;
}
