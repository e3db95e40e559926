import { mutationOptions } from '@tanstack/react-query';
import type { GenerateThreadRequest, GenerateThreadResponse } from '../../../contract/system';
import { apiRequest } from '../../../lib/api-client';

/** 10,000 comments take seconds to make, 20,000 longer: more than a write's usual wait. */
const GENERATE_THREAD_TIMEOUT_MS = 120_000;

/** POST /api/demo/generate-thread: makes (once per size) a review with a generated discussion. */
export const generateThreadMutationOptions = () =>
  mutationOptions({
    mutationKey: ['demo', 'generate-thread'] as const,
    mutationFn: (input: GenerateThreadRequest): Promise<GenerateThreadResponse> =>
      apiRequest('/demo/generate-thread', 'generateThread', {
        method: 'POST',
        body: input,
        timeoutMs: GENERATE_THREAD_TIMEOUT_MS,
      }),
  });
