import { z } from './zod';

/** What the backend's fault injection can do to a request (mocks/faults.ts explains each). */
export const FAULT_KINDS = ['network', '500', '503', 'slow', 'hang', 'after-commit'] as const;
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
export const resetResponseSchema = z.object({ ok: z.literal(true), reviews: z.number().int(), comments: z.number().int() });
export type ResetResponse = z.infer<typeof resetResponseSchema>;

/** POST /api/demo/reset takes no options: an empty body or `{}`. */
export const resetRequestSchema = z.object({}).strict().optional();
