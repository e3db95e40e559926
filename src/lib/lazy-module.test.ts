import { describe, expect, it, vi } from 'vitest';
import { lazyModule } from './lazy-module';

describe('lazyModule', () => {
  it('imports once, hands everyone the same promise, and keeps the module for synchronous use', async () => {
    const importer = vi.fn(async () => ({ answer: 42 }));
    const lazy = lazyModule(importer);
    expect(lazy.current).toBeUndefined();
    expect(importer).not.toHaveBeenCalled();

    const first = lazy.load();
    expect(lazy.load()).toBe(first);
    await expect(first).resolves.toEqual({ answer: 42 });
    expect(lazy.current).toEqual({ answer: 42 });
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failed load: the next load tries again', async () => {
    const importer = vi
      .fn<() => Promise<{ answer: number }>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ answer: 42 });
    const lazy = lazyModule(importer);

    await expect(lazy.load()).rejects.toThrow('Failed to fetch');
    expect(lazy.current).toBeUndefined();
    await expect(lazy.load()).resolves.toEqual({ answer: 42 });
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
