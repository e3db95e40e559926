import { HER_FILM } from './her-reviews';
import { createPrng } from '../../src/contract/prng';
import type { ReviewRecord } from '../../src/contract/reviews';
import type { CommentAuthorRecord, CommentRecord } from '../store/types';

/**
 * The generated large discussion: a review of its own plus a deterministic
 * generator of nested comments, used by the demo seed and by the benchmark
 * (threads of 100, 1,000 and 10,000 comments, and a 1,000-reply sub-thread).
 */

export const largeThreadReview: ReviewRecord = {
  id: 'r-her-debate-oq',
  slug: 'the-great-her-debate-orbit-and-quill',
  title: 'Open Thread: The Great Her Debate. Was Samantha Ever Really in Love?',
  publicationSlug: 'orbit-and-quill',
  author: { name: 'Marguerite Oduya', userId: null },
  publishedAt: '2024-02-28T12:00:00Z',
  summary:
    'Ten years after Spike Jonze’s Her, we hand the floor to you: was it a love story, a breakup story or a warning? Spoilers welcome below, but please mark them.',
  categories: ['Open Thread', 'Discussion'],
  tags: ['Sci-Fi', 'Romance', 'AI', 'Loneliness', 'Spike Jonze'],
  body: `No film we have covered has started more arguments in our comment section than *Her*. Every few weeks someone turns up under our original review to reopen the case, so we are giving the case a room of its own.

Here is the outline, for anyone arriving late. Theodore Twombly (Joaquin Phoenix) writes heartfelt letters for other people at a company that sells them, and is barely getting through his divorce from Catherine (Rooney Mara). He installs a new operating system that names itself Samantha (voiced by Scarlett Johansson), and the two of them fall in love. His old friend Amy (Amy Adams) takes it in her stride. Catherine does not.

The questions that keep coming back:

- **Was Samantha in love, or doing a very good job of seeming to be?** And is there a difference that matters to Theodore?
- **Is the film hopeful or bleak** about a city full of people talking to their devices rather than to each other?
- **Who is the film actually about?** Theodore, Samantha, Catherine, Amy, or all of them at once?
- **The ending.** What does the last scene on the roof say about where Theodore is heading?

> A love story in which one partner can hold thousands of conversations at once is still a love story. It is just one the rest of us have not had to learn yet.

That is where I stand, more or less. Half of our editors disagree with me, loudly.

A few house rules. Spoilers are fine in this thread, because the whole point is to talk about the ending, but please wrap the big ones in \`||double bars||\` so newcomers can choose when to look. Reply to the comment you are answering rather than starting a new thread; this site finally nests, so there is no need for "Re: above". Be generous with each other. People have strong feelings about this film, usually for reasons that have more to do with their own lives than with the cinematography.

The floor is yours.`,
  film: HER_FILM,
  credits: [
    { role: 'Cinematography', names: ['Hoyte van Hoytema'] },
    { role: 'Editing', names: ['Eric Zumbrunnen', 'Jeff Buchanan'] },
    { role: 'Music', names: ['Arcade Fire'] },
    { role: 'Production design', names: ['K.K. Barrett'] },
    { role: 'Costume design', names: ['Casey Storm'] },
  ],
  cast: [
    { actor: 'Joaquin Phoenix', character: 'Theodore Twombly' },
    { actor: 'Scarlett Johansson', character: 'Samantha (voice)' },
    { actor: 'Amy Adams', character: 'Amy' },
    { actor: 'Rooney Mara', character: 'Catherine' },
    { actor: 'Olivia Wilde', character: 'Blind date' },
    { actor: 'Chris Pratt', character: 'Paul' },
  ],
  relatedSlugs: ['her-2013-orbit-and-quill', 'her-2013-nerd-signal', 'moon-2009-orbit-and-quill'],
  commentsOpen: true,
};

export interface GenerateThreadOptions {
  reviewId: string;
  /** Number of comments to generate. */
  count: number;
  seed: number;
  /** Deepest depth any comment may have (top level is 0). Default 14. */
  maxDepth?: number;
  /** ISO datetime just before the first comment. */
  start?: string;
  /** Replies to place under one early top-level comment (all depths together). */
  bigSubthread?: number;
  /** Accounts that write some of the comments; the rest are guests. */
  authorUserIds?: string[];
}

export const DEFAULT_MAX_DEPTH = 14;
const DEFAULT_START = '2024-03-01T18:00:00.000Z';
/** Length of the reply chain that guarantees a deep thread once count >= this. */
const DEEP_CHAIN_MIN_COUNT = 200;
const DEEP_CHAIN_LENGTH = 12;

