import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  StoreError,
  type CommentRecord,
  type CompoundIndexName,
  type IndexPageQuery,
  type Indexes,
  type ReviewRow,
  type Store,
  type StoreTx,
  type UserRecord,
} from './types';

export function review(id: string, overrides: Partial<ReviewRow> = {}): ReviewRow {
  return {
    id,
    slug: `slug-${id}`,
    title: `Review ${id}`,
    publicationSlug: 'the-pub',
    author: { name: 'A. Critic', userId: null },
    publishedAt: '2024-01-02T03:04:05.000Z',
    summary: 'A summary.',
    categories: ['Reviews'],
    tags: ['drama'],
    body: 'Body *markdown*.',
    film: {
      slug: 'her-2013',
      title: 'Her',
      year: 2013,
      runtimeMinutes: 126,
      countries: ['United States'],
      directors: ['Spike Jonze'],
      writers: ['Spike Jonze'],
    },
    credits: [{ role: 'Director', names: ['Spike Jonze'] }],
    cast: [{ actor: 'Joaquin Phoenix', character: 'Theodore' }],
    relatedSlugs: [],
    commentsOpen: true,
    commentCount: 0,
    lastCommentNumber: 0,
    ...overrides,
  };
}

export function comment(
  id: string,
  reviewId: string,
  parentId: string | null,
  overrides: Partial<CommentRecord> = {},
): CommentRecord {
  return {
    id,
    reviewId,
    parentId,
    parentKey: parentId ?? '',
    number: 1,
    depth: parentId ? 1 : 0,
    author: { kind: 'guest', name: 'Guest' },
    body: `Comment ${id}`,
    createdAt: '2024-01-02T03:04:05.000Z',
    editedAt: null,
    deletedAt: null,
    clientId: `client-${id}`,
    replyCount: 0,
    descendantCount: 0,
    ...overrides,
  };
}

export function user(id: string, username: string): UserRecord {
  return { id, username, displayName: username, role: 'reader', joinedAt: '2024-01-01T00:00:00.000Z' };
}

export const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

/**
 * The contract every Store adapter must honour. Run it from each adapter's
 * test file with a factory that returns a fresh, empty store.
 */
