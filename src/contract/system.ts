import { FAULT_KINDS } from './fault-switch';
import { z } from './zod';

/** What the backend's fault injection can do to a request (mocks/faults.ts explains each). */
export const faultKindSchema = z.enum(FAULT_KINDS);
export type FaultKind = z.infer<typeof faultKindSchema>;

export const faultSettingsSchema = z.object({
  /** Share of API requests that get a fault, 0 < rate <= 1. */
  rate: z.number().gt(0).max(1),
  kinds: z.array(faultKindSchema).min(1),
  /** Seed of the fault sequence; load the page with ?faultSeed=<seed> to replay it. */
  seed: z.number().int(),
});
export type FaultSettings = z.infer<typeof faultSettingsSchema>;

/** GET /api/status: how the embedded backend is running. */
export const statusResponseSchema = z.object({
  storage: z.enum(['indexeddb', 'memory']),
  /** Set when data will not survive the tab (storage unavailable or blocked). */
  notice: z.string().nullable(),
  seedVersion: z.number().int(),
  /** Fault injection, when switched on for this tab (?faults=…); show it, so nobody mistakes it for a bug. */
  faults: faultSettingsSchema.nullable().optional(),
});
export type StatusResponse = z.infer<typeof statusResponseSchema>;

/** POST /api/demo/reset: takes no body. */
export const resetResponseSchema = z.object({
  ok: z.literal(true),
  reviews: z.number().int(),
  comments: z.number().int(),
});
export type ResetResponse = z.infer<typeof resetResponseSchema>;

/** POST /api/demo/reset takes no options: an empty body or `{}`. */
export const resetRequestSchema = z.object({}).strict().optional();

/** Most comments POST /api/demo/generate-thread makes in one thread. */
export const GENERATED_THREAD_MAX = 20_000;

/**
 * POST /api/demo/generate-thread: a review holding a generated, deterministic, nested
 * discussion of `count` comments (the benchmark's threads). Idempotent by count: the
 * thread for a count is made once (slug `bench-thread-<count>`) and returned as it is
 * afterwards, whatever seed is asked. "Reset demo data" removes it.
 */
export const generateThreadRequestSchema = z
  .object({
    count: z.number().int().min(1).max(GENERATED_THREAD_MAX),
    seed: z.number().int().optional(),
    /** Replies (all depths) under one early top-level comment: a sub-thread this big. */
    bigSubthread: z.number().int().min(0).max(GENERATED_THREAD_MAX).optional(),
  })
  .strict();
export type GenerateThreadRequest = z.infer<typeof generateThreadRequestSchema>;

export const generateThreadResponseSchema = z.object({
  reviewId: z.string(),
  slug: z.string(),
  title: z.string(),
  commentCount: z.number().int(),
  /** false when the thread already existed. */
  created: z.boolean(),
  /** The top-level comment that holds the `bigSubthread` replies, when asked for one. */
  bigSubthreadRootId: z.string().nullable(),
});
export type GenerateThreadResponse = z.infer<typeof generateThreadResponseSchema>;