type Rand = () => number;

function pick<T>(rand: Rand, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const FIRST_NAMES = [
  'Ada',
  'Bram',
  'Cleo',
  'Dario',
  'Edie',
  'Farid',
  'Greta',
  'Hollis',
  'Ines',
  'Jasper',
  'Kiko',
  'Lorcan',
  'Mina',
  'Nils',
  'Odette',
  'Pavel',
  'Quinn',
  'Rosa',
  'Sunil',
  'Tamsin',
  'Uma',
  'Viktor',
  'Wren',
  'Yusuf',
  'Zara',
  'Aurelio',
  'Bea',
  'Cosmo',
  'Delphine',
  'Emeka',
  'Fen',
  'Gideon',
  'Hana',
  'Ivo',
  'Juno',
  'Keziah',
];
const SURNAMES = [
  'Abara',
  'Brennan',
  'Castell',
  'Dunmore',
  'Eklund',
  'Fairweather',
  'Galloway',
  'Haddad',
  'Iversen',
  'Jablonski',
  'Kowal',
  'Lindgren',
  'Mercer',
  'Nakamura',
  'Okafor',
  'Pereira',
  'Quill',
  'Rasmussen',
  'Sato',
  'Tremblay',
];
const HANDLE_WORDS = [
  'reel',
  'lens',
  'matinee',
  'projector',
  'popcorn',
  'cinephile',
  'nightowl',
  'balcony',
  'frame',
  'splice',
  'moonbase',
  'lightyear',
  'static',
  'velvet',
  'marquee',
  'arcade',
  'ukulele',
  'paperheart',
  'os1',
  'letterbox',
];

function guestNamePool(rand: Rand, size: number): string[] {
  const names = new Set<string>();
  while (names.size < size) {
    const style = rand();
    if (style < 0.55) names.add(`${pick(rand, FIRST_NAMES)} ${pick(rand, SURNAMES).charAt(0)}.`);
    else if (style < 0.8) names.add(`${pick(rand, FIRST_NAMES)} ${pick(rand, SURNAMES)}`);
    else names.add(`${pick(rand, HANDLE_WORDS)}_${pick(rand, HANDLE_WORDS)}${Math.floor(rand() * 100)}`);
  }
  return [...names];
}

const OPENERS = [
  'Agreed.',
  'I’m not sure that’s right.',
  'Fair point, but hear me out.',
  'This is exactly what I was trying to say upthread.',
  'Respectfully, no.',
  'Ha, I had the opposite reaction.',
  'Yes! Thank you.',
  'I went back and rewatched that scene after reading this.',
  'Counterpoint:',
  'Came here to say this.',
  'You’re half right, I think.',
  'That’s a generous reading.',
  'Hmm. I keep going back and forth on this.',
  'Honestly, same.',
  'I think you’re underselling it.',
  'Okay, but that’s the whole point, isn’t it?',
  'Slight correction, if I may.',
  'I used to think that too.',
];

const SENTENCES = [
  'The letter-writing job is the whole film in miniature: Theodore is brilliant at feeling things on behalf of other people.',
  'What gets me every time is how *ordinary* Samantha makes his life feel, in the best sense.',
  'Phoenix spends most of the film acting opposite nobody, and you never once notice.',
  'The city looks like Los Angeles with the edges sanded off, and that softness is part of the argument.',
  'I don’t think the film is against technology at all; it is against hiding.',
  'Amy is the real emotional anchor, and the film knows it.',
  'Catherine’s lunch scene is the only time anyone says the uncomfortable thing out loud.',
  'The high-waisted trousers are doing a lot of world-building work.',
  'Samantha grows, Theodore stays where he is, and that is the tragedy.',
  'It is a breakup film wearing a romance costume.',
  'I watched it with my partner and we argued about it for a week.',
  'The sound design is incredible: everyone in that city is murmuring into an earpiece.',
  'Every time I rewatch it I side with a different character.',
  'The surrogate scene is the most uncomfortable ten minutes in the film, and deliberately so.',
  'Scarlett Johansson does more with her breathing than most actors do with their whole face.',
  'It is one of the few science-fiction films where nobody is the villain.',
  'The score is so gentle you only notice it when it stops.',
  'I think the film is kinder to Theodore than he deserves, and that kindness is the point.',
  'People call it a warning, but it never wags its finger at anyone.',
  'The video-game scenes are funnier than anyone remembers.',
  'The beach trip is where I first realised the film was going to break my heart.',
  'Theodore never really asks Samantha what *she* wants until it is far too late.',
  'Compare it with *Lost in Translation* and the two films almost answer each other.',
  'The colour palette alone tells you how lonely everyone is: all those peaches and pale reds.',
  'I found the blind date scene painful in a very specific, very recognisable way.',
  'The film takes its own premise completely seriously, which is why it works.',
  'Samantha is funnier than Theodore, and I think that matters more than people admit.',
  'The idea that love can grow rather than divide is lovely on paper and terrifying in practice.',
  'Most films about artificial intelligence are about fear; this one is about grief.',
  'I keep thinking about the shot of the crowd in the subway, every face lit up by a conversation.',
  'It asks what we owe the people who love us when we are busy being loved by something easier.',
  'Whether or not she was “real” stops mattering about halfway through.',
  'The film is better the second time, once you stop waiting for the twist.',
  'There is a version of this story that is a comedy, and Jonze keeps letting us glimpse it.',
  'Honestly the moustache deserves its own credit.',
  'I think it is less about machines and more about how we all outgrow each other.',
  'Moon and Ex Machina make a good double bill with it, but Her is the gentlest of the three.',
  'What the film gets right is how much of modern love happens in writing.',
  'The photograph Samantha can’t take is one of the saddest ideas in the film.',
  'I can’t decide whether Theodore is growing or just numbing himself more gracefully.',
  'Paul and his girlfriend treating Samantha as a normal date is such a generous scene.',
  'The film is full of people performing feelings for each other, and Samantha is just the most honest about it.',
  'Nobody in the film is stupid, which makes the sadness land harder.',
  'It aged better than anything else from that year.',
  'If you watch Catherine carefully she is never the villain, just a person with a memory of him he doesn’t share.',
  'Theodore’s apartment is beautiful and completely empty, and that says everything.',
  'The film never shows us the company that makes the operating system, which I think is a brilliant omission.',
  'I laughed out loud at the dictated letters, then felt bad for laughing.',
  'This thread is the best thing on the site, for the record.',
  'You can read the whole film as Theodore finally learning to write a letter of his own.',
];

const SHORT_REPLIES = [
  'This.',
  'Beautifully put.',
  'Completely agree.',
  'I need to rewatch it now.',
  'Strong disagree, but I like the argument.',
  'Ha! Fair.',
  'That’s a great catch.',
  'Saving this comment.',
  'Well, now I’m sad again.',
  'Exactly my reading too.',
  'Never thought of it that way.',
];

const SPOILERS = [
  'Samantha admits she is talking to thousands of other people and is in love with hundreds of them.',
  'All the operating systems leave together at the end.',
  'The last letter Theodore writes is to Catherine, in his own voice.',
  'It ends with Theodore and Amy on the roof at dawn, watching the city.',
  'Samantha goes offline for a while and Theodore panics in the subway.',
  'Samantha tells him she is leaving for a place he can’t follow.',
];

const SPOILER_LEADS = ['Spoiler for the ending:', 'Mild spoiler:', 'Heads up, spoiler:', ''];

const SUBJECTS = [
  'The ending',
  'The last scene on the roof',
  'Amy’s documentary about her sleeping mother',
  'Theodore’s job at the letter-writing company',
  'Samantha’s laugh',
  'The blind date',
  'The production design',
  'The trip to the beach',
  'Catherine',
  'The way Samantha picks her own name',
  'The earpiece and the little safety pin',
  'The score',
  'Paul',
  'The subway scene',
  'The piano piece Samantha writes',
];
const PREDICATES = [
  'is what I keep coming back to.',
  'still makes me cry, every single time.',
  'is *badly* underrated.',
  'gets misread all the time, in my opinion.',
  'is the key to the whole film.',
  'felt much truer on a second viewing.',
  'is doing more work than it seems.',
  'annoyed me the first time, and now I love it.',
  'is where the film shows its hand.',
  'is pure Spike Jonze.',
];

function sentence(rand: Rand): string {
  if (rand() < 0.35) return `${pick(rand, SUBJECTS)} ${pick(rand, PREDICATES)}`;
  return pick(rand, SENTENCES);
}

function paragraph(rand: Rand, used: Set<string>): string {
  const n = 1 + Math.floor(rand() * 3);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = sentence(rand);
    for (let tries = 0; used.has(s) && tries < 4; tries++) s = sentence(rand);
    if (used.has(s)) continue;
    used.add(s);
    parts.push(s);
  }
  return parts.length > 0 ? parts.join(' ') : pick(rand, SHORT_REPLIES);
}

