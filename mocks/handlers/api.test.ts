import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/contract/problem';
import {
  facetsResponseSchema,
  reviewDetailSchema,
  reviewListResponseSchema,
} from '../../src/contract/reviews';
import { resetResponseSchema, statusResponseSchema } from '../../src/contract/system';
import { createNodeBackend } from '../node';
import { fixtureContent } from '../testing/fixture';

const backend = await createNodeBackend({ content: fixtureContent });
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => backend.server.resetHandlers());
afterAll(() => backend.server.close());

const BASE = 'http://localhost';
const get = (path: string) => fetch(`${BASE}${path}`);
const post = (
  path: string,
  body: string,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
) => fetch(`${BASE}${path}`, { method: 'POST', body, headers });

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  return problemSchema.parse(await response.json());
}

describe('GET /api/reviews', () => {
  it('lists newest first with the total and page count', async () => {
    const body = reviewListResponseSchema.parse(await (await get('/api/reviews')).json());
    expect(body.items.map((r) => r.slug)).toEqual(['her-beta', 'her-alpha', 'moon-beta']);
    expect(body).toMatchObject({ total: 3, page: 1, pageCount: 1 });
    expect(body.items[1]?.publication).toEqual({ slug: 'alpha-review', name: 'Alpha Review' });
  });

  it('filters by tag case-insensitively, by publication and by film', async () => {
    const byTag = reviewListResponseSchema.parse(await (await get('/api/reviews?tag=ROMANCE')).json());
    expect(byTag.items.map((r) => r.slug).sort()).toEqual(['her-alpha', 'her-beta']);
    const byPub = reviewListResponseSchema.parse(
      await (await get('/api/reviews?publication=beta-blog')).json(),
    );
    expect(byPub.items.map((r) => r.slug)).toEqual(['her-beta', 'moon-beta']);
    const byFilm = reviewListResponseSchema.parse(await (await get('/api/reviews?film=moon-2009')).json());
    expect(byFilm.items.map((r) => r.slug)).toEqual(['moon-beta']);
  });

  it('searches title, summary and body; all terms must match; accents fold', async () => {
    const search = async (q: string) =>
      reviewListResponseSchema
        .parse(await (await get(`/api/reviews?q=${encodeURIComponent(q)}`)).json())
        .items.map((r) => r.slug);
    expect(await search('robot')).toEqual(['moon-beta']);
    expect(await search('amelie')).toEqual(['her-alpha']);
    expect(await search('letters strangers')).toEqual(['her-alpha']);
    expect(await search('letters robot')).toEqual([]);
    expect(await search('"love story"')).toEqual(['her-beta']);
  });

  it('pages, and sorts oldest first on request', async () => {
    const page2 = reviewListResponseSchema.parse(
      await (await get('/api/reviews?pageSize=2&page=2&sort=oldest')).json(),
    );
    expect(page2.items.map((r) => r.slug)).toEqual(['her-beta']);
    expect(page2).toMatchObject({ total: 3, page: 2, pageCount: 2 });
  });

  it('ignores malformed and unknown parameters instead of failing', async () => {
    const response = await get('/api/reviews?page=abc&pageSize=-4&sort=sideways&bogus=1');
    expect(response.status).toBe(200);
    const body = reviewListResponseSchema.parse(await response.json());
    expect(body).toMatchObject({ page: 1, total: 3 });
    expect(body.items[0]?.slug).toBe('her-beta');
  });
});

describe('GET /api/reviews/:slug', () => {
  it('returns the detail with publication, reading time and resolvable related reviews only', async () => {
    const detail = reviewDetailSchema.parse(await (await get('/api/reviews/her-alpha')).json());
    expect(detail.publication.name).toBe('Alpha Review');
    expect(detail.related.map((r) => r.slug)).toEqual(['moon-beta']);
    expect(detail.readingMinutes).toBe(1);
    expect(detail).not.toHaveProperty('lastCommentNumber');
  });

  it('answers 404 with a problem body for an unknown slug', async () => {
    const problem = await expectProblem(await get('/api/reviews/no-such-review'), 404);
    expect(problem.detail).toContain('no-such-review');
  });
});

describe('facets', () => {
  it('counts tags case-insensitively, publications and films', async () => {
    const tags = facetsResponseSchema.parse(await (await get('/api/tags')).json()).items;
    expect(tags.find((t) => t.value.toLowerCase() === 'romance')?.count).toBe(2);
    const pubs = facetsResponseSchema.parse(await (await get('/api/publications')).json()).items;
    expect(pubs).toEqual([
      { value: 'beta-blog', label: 'Beta Blog', count: 2 },
      { value: 'alpha-review', label: 'Alpha Review', count: 1 },
    ]);
    const films = facetsResponseSchema.parse(await (await get('/api/films')).json()).items;
    expect(films[0]).toEqual({ value: 'her-2013', label: 'Her (2013)', count: 2 });
  });
});

describe('system', () => {
  it('reports the storage in use', async () => {
    const status = statusResponseSchema.parse(await (await get('/api/status')).json());
    expect(status).toMatchObject({ storage: 'memory', notice: null });
    expect(status.seedVersion).toBeGreaterThan(0);
  });

  it('reset restores the content after a change', async () => {
    await backend.store.write(async (tx) => {
      await tx.delete('reviews', 'r-moon-beta');
    });
    expect(reviewListResponseSchema.parse(await (await get('/api/reviews')).json()).total).toBe(2);
    const reset = resetResponseSchema.parse(await (await post('/api/demo/reset', '{}')).json());
    expect(reset).toEqual({ ok: true, reviews: 3, comments: 0 });
    expect(reviewListResponseSchema.parse(await (await get('/api/reviews')).json()).total).toBe(3);
  });

  it('rejects malformed JSON, unknown fields and oversize bodies with the right status', async () => {
    expect((await expectProblem(await post('/api/demo/reset', '{not json'), 400)).code).toBe(
      'malformed-json',
    );
    const unknown = await expectProblem(await post('/api/demo/reset', '{"everything":true}'), 400);
    expect(unknown.errors).toBeDefined();
    await expectProblem(await post('/api/demo/reset', JSON.stringify({ x: 'a'.repeat(70_000) })), 413);
  });

  it('answers 404 for unknown API routes', async () => {
    const problem = await expectProblem(await get('/api/nothing-here'), 404);
    expect(problem.code).toBe('no-route');
  });
});
