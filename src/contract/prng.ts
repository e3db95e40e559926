/**
 * mulberry32: a small seeded pseudo-random generator, the same sequence on every engine.
 * The fault switch's seed (mocks/faults.ts) and the generated demo threads
 * (mocks/seed/large-thread.ts) replay through it, and tests use it for inputs they can
 * replay. Here, without zod, so src/ and mocks/ (tests included) can share the one copy.
 */
export function createPrng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
