import type { Publication } from '../../src/contract/reviews';

/** The five kinds of page in /work/shared/seeds, as invented publications. */
export const publications: Publication[] = [
  {
    slug: 'orbit-and-quill',
    name: 'Orbit & Quill',
    kind: 'genre-site',
    description:
      'Science fiction and fantasy in print and on screen: reviews, essays and long reader discussions where the critics answer back.',
  },
  {
    slug: 'nerd-signal',
    name: 'Nerd Signal',
    kind: 'pop-culture',
    description:
      'Films, television, games and comics, reviewed fast and argued about at length. Every review opens with a one-line verdict.',
  },
  {
    slug: 'pastel-frames',
    name: 'Pastel Frames',
    kind: 'blog',
    description:
      'A personal film diary by Juniper Hale, mostly about love stories, colour and the films that stay with you on the bus home.',
  },
  {
    slug: 'riverside-film-institute',
    name: 'Riverside Film Institute',
    kind: 'institute',
    description:
      'Programme notes for the screenings at the Riverside Film Institute: context, full credits and cast, and the members who chose the films.',
  },
  {
    slug: 'beastly-reels',
    name: 'Beastly Reels',
    kind: 'blog',
    description:
      'Rosa Quintero writes and draws about whatever is showing at the second-run cinema down the road.',
  },
];
