import { z } from './zod';

/**
 * RFC 9457-style problem body. Every error the API answers has this shape, so
 * the client can always show a sentence and, for forms, a message per field.
 */
export const problemSchema = z.object({
  status: z.number().int(),
  title: z.string(),
  detail: z.string().optional(),
  /** Field path (dot-joined) to the messages for that field. */
  errors: z.record(z.string(), z.array(z.string())).optional(),
  /** A stable machine-readable reason, e.g. `edit-window-closed`. */
  code: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;
