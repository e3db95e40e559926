import type { Publication } from '../../src/contract/reviews';
import { hashPassword } from '../domain/accounts';
import type { DemoContent } from '../domain/demo';
import type { CredentialRecord, ReviewRow, UserRecord } from '../store/types';

/** Small, hand-checked content for backend tests: fast, and every number is known. */
export const fixturePublications: Publication[] = [
  { slug: 'alpha-review', name: 'Alpha Review', kind: 'genre-site', description: 'A genre site.' },
  { slug: 'beta-blog', name: 'Beta Blog', kind: 'blog', description: 'A personal blog.' },
];

export const fixtureUsers: UserRecord[] = [
  {
    id: 'u-critic',
    username: 'critic',
    displayName: 'Cora Critic',
    role: 'author',
    joinedAt: '2012-01-01T00:00:00.000Z',
  },
  {
    id: 'u-reader',
    username: 'reader',
    displayName: 'Rory Reader',
    role: 'reader',
    joinedAt: '2012-02-01T00:00:00.000Z',
  },
  {
    id: 'u-mod',
    username: 'mod',
    displayName: 'Moe Moderator',
    role: 'moderator',
    joinedAt: '2011-01-01T00:00:00.000Z',
  },
];

/** A review row with plausible defaults; tests name what they care about. */
export function fixtureReview(
  partial: Partial<ReviewRow> & Pick<ReviewRow, 'id' | 'slug' | 'title'>,
): ReviewRow {
  return {
    publicationSlug: 'alpha-review',
    author: { name: 'Cora Critic', userId: 'u-critic' },
    publishedAt: '2014-01-01T12:00:00.000Z',
    summary: `Summary of ${partial.title}.`,
    categories: [],
    tags: [],
    body: 'word '.repeat(460).trim(),
    film: {
      slug: 'her-2013',
      title: 'Her',
      year: 2013,
      runtimeMinutes: 126,
      countries: ['USA', 'China'],
      directors: ['Spike Jonze'],
      writers: ['Spike Jonze'],
    },
    credits: [{ role: 'Directed by', names: ['Spike Jonze'] }],
    cast: [{ actor: 'Joaquin Phoenix', character: 'Theodore Twombly' }],
    relatedSlugs: [],
    commentsOpen: true,
    commentCount: 0,
    lastCommentNumber: 0,
    ...partial,
  };
}

export const fixtureReviews: ReviewRow[] = [
  fixtureReview({
    id: 'r-her-alpha',
    slug: 'her-alpha',
    title: 'Her, and the voice in the machine',
    tags: ['Romance', 'Sci-Fi'],
    publishedAt: '2013-12-18T15:00:00.000Z',
    body: 'Theodore writes letters for strangers. Amélie is not in this film.',
    relatedSlugs: ['moon-beta', 'missing-slug'],
  }),
  fixtureReview({
    id: 'r-her-beta',
    slug: 'her-beta',
    title: 'Her (2013)',
    publicationSlug: 'beta-blog',
    tags: ['romance'],
    publishedAt: '2014-01-12T09:00:00.000Z',
    body: 'A love story in pastel, with a "love story" phrase inside.',
    commentsOpen: false,
  }),
  fixtureReview({
    id: 'r-moon-beta',
    slug: 'moon-beta',
    title: 'Moon',
    publicationSlug: 'beta-blog',
    tags: ['Sci-Fi'],
    publishedAt: '2010-05-01T09:00:00.000Z',
    body: 'Sam Bell is alone on the far side, with a robot for company.',
    film: {
      slug: 'moon-2009',
      title: 'Moon',
      year: 2009,
      runtimeMinutes: 97,
      countries: ['UK'],
      directors: ['Duncan Jones'],
      writers: ['Nathan Parker'],
    },
  }),
];

export function fixtureContent(): DemoContent {
  return {
    publications: structuredClone(fixturePublications),
    users: structuredClone(fixtureUsers),
    reviews: structuredClone(fixtureReviews),
    comments: [],
  };
}

/** The password of every fixture user in fixtureContentWithPasswords. */
export const FIXTURE_PASSWORD = 'fixture-password';

/**
 * fixtureContent where every fixture user can sign in with FIXTURE_PASSWORD.
 * Hashes once per call (about 50 ms a user), so call it once per test file.
 */
export async function fixtureContentWithPasswords(): Promise<() => DemoContent> {
  const credentials: CredentialRecord[] = await Promise.all(
    fixtureUsers.map(async (u) => ({
      userId: u.id,
      ...(await hashPassword(FIXTURE_PASSWORD)),
      updatedAt: '2012-01-01T00:00:00.000Z',
    })),
  );
  return () => ({ ...fixtureContent(), credentials: structuredClone(credentials) });
}