export function runStoreSuite(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(() => {
      store.close();
    });

    /** A thread over two reviews: r1 has c1 (replies c2, c3; c3 has reply c4) and c5; r2 has d1. */
    const seedThread = () =>
      store.write(async (tx) => {
        await tx.put('reviews', review('r1'));
        await tx.put('reviews', review('r2'));
        // Put out of primary-key order on purpose: results come back in key order.
        await tx.put('comments', comment('c5', 'r1', null));
        await tx.put('comments', comment('c3', 'r1', 'c1'));
        await tx.put('comments', comment('c1', 'r1', null));
        await tx.put('comments', comment('c4', 'r1', 'c3', { depth: 2 }));
        await tx.put('comments', comment('c2', 'r1', 'c1'));
        await tx.put('comments', comment('d1', 'r2', null));
      });

    it('starts empty', async () => {
      const all = await store.read(async (tx) => ({
        reviews: await tx.getAll('reviews'),
        comments: await tx.getAll('comments'),
        meta: await tx.getAll('meta'),
      }));
      expect(all).toEqual({ reviews: [], comments: [], meta: [] });
    });

    it('round-trips a record through put and get, nested values included', async () => {
      const row = review('r1', { tags: ['a', 'b'], pullQuote: { text: 'Quote', attribution: 'Someone' } });
      await store.write((tx) => tx.put('reviews', row));
      const back = await store.read((tx) => tx.get('reviews', 'r1'));
      expect(back).toEqual(row);
      expect(back).not.toBe(row);
    });

    it('keys each table by its own primary key', async () => {
      await store.write(async (tx) => {
        await tx.put('publications', { slug: 'p1', name: 'Pub', kind: 'blog', description: 'D' });
        await tx.put('meta', { key: 'seedVersion', value: 3 });
        await tx.put('users', user('u1', 'ana'));
      });
      const got = await store.read(async (tx) => [
        await tx.get('publications', 'p1'),
        await tx.get('meta', 'seedVersion'),
        await tx.get('users', 'u1'),
      ]);
      expect(got).toEqual([
        { slug: 'p1', name: 'Pub', kind: 'blog', description: 'D' },
        { key: 'seedVersion', value: 3 },
        user('u1', 'ana'),
      ]);
    });

    it('answers undefined for a missing key', async () => {
      await store.write((tx) => tx.put('reviews', review('r1')));
      const [missing, otherTable] = await store.read(async (tx) => [
        await tx.get('reviews', 'nope'),
        await tx.get('comments', 'r1'),
      ]);
      expect(missing).toBeUndefined();
      expect(otherTable).toBeUndefined();
    });

    it('put replaces a record with the same primary key', async () => {
      await store.write((tx) => tx.put('reviews', review('r1', { title: 'Old' })));
      await store.write((tx) => tx.put('reviews', review('r1', { title: 'New' })));
      const all = await store.read((tx) => tx.getAll('reviews'));
      expect(all).toEqual([review('r1', { title: 'New' })]);
    });

    it('getAll returns every record of one table in primary-key order', async () => {
      await seedThread();
      const [comments, reviews] = await store.read(async (tx) => [
        await tx.getAll('comments'),
        await tx.getAll('reviews'),
      ]);
      expect(ids(comments)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'd1']);
      expect(ids(reviews)).toEqual(['r1', 'r2']);
    });

    it('getByIndex finds by a unique index, or answers undefined', async () => {
      await store.write(async (tx) => {
        await tx.put('reviews', review('r1', { slug: 'her' }));
        await tx.put('reviews', review('r2', { slug: 'heat' }));
        await tx.put('users', user('u1', 'ana'));
      });
      const got = await store.read(async (tx) => ({
        bySlug: await tx.getByIndex('reviews', 'bySlug', 'heat'),
        missingSlug: await tx.getByIndex('reviews', 'bySlug', 'nope'),
        byUsername: await tx.getByIndex('users', 'byUsername', 'ana'),
      }));
      expect(got.bySlug).toEqual(review('r2', { slug: 'heat' }));
      expect(got.missingSlug).toBeUndefined();
      expect(got.byUsername).toEqual(user('u1', 'ana'));
    });

    it('getAllByIndex and countByIndex select exactly the records with that key, in primary-key order', async () => {
      await seedThread();
      const got = await store.read(async (tx) => ({
        r1: ids(await tx.getAllByIndex('comments', 'byReview', 'r1')),
        r2: ids(await tx.getAllByIndex('comments', 'byReview', 'r2')),
        none: await tx.getAllByIndex('comments', 'byReview', 'r9'),
        countR1: await tx.countByIndex('comments', 'byReview', 'r1'),
        countNone: await tx.countByIndex('comments', 'byReview', 'r9'),
        byClient: (await tx.getByIndex('comments', 'byClientId', 'client-c4'))?.id,
      }));
      expect(got).toEqual({
        r1: ['c1', 'c2', 'c3', 'c4', 'c5'],
        r2: ['d1'],
        none: [],
        countR1: 5,
        countNone: 0,
        byClient: 'c4',
      });
    });

    it('the compound byParent index gives top-level comments with parentKey "" and the direct replies of one comment', async () => {
      await seedThread();
      const got = await store.read(async (tx) => ({
        topR1: ids(await tx.getAllByIndex('comments', 'byParent', ['r1', ''])),
        topR2: ids(await tx.getAllByIndex('comments', 'byParent', ['r2', ''])),
        repliesC1: ids(await tx.getAllByIndex('comments', 'byParent', ['r1', 'c1'])),
        repliesC3: ids(await tx.getAllByIndex('comments', 'byParent', ['r1', 'c3'])),
        wrongReview: await tx.getAllByIndex('comments', 'byParent', ['r2', 'c1']),
        countTopR1: await tx.countByIndex('comments', 'byParent', ['r1', '']),
        countRepliesC1: await tx.countByIndex('comments', 'byParent', ['r1', 'c1']),
        countLeaf: await tx.countByIndex('comments', 'byParent', ['r1', 'c2']),
        firstReplyC1: (await tx.getByIndex('comments', 'byParent', ['r1', 'c1']))?.id,
      }));
      expect(got).toEqual({
        topR1: ['c1', 'c5'],
        topR2: ['d1'],
        repliesC1: ['c2', 'c3'],
        repliesC3: ['c4'],
        wrongReview: [],
        countTopR1: 2,
        countRepliesC1: 2,
        countLeaf: 0,
        firstReplyC1: 'c2',
      });
    });

    it('indexes follow updates and deletes', async () => {
      await seedThread();
      await store.write(async (tx) => {
        // Move c2 to the top level and drop c3.
        await tx.put('comments', comment('c2', 'r1', null));
        await tx.delete('comments', 'c3');
      });
      const got = await store.read(async (tx) => ({
        top: ids(await tx.getAllByIndex('comments', 'byParent', ['r1', ''])),
        repliesC1: ids(await tx.getAllByIndex('comments', 'byParent', ['r1', 'c1'])),
        countR1: await tx.countByIndex('comments', 'byReview', 'r1'),
        byClientC3: await tx.getByIndex('comments', 'byClientId', 'client-c3'),
      }));
      expect(got).toEqual({ top: ['c1', 'c2', 'c5'], repliesC1: [], countR1: 4, byClientC3: undefined });
    });

    it('a write sees its own changes before it commits', async () => {
      await seedThread();
      const seen = await store.write(async (tx) => {
        await tx.put('comments', comment('c6', 'r1', 'c1'));
        await tx.delete('comments', 'c2');
        return {
          replies: ids(await tx.getAllByIndex('comments', 'byParent', ['r1', 'c1'])),
          count: await tx.countByIndex('comments', 'byReview', 'r1'),
          c6: (await tx.get('comments', 'c6'))?.id,
        };
      });
      expect(seen).toEqual({ replies: ['c3', 'c6'], count: 5, c6: 'c6' });
    });

    describe('unique indexes', () => {
      it('a duplicate byClientId rejects the write with a constraint error and keeps nothing of it', async () => {
        await seedThread();
        const attempt = store.write(async (tx) => {
          await tx.put('reviews', review('r3'));
          await tx.put('meta', { key: 'touched', value: true });
          await tx.put('comments', comment('c1', 'r1', null, { body: 'edited in the failed write' }));
          await tx.put('comments', comment('c9', 'r1', null, { clientId: 'client-c2' }));
        });
        await expect(attempt).rejects.toBeInstanceOf(StoreError);
        await expect(attempt).rejects.toMatchObject({ reason: 'constraint' });
        const after = await store.read(async (tx) => ({
          r3: await tx.get('reviews', 'r3'),
          touched: await tx.get('meta', 'touched'),
          c1: await tx.get('comments', 'c1'),
          c9: await tx.get('comments', 'c9'),
          owner: (await tx.getByIndex('comments', 'byClientId', 'client-c2'))?.id,
          count: await tx.countByIndex('comments', 'byReview', 'r1'),
        }));
        expect(after).toEqual({
          r3: undefined,
          touched: undefined,
          c1: comment('c1', 'r1', null),
          c9: undefined,
          owner: 'c2',
          count: 5,
        });
      });

      it('a violation dooms the write even when fn catches it', async () => {
        await seedThread();
        let caught: unknown;
        const attempt = store.write(async (tx) => {
          await tx.put('reviews', review('r3'));
          try {
            await tx.put('comments', comment('c9', 'r1', null, { clientId: 'client-c1' }));
          } catch (e) {
            caught = e;
          }
          return 'done';
        });
        await expect(attempt).rejects.toMatchObject({ reason: 'constraint' });
        expect(caught).toBeInstanceOf(StoreError);
        expect(await store.read((tx) => tx.get('reviews', 'r3'))).toBeUndefined();
      });

      it('duplicates within one write are rejected too', async () => {
        const attempt = store.write(async (tx) => {
          await tx.put('users', user('u1', 'ana'));
          await tx.put('users', user('u2', 'ana'));
        });
        await expect(attempt).rejects.toMatchObject({ reason: 'constraint' });
        expect(await store.read((tx) => tx.getAll('users'))).toEqual([]);
      });

      it('rejects a duplicate review slug', async () => {
        await store.write((tx) => tx.put('reviews', review('r1', { slug: 'her' })));
        await expect(
          store.write((tx) => tx.put('reviews', review('r2', { slug: 'her' }))),
        ).rejects.toMatchObject({
          reason: 'constraint',
        });
        expect(ids(await store.read((tx) => tx.getAll('reviews')))).toEqual(['r1']);
      });

      it('allows re-putting the same record, and reusing a key its owner gave up in the same write', async () => {
        await store.write(async (tx) => {
          await tx.put('users', user('u1', 'ana'));
          await tx.put('users', user('u2', 'bo'));
        });
        await store.write(async (tx) => {
          await tx.put('users', { ...user('u1', 'ana'), displayName: 'Ana' });
          await tx.put('users', user('u2', 'bob'));
          await tx.put('users', user('u3', 'bo'));
          await tx.delete('users', 'u1');
          await tx.put('users', user('u4', 'ana'));
        });
        const got = await store.read(async (tx) => ({
          ana: (await tx.getByIndex('users', 'byUsername', 'ana'))?.id,
          bo: (await tx.getByIndex('users', 'byUsername', 'bo'))?.id,
          bob: (await tx.getByIndex('users', 'byUsername', 'bob'))?.id,
          all: ids(await tx.getAll('users')),
        }));
        expect(got).toEqual({ ana: 'u4', bo: 'u3', bob: 'u2', all: ['u2', 'u3', 'u4'] });
      });

      it('a cleared table frees its unique keys within the same write', async () => {
        await store.write((tx) => tx.put('users', user('u1', 'ana')));
        await store.write(async (tx) => {
          await tx.clear('users');
          await tx.put('users', user('u2', 'ana'));
        });
        expect(ids(await store.read((tx) => tx.getAll('users')))).toEqual(['u2']);
      });
    });

    it('a write whose fn throws keeps nothing and rethrows the same error', async () => {
      await store.write((tx) => tx.put('meta', { key: 'counter', value: 1 }));
      const boom = new Error('boom');
      const attempt = store.write(async (tx) => {
        await tx.put('meta', { key: 'counter', value: 2 });
        await tx.put('reviews', review('r1'));
        await tx.delete('meta', 'counter');
        throw boom;
      });
      await expect(attempt).rejects.toBe(boom);
      const after = await store.read(async (tx) => ({
        counter: await tx.get('meta', 'counter'),
        reviews: await tx.getAll('reviews'),
      }));
      expect(after).toEqual({ counter: { key: 'counter', value: 1 }, reviews: [] });
    });

    it('write resolves with what fn returns, once the data is readable', async () => {
      const result = await store.write(async (tx) => {
        await tx.put('reviews', review('r1'));
        return { saved: 'r1' };
      });
      expect(result).toEqual({ saved: 'r1' });
      expect(await store.read((tx) => tx.get('reviews', 'r1'))).toEqual(review('r1'));
    });

    it('read resolves with what fn returns and rethrows what fn throws', async () => {
      expect(await store.read(async () => 42)).toBe(42);
      const oops = new Error('oops');
      await expect(
        store.read(async () => {
          throw oops;
        }),
      ).rejects.toBe(oops);
    });

    it('a read transaction cannot change data', async () => {
      await expect(store.read((tx) => tx.put('reviews', review('r1')))).rejects.toThrow();
      await expect(store.read((tx) => tx.clear('reviews'))).rejects.toThrow();
      expect(await store.read((tx) => tx.getAll('reviews'))).toEqual([]);
    });

    it('concurrent read-modify-write transactions lose no update', async () => {
      const increment = () =>
        store.write(async (tx) => {
          const current = await tx.get('meta', 'counter');
          const next = (typeof current?.value === 'number' ? current.value : 0) + 1;
          await tx.put('meta', { key: 'counter', value: next });
          return next;
        });
      const results = await Promise.all(Array.from({ length: 20 }, increment));
      expect([...results].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(await store.read((tx) => tx.get('meta', 'counter'))).toEqual({ key: 'counter', value: 20 });
    });

    it('a failed write between concurrent ones does not disturb them', async () => {
      const add = (id: string) => store.write((tx) => tx.put('reviews', review(id)));
      const bad = store.write(async (tx) => {
        await tx.put('reviews', review('bad'));
        throw new Error('no');
      });
      const outcomes = await Promise.allSettled([add('r1'), bad, add('r2')]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(ids(await store.read((tx) => tx.getAll('reviews')))).toEqual(['r1', 'r2']);
    });

    it('hands out copies: mutating a result or the put value does not change the store', async () => {
      const value = review('r1', { tags: ['a'] });
      await store.write(async (tx) => {
        await tx.put('reviews', value);
        await tx.put('comments', comment('c1', 'r1', null));
      });
      value.tags.push('mutated after put');
      value.title = 'mutated after put';

      await store.read(async (tx) => {
        const got = await tx.get('reviews', 'r1');
        if (got) got.tags.push('x');
        const [fromAll] = await tx.getAll('reviews');
        if (fromAll) fromAll.film.title = 'x';
        const bySlug = await tx.getByIndex('reviews', 'bySlug', 'slug-r1');
        if (bySlug) bySlug.title = 'x';
        const [fromIndex] = await tx.getAllByIndex('comments', 'byReview', 'r1');
        if (fromIndex) fromIndex.body = 'x';
      });
      const after = await store.read(async (tx) => ({
        review: await tx.get('reviews', 'r1'),
        comment: await tx.get('comments', 'c1'),
      }));
      expect(after).toEqual({ review: review('r1', { tags: ['a'] }), comment: comment('c1', 'r1', null) });
    });

    it('delete removes one record and ignores a missing key; clear empties one table only', async () => {
      await seedThread();
      await store.write(async (tx) => {
        await tx.delete('comments', 'c5');
        await tx.delete('comments', 'does-not-exist');
      });
      expect(ids(await store.read((tx) => tx.getAll('comments')))).toEqual(['c1', 'c2', 'c3', 'c4', 'd1']);
      expect(await store.read((tx) => tx.get('comments', 'c5'))).toBeUndefined();

      await store.write((tx) => tx.clear('comments'));
      const after = await store.read(async (tx) => ({
        comments: await tx.getAll('comments'),
        count: await tx.countByIndex('comments', 'byReview', 'r1'),
        reviews: ids(await tx.getAll('reviews')),
      }));
      expect(after).toEqual({ comments: [], count: 0, reviews: ['r1', 'r2'] });
    });

    it('reads see committed writes, and not the changes of a write that failed', async () => {
      await store.write((tx) => tx.put('meta', { key: 'k', value: 'first' }));
      expect(await store.read((tx) => tx.get('meta', 'k'))).toEqual({ key: 'k', value: 'first' });
      await store.write((tx) => tx.put('meta', { key: 'k', value: 'second' }));
      expect(await store.read((tx) => tx.get('meta', 'k'))).toEqual({ key: 'k', value: 'second' });
      await expect(
        store.write(async (tx) => {
          await tx.put('meta', { key: 'k', value: 'third' });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await store.read((tx) => tx.get('meta', 'k'))).toEqual({ key: 'k', value: 'second' });
    });

    it('handles a large thread through its indexes', async () => {
      const n = 2000;
      await store.write(async (tx) => {
        await tx.put('reviews', review('big'));
        const puts: Promise<void>[] = [];
        for (let i = 0; i < n; i++) {
          const id = `c${String(i).padStart(5, '0')}`;
          const parent = i < 10 ? null : `c${String(i % 10).padStart(5, '0')}`;
          puts.push(tx.put('comments', comment(id, 'big', parent)));
        }
        await Promise.all(puts);
      });
      const got = await store.read(async (tx) => ({
        total: await tx.countByIndex('comments', 'byReview', 'big'),
        top: (await tx.getAllByIndex('comments', 'byParent', ['big', ''])).length,
        underFirst: await tx.countByIndex('comments', 'byParent', ['big', 'c00000']),
        last: (await tx.getByIndex('comments', 'byClientId', `client-c0${n - 1}`))?.parentId,
      }));
      expect(got).toEqual({ total: n, top: 10, underFirst: (n - 10) / 10, last: 'c00009' });
    });

    describe('page reads of a compound index', () => {
      /**
       * r1's top level: numbers 1..9 with varied descendantCount, 4 and 8 deleted (8 keeps a
       * live reply below it), replies under n1; r0 and r2 around it so a prefix must not leak.
       */
      const seedPages = () =>
        store.write(async (tx) => {
          const top: [number, number, boolean][] = [
            [1, 2, false],
            [2, 0, false],
            [3, 5, false],
            [4, 0, true],
            [5, 2, false],
            [6, 0, false],
            [7, 5, false],
            [8, 1, true],
            [9, 0, false],
          ];
          const puts: Promise<void>[] = [];
          // Primary keys out of number order on purpose: the index orders by its key.
          for (const [number, descendantCount, deleted] of top)
            puts.push(
              tx.put(
                'comments',
                comment(`t${10 - number}`, 'r1', null, {
                  number,
                  descendantCount,
                  deletedAt: deleted ? `2024-01-0${number}T00:00:00.000Z` : null,
                }),
              ),
            );
          puts.push(tx.put('comments', comment('x1', 'r1', 't9', { number: 10 })));
          puts.push(tx.put('comments', comment('x2', 'r1', 't9', { number: 11 })));
          puts.push(tx.put('comments', comment('a1', 'r0', null, { number: 5 })));
          puts.push(tx.put('comments', comment('b1', 'r2', null, { number: 1 })));
          await Promise.all(puts);
        });
      const numbers = (rows: readonly CommentRecord[]) => rows.map((r) => r.number);
      /** The numbers of one page of a comments index. */
      const pageNumbers = async <I extends CompoundIndexName<'comments'>>(
        tx: StoreTx,
        index: I,
        query: IndexPageQuery<Indexes['comments'][I]>,
      ) => numbers(await tx.getPageByIndex('comments', index, query));

      it('reads a prefix in key order, forwards and backwards, from a keyset cursor, up to a limit', async () => {
        await seedPages();
        const got = await store.read(async (tx) => ({
          all: await pageNumbers(tx, 'byParentNumber', { prefix: ['r1', ''] }),
          first3: await pageNumbers(tx, 'byParentNumber', { prefix: ['r1', ''], limit: 3 }),
          after3: await pageNumbers(tx, 'byParentNumber', {
            prefix: ['r1', ''],
            after: ['r1', '', 3],
            limit: 3,
          }),
          newest: await pageNumbers(tx, 'byParentNumber', {
            prefix: ['r1', ''],
            direction: 'prev',
            limit: 4,
          }),
          before6: await pageNumbers(tx, 'byParentNumber', {
            prefix: ['r1', ''],
            after: ['r1', '', 6],
            direction: 'prev',
          }),
          replies: ids(await tx.getPageByIndex('comments', 'byParentNumber', { prefix: ['r1', 't9'] })),
          wholeReview: await pageNumbers(tx, 'byParentNumber', { prefix: ['r1'] }),
          exact: ids(await tx.getPageByIndex('comments', 'byParentNumber', { prefix: ['r1', '', 7] })),
          pastTheEnd: await tx.getPageByIndex('comments', 'byParentNumber', {
            prefix: ['r1', ''],
            after: ['r1', '', 9],
          }),
          nothing: await tx.getPageByIndex('comments', 'byParentNumber', { prefix: ['r9', ''] }),
          limitZero: await tx.getPageByIndex('comments', 'byParentNumber', { prefix: ['r1', ''], limit: 0 }),
        }));
        expect(got).toEqual({
          all: [1, 2, 3, 4, 5, 6, 7, 8, 9],
          first3: [1, 2, 3],
          after3: [4, 5, 6],
          newest: [9, 8, 7, 6],
          before6: [5, 4, 3, 2, 1],
          replies: ['x1', 'x2'],
          wholeReview: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
          exact: ['t3'],
          pastTheEnd: [],
          nothing: [],
          limitZero: [],
        });
      });

      it('a shorter cursor skips or keeps the keys it begins, by direction (the "replies" order walk)', async () => {
        await seedPages();
        const got = await store.read(async (tx) => ({
          // The most replies first: the last key of the prefix.
          top: await pageNumbers(tx, 'byParentDescendants', {
            prefix: ['r1', ''],
            direction: 'prev',
            limit: 1,
          }),
          // Within one descendantCount, by number.
          group5: await pageNumbers(tx, 'byParentDescendants', { prefix: ['r1', '', 5] }),
          group5After3: await pageNumbers(tx, 'byParentDescendants', {
            prefix: ['r1', '', 5],
            after: ['r1', '', 5, 3],
          }),
          // The largest key below the group of 5: the next group down (2), its highest number.
          belowGroup5: await pageNumbers(tx, 'byParentDescendants', {
            prefix: ['r1', ''],
            after: ['r1', '', 5],
            direction: 'prev',
            limit: 1,
          }),
          fromGroup2Up: await pageNumbers(tx, 'byParentDescendants', {
            prefix: ['r1', ''],
            after: ['r1', '', 2],
          }),
          belowPrefixItself: await tx.getPageByIndex('comments', 'byParentDescendants', {
            prefix: ['r1', ''],
            after: ['r1', ''],
            direction: 'prev',
          }),
        }));
        expect(got).toEqual({
          top: [7],
          group5: [3, 7],
          group5After3: [7],
          belowGroup5: [5],
          fromGroup2Up: [1, 5, 3, 7],
          belowPrefixItself: [],
        });
      });

      it('the deleted-comments index holds deleted comments only and counts a prefix without reading', async () => {
        await seedPages();
        const got = await store.read(async (tx) => ({
          deleted: await pageNumbers(tx, 'byParentDeleted', { prefix: ['r1', ''] }),
          unlisted: await tx.countByIndexPrefix('comments', 'byParentDeleted', ['r1', '', 0]),
          deletedTop: await tx.countByIndexPrefix('comments', 'byParentDeleted', ['r1', '']),
          topLevel: await tx.countByIndexPrefix('comments', 'byParentNumber', ['r1', '']),
          wholeReview: await tx.countByIndexPrefix('comments', 'byParentNumber', ['r1']),
          everything: await tx.countByIndexPrefix('comments', 'byParentNumber', []),
          none: await tx.countByIndexPrefix('comments', 'byParentNumber', ['r9']),
        }));
        expect(got).toEqual({
          deleted: [4, 8],
          unlisted: 1,
          deletedTop: 2,
          topLevel: 9,
          wholeReview: 11,
          everything: 13,
          none: 0,
        });
      });

      it('follows writes, within the write that made them too', async () => {
        await seedPages();
        const inside = await store.write(async (tx) => {
          const t8 = await tx.get('comments', 't8');
          if (!t8) throw new Error('seed missing t8');
          // A reply to number 2: it moves from the group of 0 to the group of 1.
          await tx.put('comments', { ...t8, descendantCount: 1 });
          await tx.delete('comments', 't3');
          return {
            group1: await pageNumbers(tx, 'byParentDescendants', { prefix: ['r1', '', 1] }),
            top: await pageNumbers(tx, 'byParentNumber', { prefix: ['r1', ''] }),
          };
        });
        expect(inside).toEqual({ group1: [2, 8], top: [1, 2, 3, 4, 5, 6, 8, 9] });
        const after = await store.read((tx) =>
          pageNumbers(tx, 'byParentDescendants', { prefix: ['r1', '', 0] }),
        );
        expect(after).toEqual([4, 6, 9]);
      });

      it('rejects a cursor outside its prefix', async () => {
        await seedPages();
        await expect(
          store.read((tx) =>
            tx.getPageByIndex('comments', 'byParentNumber', { prefix: ['r1', ''], after: ['r2', '', 1] }),
          ),
        ).rejects.toThrow(/prefix/);
      });

      it('pages through a large range by keyset cursor, each page a bounded read', async () => {
        const n = 1500;
        // Deterministic pseudo-random descendantCounts, numbers posted out of primary-key order.
        const dc = (i: number) => ((i * 7919) % 13 === 0 ? 3 : (i * 104729) % 5);
        await store.write(async (tx) => {
          const puts: Promise<void>[] = [];
          for (let i = 1; i <= n; i++)
            puts.push(
              tx.put(
                'comments',
                comment(`k${(i * 37) % 9973}-${i}`, 'big', null, { number: i, descendantCount: dc(i) }),
              ),
            );
          await Promise.all(puts);
        });
        const expected = Array.from({ length: n }, (_, k) => k + 1).sort((a, b) => dc(b) - dc(a) || a - b);
        // Walk the "replies" order 50 at a time: group by group, ascending numbers within one.
        const walked = await store.read(async (tx) => {
          const out: number[] = [];
          const [top] = await tx.getPageByIndex('comments', 'byParentDescendants', {
            prefix: ['big', ''],
            direction: 'prev',
            limit: 1,
          });
          let group = top?.descendantCount;
          let afterNumber: number | undefined;
          while (group !== undefined) {
            const page = await tx.getPageByIndex('comments', 'byParentDescendants', {
              prefix: ['big', '', group],
              ...(afterNumber === undefined ? {} : { after: ['big', '', group, afterNumber] }),
              limit: 50,
            });
            expect(page.length).toBeLessThanOrEqual(50);
            out.push(...numbers(page));
            const last = page.at(-1);
            if (page.length === 50 && last) {
              afterNumber = last.number;
              continue;
            }
            const [below] = await tx.getPageByIndex('comments', 'byParentDescendants', {
              prefix: ['big', ''],
              after: ['big', '', group],
              direction: 'prev',
              limit: 1,
            });
            group = below?.descendantCount;
            afterNumber = undefined;
          }
          return out;
        });
        expect(walked).toEqual(expected);
      });
    });

    it('rejects reads and writes after close', async () => {
      store.close();
      await expect(store.read((tx) => tx.getAll('reviews'))).rejects.toBeInstanceOf(StoreError);
      await expect(store.write((tx) => tx.put('reviews', review('r1')))).rejects.toBeInstanceOf(StoreError);
    });
  });
}
