import { z } from 'zod';

/** GET /api/status: how the embedded backend is running. */
export const statusResponseSchema = z.object({
  storage: z.enum(['indexeddb', 'memory']),
  /** Set when data will not survive the tab (storage unavailable or blocked). */
  notice: z.string().nullable(),
  seedVersion: z.number().int(),
});
export type StatusResponse = z.infer<typeof statusResponseSchema>;

/** POST /api/demo/reset: takes no body. */
export const resetResponseSchema = z.object({ ok: z.literal(true), reviews: z.number().int(), comments: z.number().int() });
export type ResetResponse = z.infer<typeof resetResponseSchema>;

/** POST /api/demo/reset takes no options: an empty body or `{}`. */
export const resetRequestSchema = z.object({}).strict().optional();