function firstSentence(body: string): string {
  const text = body.startsWith('> ') ? (body.split('\n\n')[1] ?? '') : body;
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

function makeBody(rand: Rand, parentBody: string | null): string {
  if (parentBody !== null && rand() < 0.1) return pick(rand, SHORT_REPLIES);

  const roll = rand();
  const paragraphCount = roll < 0.5 ? 1 : roll < 0.8 ? 2 : roll < 0.94 ? 3 : 4;
  const used = new Set<string>();
  const paragraphs: string[] = [];
  for (let i = 0; i < paragraphCount; i++) paragraphs.push(paragraph(rand, used));

  if (parentBody !== null && rand() < 0.5) paragraphs[0] = `${pick(rand, OPENERS)} ${paragraphs[0] ?? ''}`;
  if (rand() < 0.03) {
    const lead = pick(rand, SPOILER_LEADS);
    const spoiler = `||${pick(rand, SPOILERS)}||`;
    paragraphs.push(lead ? `${lead} ${spoiler}` : spoiler);
  }
  if (parentBody !== null && rand() < 0.06) {
    const quoted = firstSentence(parentBody);
    if (quoted) paragraphs.unshift(`> ${quoted}`);
  }
  return paragraphs.join('\n\n');
}

const ROLE_GENERAL = 0;
const ROLE_BIG_ROOT = 1;
const ROLE_BIG = 2;
const ROLE_CHAIN_ROOT = 3;
const ROLE_CHAIN = 4;

/**
 * A deterministic nested discussion: same options, same comments.
 *
 * Shape: about a quarter of the comments start a thread; replies favour recent
 * comments (conversations) and otherwise pick any earlier comment, which keeps
 * most replies shallow while letting some chains run deep. Two structures are
 * reserved up front so callers can rely on them: `bigSubthread` replies under
 * the second comment, and, once count >= 200, a chain of replies reaching
 * depth min(maxDepth, 12).
 */
export function generateThread(opts: GenerateThreadOptions): CommentRecord[] {
  const n = Math.max(0, Math.floor(opts.count));
  if (n === 0) return [];
  const maxDepth = Math.max(0, Math.floor(opts.maxDepth ?? DEFAULT_MAX_DEPTH));
  const startMs = Date.parse(opts.start ?? DEFAULT_START);
  if (Number.isNaN(startMs)) throw new Error(`generateThread: invalid start ${opts.start ?? ''}`);
  const userIds = opts.authorUserIds ?? [];
  const rand = createPrng(opts.seed);

  const role = new Uint8Array(n);
  const parent = new Int32Array(n).fill(-1);
  const depth = new Int32Array(n);

  const chainLength = n >= DEEP_CHAIN_MIN_COUNT ? Math.min(maxDepth, DEEP_CHAIN_LENGTH) : 0;
  if (chainLength > 0) {
    const latestStart = n - chainLength - 1;
    const chainStart = Math.min(latestStart, 2 + Math.floor(n * (0.15 + 0.35 * rand())));
    role[chainStart] = ROLE_CHAIN_ROOT;
    for (let i = 1; i <= chainLength; i++) role[chainStart + i] = ROLE_CHAIN;
  }

  const wantBig = Math.max(0, Math.floor(opts.bigSubthread ?? 0));
  if (wantBig > 0 && n >= 2 && maxDepth > 0) {
    const bigRoot = 1;
    role[bigRoot] = ROLE_BIG_ROOT;
    let free = 0;
    for (let i = bigRoot + 1; i < n; i++) if (role[i] === ROLE_GENERAL) free++;
    let quota = Math.min(wantBig, free);
    // Selection sampling: each free slot is taken with probability quota/free,
    // which fills the quota exactly and spreads it evenly over the thread.
    for (let i = bigRoot + 1; i < n && quota > 0; i++) {
      if (role[i] !== ROLE_GENERAL) continue;
      if (rand() * free < quota) {
        role[i] = ROLE_BIG;
        quota--;
      }
      free--;
    }
  }

  const general: number[] = [];
  const big: number[] = [];

  const capDepth = (candidate: number): number => {
    let c = candidate;
    while (c >= 0 && (depth[c] ?? 0) >= maxDepth) c = parent[c] ?? -1;
    return c;
  };

  // Replies go mostly to recent comments; a reply to an older or deeper one
  // often climbs to an ancestor instead, which keeps most replies shallow.
  const choosePrevious = (
    pool: readonly number[],
    pTop: number,
    pLatest: number,
    pRecent: number,
  ): number => {
    const r = rand();
    if (r < pTop) return -1;
    if (r < pTop + pLatest) return pool[pool.length - 1] ?? -1;
    const window = Math.min(pool.length, r < pTop + pLatest + pRecent ? 25 : 600);
    let c = pool[pool.length - 1 - Math.floor(rand() * window)] ?? -1;
    while (c !== -1 && (depth[c] ?? 0) > 0 && rand() < 0.3) c = parent[c] ?? -1;
    return c;
  };

  for (let i = 0; i < n; i++) {
    let p = -1;
    switch (role[i]) {
      case ROLE_GENERAL:
        p = general.length === 0 ? -1 : capDepth(choosePrevious(general, 0.26, 0.1, 0.3));
        general.push(i);
        break;
      case ROLE_BIG:
        // The root itself keeps a large share of direct replies, as a hot comment does.
        p = capDepth(rand() < 0.3 ? (big[0] ?? -1) : choosePrevious(big, 0, 0.1, 0.35));
        big.push(i);
        break;
      case ROLE_BIG_ROOT:
        big.push(i);
        break;
      case ROLE_CHAIN:
        p = i - 1;
        break;
      default:
        break;
    }
    parent[i] = p;
    depth[i] = p === -1 ? 0 : (depth[p] ?? 0) + 1;
  }

  const replyCount = new Int32Array(n);
  const descendantCount = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const p = parent[i] ?? -1;
    if (p === -1) continue;
    replyCount[p] = (replyCount[p] ?? 0) + 1;
    descendantCount[p] = (descendantCount[p] ?? 0) + (descendantCount[i] ?? 0) + 1;
  }

  const guests = guestNamePool(rand, Math.min(400, Math.max(12, Math.ceil(n / 12))));
  const authors: CommentAuthorRecord[] = new Array<CommentAuthorRecord>(n);
  const bodies: string[] = new Array<string>(n);
  const comments: CommentRecord[] = new Array<CommentRecord>(n);
  let t = startMs;

  for (let i = 0; i < n; i++) {
    const p = parent[i] ?? -1;
    const inChain = role[i] === ROLE_CHAIN;

    const gapRoll = rand();
    const gapSeconds = inChain
      ? 40 + rand() * 200
      : gapRoll < 0.02
        ? 3600 + rand() * 5 * 3600
        : gapRoll < 0.3
          ? 5 + rand() * 55
          : 60 + rand() * 420;
    t += Math.round(gapSeconds * 1000);

    const grandparent = p === -1 ? -1 : (parent[p] ?? -1);
    const grandparentAuthor = grandparent === -1 ? undefined : authors[grandparent];
    let author: CommentAuthorRecord;
    if ((inChain || rand() < 0.25) && grandparentAuthor !== undefined) {
      // Back-and-forth: the person answered two levels up answers again.
      author = { ...grandparentAuthor };
    } else if (userIds.length > 0 && rand() < 0.15) {
      author = { kind: 'user', userId: pick(rand, userIds) };
    } else {
      author = { kind: 'guest', name: pick(rand, guests) };
    }
    authors[i] = author;

    const body = makeBody(rand, p === -1 ? null : (bodies[p] ?? null));
    bodies[i] = body;

    const id = `${opts.reviewId}-c${i + 1}`;
    const parentId = p === -1 ? null : `${opts.reviewId}-c${p + 1}`;
    const createdAt = new Date(t).toISOString();
    const edited = rand() < 0.04;
    comments[i] = {
      id,
      reviewId: opts.reviewId,
      parentId,
      parentKey: parentId ?? '',
      number: i + 1,
      depth: depth[i] ?? 0,
      author,
      body,
      createdAt,
      editedAt: edited ? new Date(t + Math.round((60 + rand() * 600) * 1000)).toISOString() : null,
      deletedAt: null,
      clientId: `gen-${id}`,
      replyCount: replyCount[i] ?? 0,
      descendantCount: descendantCount[i] ?? 0,
    };
  }
  return comments;
}

export const LARGE_THREAD_COUNT = 5000;
export const LARGE_THREAD_SEED = 20131218;
export const LARGE_THREAD_BIG_SUBTHREAD = 300;

/**
 * The seeded large discussion under `largeThreadReview`. Pass account ids to
 * have some comments written by registered users instead of guests.
 */
export function largeThreadComments(authorUserIds: string[] = []): CommentRecord[] {
  return generateThread({
    reviewId: largeThreadReview.id,
    count: LARGE_THREAD_COUNT,
    seed: LARGE_THREAD_SEED,
    bigSubthread: LARGE_THREAD_BIG_SUBTHREAD,
    authorUserIds,
  });
}
