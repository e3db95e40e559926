import type { UserRecord } from '../store/types';

/**
 * Demo account holders. Every name here is invented. The five authors each
 * write for one publication and speak for their reviews in the discussions.
 */
export const users: UserRecord[] = [
  // Review authors, one per publication.
  {
    id: 'u-twrenfield',
    username: 'twrenfield',
    displayName: 'Tobias Wrenfield',
    role: 'author',
    joinedAt: '2011-04-02T10:00:00Z',
  },
  {
    id: 'u-priyacast',
    username: 'priyacast',
    displayName: 'Priya Castellano',
    role: 'author',
    joinedAt: '2012-09-14T16:30:00Z',
  },
  {
    id: 'u-juniperhale',
    username: 'juniperhale',
    displayName: 'Juniper Hale',
    role: 'author',
    joinedAt: '2012-02-20T20:15:00Z',
  },
  {
    id: 'u-itallis',
    username: 'itallis',
    displayName: 'Imogen Tallis',
    role: 'author',
    joinedAt: '2019-06-03T09:00:00Z',
  },
  {
    id: 'u-beastlyrosa',
    username: 'beastlyrosa',
    displayName: 'Rosa Quintero',
    role: 'author',
    joinedAt: '2013-03-11T12:45:00Z',
  },
  // Moderation.
  {
    id: 'u-mod-morgan',
    username: 'mod-morgan',
    displayName: 'Morgan Adeyemi',
    role: 'moderator',
    joinedAt: '2010-11-01T08:00:00Z',
  },
  // Readers.
  {
    id: 'u-nightbus42',
    username: 'nightbus42',
    displayName: 'Callum Reyes',
    role: 'reader',
    joinedAt: '2012-07-21T22:10:00Z',
  },
  {
    id: 'u-vintage-static',
    username: 'vintage-static',
    displayName: 'Ines Marchetti',
    role: 'reader',
    joinedAt: '2011-10-05T18:40:00Z',
  },
  {
    id: 'u-paperlantern',
    username: 'paperlantern',
    displayName: 'Hana Ishikawa-Moore',
    role: 'reader',
    joinedAt: '2013-01-29T07:55:00Z',
  },
  {
    id: 'u-quietcartographer',
    username: 'quietcartographer',
    displayName: 'Odile Brandt',
    role: 'reader',
    joinedAt: '2012-12-08T13:20:00Z',
  },
  {
    id: 'u-tinfoilhatter',
    username: 'tinfoilhatter',
    displayName: 'Gus Lindqvist',
    role: 'reader',
    joinedAt: '2013-06-17T19:05:00Z',
  },
  {
    id: 'u-kestrel-h',
    username: 'kestrel-h',
    displayName: 'Kestrel Hayward',
    role: 'reader',
    joinedAt: '2013-08-30T11:11:00Z',
  },
];

/** Account that writes for each publication (other seed files use it for their reviews' authors). */
export const authorsByPublication = {
  'orbit-and-quill': 'u-twrenfield',
  'nerd-signal': 'u-priyacast',
  'pastel-frames': 'u-juniperhale',
  'riverside-film-institute': 'u-itallis',
  'beastly-reels': 'u-beastlyrosa',
} as const satisfies Record<string, string>;
