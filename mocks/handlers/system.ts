import { http } from 'msw';
import {
  generateThreadRequestSchema,
  resetRequestSchema,
  type GenerateThreadResponse,
  type ResetResponse,
  type StatusResponse,
} from '../../src/contract/system';
import type { BackendContext } from '../context';
import { currentSeedVersion, generateDemoThread, resetDemo } from '../domain/demo';
import { guarded, json, readBody } from '../http';

export function systemHandlers({ store, content, faults }: BackendContext) {
  return [
    http.get(
      '*/api/status',
      guarded(async () =>
        json<StatusResponse>({
          storage: store.kind,
          notice: store.fallbackReason,
          seedVersion: await store.read(currentSeedVersion),
          faults: faults ?? null,
        }),
      ),
    ),
    http.post(
      '*/api/demo/reset',
      guarded(async ({ request }) => {
        await readBody(request, resetRequestSchema);
        const demo = await content();
        const counts = await store.write((tx) => resetDemo(tx, demo));
        return json<ResetResponse>({ ok: true, ...counts });
      }),
    ),
    http.post(
      '*/api/demo/generate-thread',
      guarded(async ({ request }) => {
        const input = await readBody(request, generateThreadRequestSchema);
        // The generator is demo content: its own chunk, loaded (before the write: a transaction
        // cannot wait for a download) only by the rare request that asks for a thread.
        const { generateThread, largeThreadReview } = await import('../seed/large-thread');
        const result = await store.write((tx) =>
          generateDemoThread(tx, input, largeThreadReview, generateThread),
        );
        return json<GenerateThreadResponse>(result, result.created ? 201 : 200);
      }),
    ),
  ];
}
