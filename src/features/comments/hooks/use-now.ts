import { useCallback, useSyncExternalStore } from 'react';

/*
 * A shared clock for relative times and edit windows: one timer per interval
 * for the whole page, however many comments show a time.
 */

interface Clock {
  now: number;
  listeners: Set<() => void>;
  timer: ReturnType<typeof setInterval> | null;
}

const clocks = new Map<number, Clock>();

function clockFor(intervalMs: number): Clock {
  let clock = clocks.get(intervalMs);
  if (!clock) {
    clock = { now: Date.now(), listeners: new Set(), timer: null };
    clocks.set(intervalMs, clock);
  }
  return clock;
}

function subscribe(intervalMs: number, listener: () => void): () => void {
  const clock = clockFor(intervalMs);
  clock.listeners.add(listener);
  if (clock.timer === null) {
    clock.now = Date.now();
    clock.timer = setInterval(() => {
      clock.now = Date.now();
      for (const l of clock.listeners) l();
    }, intervalMs);
  }
  return () => {
    clock.listeners.delete(listener);
    if (clock.listeners.size === 0 && clock.timer !== null) {
      clearInterval(clock.timer);
      clock.timer = null;
    }
  };
}

function snapshot(intervalMs: number): number {
  const clock = clockFor(intervalMs);
  // Nobody listened for a while: the stored time is old. Refresh it, but keep it stable for a
  // second so that repeated reads during one render agree.
  if (clock.timer === null && Date.now() - clock.now > 1000) clock.now = Date.now();
  return clock.now;
}

/** The current time (ms), updated every `intervalMs` while anything listens. */
export function useNow(intervalMs = 60_000): number {
  const subscribeHere = useCallback((listener: () => void) => subscribe(intervalMs, listener), [intervalMs]);
  const read = useCallback(() => snapshot(intervalMs), [intervalMs]);
  return useSyncExternalStore(subscribeHere, read, read);
}
