import { act, render, screen } from '@testing-library/react';
import { useCallback } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useReady } from './use-ready';

function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function Probe({
  id,
  isReady,
  whenReady,
}: {
  id: string;
  isReady: () => boolean;
  whenReady: () => Promise<unknown>;
}) {
  const wait = useCallback(() => whenReady(), [whenReady]);
  const ready = useReady(id, isReady, wait);
  return <p>{ready ? `ready ${id}` : `waiting ${id}`}</p>;
}

describe('useReady', () => {
  it('is ready at once, without waiting, when everything is already in', () => {
    const whenReady = vi.fn(() => Promise.resolve());
    render(<Probe id="a" isReady={() => true} whenReady={whenReady} />);
    expect(screen.getByText('ready a')).toBeInTheDocument();
    expect(whenReady).not.toHaveBeenCalled();
  });

  it('waits until the promise settles, and stays ready for that key', async () => {
    const gate = deferred();
    let inNow = false;
    const { rerender } = render(<Probe id="a" isReady={() => inNow} whenReady={() => gate.promise} />);
    expect(screen.getByText('waiting a')).toBeInTheDocument();
    await act(async () => gate.resolve());
    expect(screen.getByText('ready a')).toBeInTheDocument();
    // Still ready for "a" even if what it checks goes away (e.g. a cache entry collected).
    inNow = false;
    rerender(<Probe id="a" isReady={() => inNow} whenReady={() => gate.promise} />);
    expect(screen.getByText('ready a')).toBeInTheDocument();
  });

  it('counts a rejection as settled, so the part renders and can show its error', async () => {
    const gate = deferred();
    render(<Probe id="a" isReady={() => false} whenReady={() => gate.promise} />);
    await act(async () => gate.reject(new Error('offline')));
    expect(screen.getByText('ready a')).toBeInTheDocument();
  });

  it('waits again for a new key, and ignores what the old key settles after', async () => {
    const first = deferred();
    const second = deferred();
    const { rerender } = render(<Probe id="a" isReady={() => false} whenReady={() => first.promise} />);
    rerender(<Probe id="b" isReady={() => false} whenReady={() => second.promise} />);
    await act(async () => first.resolve());
    expect(screen.getByText('waiting b')).toBeInTheDocument();
    await act(async () => second.resolve());
    expect(screen.getByText('ready b')).toBeInTheDocument();
  });
});
