import type { CastMember, Credit, Film, ReviewRecord } from '../../src/contract/reviews';
import { authorsByPublication } from './users';

/**
 * Five reviews of Her (2013), one per kind of seed page. Facts (film, cast,
 * crew, release dates) come from the seed pages; every sentence is our own.
 */

export const HER_FILM: Film = {
  slug: 'her-2013',
  title: 'Her',
  year: 2013,
  runtimeMinutes: 126,
  countries: ['USA', 'China'],
  directors: ['Spike Jonze'],
  writers: ['Spike Jonze'],
  format: 'Digital',
};

export const HER_REVIEW_IDS = {
  orbitAndQuill: 'r-her-orbit',
  nerdSignal: 'r-her-nerd',
  pastelFrames: 'r-her-pastel',
  riverside: 'r-her-riverside',
  beastlyReels: 'r-her-beastly',
} as const;

export const HER_REVIEW_SLUGS = {
  orbitAndQuill: 'her-2013-orbit-and-quill',
  nerdSignal: 'her-2013-nerd-signal',
  pastelFrames: 'her-2013-pastel-frames',
  riverside: 'her-2013-riverside-film-institute',
  beastlyReels: 'her-2013-beastly-reels',
} as const;

/** The complete credits, as the programme note lists them. */
export const HER_FULL_CREDITS: Credit[] = [
  { role: 'Directed by', names: ['Spike Jonze'] },
  { role: 'Copyright', names: ['Untitled Rick Howard Company LLC'] },
  { role: 'Production Company', names: ['Annapurna Pictures'] },
  { role: 'Produced with the assistance of', names: ['China Film Co-production Corporation'] },
  { role: 'Presented by', names: ['Warner Bros. Pictures'] },
  { role: 'Executive Producers', names: ['Daniel Lupi', 'Natalie Farrey', 'Chelsea Barnard'] },
  { role: 'Produced by', names: ['Megan Ellison', 'Spike Jonze', 'Vincent Landay'] },
  { role: 'Unit Production Manager', names: ['Daniel Lupi'] },
  { role: 'Location Managers', names: ['Rick Schuler', 'Stephen Mapel'] },
  { role: 'Post-production Supervisors', names: ['Hameed Shaukat', 'Randall James Bol'] },
  { role: '1st Assistant Director', names: ['Thomas P. Smith'] },
  { role: 'Script Supervisor', names: ['Tracy Lynn Scott'] },
  { role: 'Casting', names: ['Ellen Lewis', 'Cassandra Kulukundis'] },
  { role: 'Written by', names: ['Spike Jonze'] },
  { role: 'Director of Photography', names: ['Hoyte van Hoytema'] },
  { role: '2nd Unit Directors of Photography', names: ['Wyatt Troll', 'Eduard Grau'] },
  { role: 'Steadicam Operator', names: ['Chris Haarhoff'] },
  { role: 'Visual Effects Supervisors', names: ['Janelle Croshaw', 'Ben Gibbs'] },
  { role: 'Visual Effects', names: ['Digital Domain', 'Dtrain FX', 'Ollin', 'Savage', 'Chimney'] },
  { role: 'Special Effects Supervisor', names: ['Elia Popov'] },
  { role: 'Perfect Mom Video Game Animation', names: ['Passion Pictures'] },
  { role: 'Edited by', names: ['Eric Zumbrunnen', 'Jeff Buchanan'] },
  { role: 'Production Designer', names: ['K.K. Barrett'] },
  { role: 'Graphical Futurist Designers', names: ['Geoff McFetridge', 'Humberto Leon'] },
  { role: 'Art Director', names: ['Austin Gorg'] },
  { role: 'Set Designer', names: ['Allen Coulter'] },
  { role: 'Costume Designer', names: ['Casey Storm'] },
  { role: 'Make-up Department Head', names: ['Steve Artmont'] },
  { role: 'Hair Department Head', names: ['Cydney Cornell'] },
  { role: 'Title Design', names: ['Geoff McFetridge'] },
  { role: 'End Titles', names: ['Scarlet Letters'] },
  { role: 'Music', names: ['Arcade Fire'] },
  { role: 'Additional Music', names: ['Owen Pallett'] },
  { role: 'Sound Design', names: ['Ren Klyce'] },
  { role: 'Production Sound Mixer', names: ['Drew Kunin'] },
  { role: 'Re-recording Mixers', names: ['David Parker', 'Ren Klyce'] },
  { role: 'Stunt Co-ordinator', names: ['Scott Rogers'] },
  {
    role: 'Thanks',
    names: [
      'Chris Cooper',
      'Chris Cunningham',
      'Dave Eggers',
      'Andrew Garfield',
      'Nicole Holofcener',
      'Miranda July',
      'Charlie Kaufman',
      'Catherine Keener',
      'Mark Romanek',
      'David O. Russell',
      'Talia Shire',
      'Steven Soderbergh',
    ],
  },
];

export const HER_FULL_CAST: CastMember[] = [
  { actor: 'Joaquin Phoenix', character: 'Theodore Twombly' },
  { actor: 'Amy Adams', character: 'Amy' },
  { actor: 'Rooney Mara', character: 'Catherine' },
  { actor: 'Olivia Wilde', character: 'Blind date' },
  { actor: 'Chris Pratt', character: 'Paul' },
  { actor: 'Matt Letscher', character: 'Charles' },
  { actor: 'Portia Doubleday', character: 'Isabella, surrogate date' },
  { actor: 'Scarlett Johansson', character: 'Samantha (voice)' },
];

const KEY_ROLES = new Set([
  'Directed by',
  'Written by',
  'Produced by',
  'Director of Photography',
  'Edited by',
  'Production Designer',
  'Costume Designer',
  'Music',
  'Additional Music',
]);

/** The handful of credits the shorter reviews list. */
export const HER_KEY_CREDITS: Credit[] = HER_FULL_CREDITS.filter((c) => KEY_ROLES.has(c.role));

export const HER_MAIN_CAST: CastMember[] = HER_FULL_CAST.filter((c) =>
  [
    'Joaquin Phoenix',
    'Scarlett Johansson',
    'Amy Adams',
    'Rooney Mara',
    'Chris Pratt',
    'Olivia Wilde',
  ].includes(c.actor),
);

const md = (...paragraphs: string[]): string => paragraphs.join('\n\n');

const orbitAndQuill: ReviewRecord = {
  id: HER_REVIEW_IDS.orbitAndQuill,
  slug: HER_REVIEW_SLUGS.orbitAndQuill,
  title: 'Her Is the Love Story Science Fiction Was Waiting For',
  publicationSlug: 'orbit-and-quill',
  author: {
    name: 'Tobias Wrenfield',
    userId: authorsByPublication['orbit-and-quill'],
    bio: 'Tobias Wrenfield reviews films for Orbit & Quill and keeps a private list of every fictional robot that has made him cry.',
  },
  publishedAt: '2013-12-18T15:00:00Z',
  summary:
    "Spike Jonze's first solo screenplay treats a romance between a lonely letter-writer and his operating system as seriously as any human one, and turns out to be the best science fiction film of 2013.",
  categories: ['Film Reviews'],
  tags: ['Romance', 'Sci-Fi', 'Drama', 'AI', 'Spike Jonze'],
  body: md(
    'Describe the premise to a friend and it sounds like a sketch: a man falls for the voice inside his computer. Spike Jonze has clearly heard that joke too. He lets it hang in the air for about five minutes, then quietly makes it beside the point. *Her* is a romance first and a piece of science fiction second, and it is remarkably good at being both at the same time.',
    'Theodore Twombly (Joaquin Phoenix) composes intimate letters for strangers at a firm that sells them by the page. He is gifted at it. He can find the exact words a husband would use on a twentieth anniversary, or a grandmother on a birthday card. What he cannot do is write one honest line about himself. His marriage to Catherine (Rooney Mara) is finished in every way except the paperwork, and he drifts between the office, his apartment and a video game whose tiny protagonist is ruder to him than anyone in his life.',
    "Then he installs a new operating system, advertised as the first with a mind of its own. After a couple of questions it introduces itself as Samantha, voiced by Scarlett Johansson, who is never on screen and never needs to be. She sorts his inbox, reads his drafts, teases him about both, and within a week she is the person he most wants to talk to. The film never asks us to laugh at this. It asks us to notice how it feels from the inside, which is exactly like every other time two people start finishing each other's sentences.",
    "What makes it science fiction, rather than a romantic comedy with a gadget in it, is that Samantha does not stay still. She learns, and she learns at a speed no person can match. The genre has asked for a century what happens when a made mind outgrows its makers, and the answer is usually a catastrophe. Jonze gives a gentler and, in its way, sadder one. The danger is not that she will turn on Theodore. It is that a being who can read a library in an afternoon and hold thousands of conversations at once may simply stop fitting inside one man's life.",
    "The supporting cast is excellent. Amy Adams plays Amy, an old friend going through a quiet unravelling of her own. Olivia Wilde turns up as a blind date who lurches from delightful to dreadful over a single dinner. Chris Pratt is the sunny colleague who thinks Theodore's letters are the most romantic thing he has ever read. Each of them is a small portrait of how people in this world reach for one another and miss.",
    "Until now Jonze has directed from other people's pages, Charlie Kaufman's twice, and he shared the writing of *Where the Wild Things Are* with Dave Eggers. This script is his alone, and it sounds like a different artist. The dialogue is plain where Kaufman's is clever, and it trusts long, quiet scenes to carry their own weight. I think it is his finest film.",
    "The world around the story deserves its own paragraph. Los Angeles has been stretched, with footage shot in Shanghai, into a denser and calmer city of towers and footbridges where nobody seems to drive and everybody murmurs into an earpiece. Production designer K.K. Barrett fills it with warm wood and soft light rather than chrome. Casey Storm's costumes, all high waistbands and collarless shirts, suggest a future in which fashion simply relaxed. Hoyte van Hoytema shoots it in a haze of late-afternoon colour, and the Arcade Fire score, with Owen Pallett, hums underneath like a thought you have not finished having.",
    '> The closest thing to a spoiler I will offer: the film ends on a letter, and it is the first one Theodore writes in his own voice.',
    'Genre fans sometimes assume a film has to be loud to be ambitious. *Her* is one of the most ambitious films of the year and barely raises its voice. Go and see it, and take someone you would like to talk to afterwards.',
    '*Her* is in cinemas now.',
  ),
  film: HER_FILM,
  credits: HER_KEY_CREDITS,
  cast: HER_MAIN_CAST,
  relatedSlugs: [],
  commentsOpen: true,
};

const nerdSignal: ReviewRecord = {
  id: HER_REVIEW_IDS.nerdSignal,
  slug: HER_REVIEW_SLUGS.nerdSignal,
  title: 'Review: HER Turns Your Phone Into a Heartbreak',
  publicationSlug: 'nerd-signal',
  author: { name: 'Priya Castellano', userId: authorsByPublication['nerd-signal'] },
  publishedAt: '2013-12-20T14:00:00Z',
  summary:
    "Joaquin Phoenix falls for an AI voiced by Scarlett Johansson in Spike Jonze's Her, a dreamy science fiction romance about what we want from the devices we cannot put down.",
  shortReview:
    'Warm, strange and quietly unsettling, this love story between a man and his operating system is easily one of the best films of the year.',
  categories: ['Movies', 'Reviews'],
  tags: ['Romance', 'Sci-Fi', 'AI', 'Spike Jonze'],
  body: md(
    'The most unsettling thing in *Her* is not the artificial intelligence. It is the crowd scenes. Spike Jonze fills his near-future Los Angeles with people walking briskly to work, each one smiling and nodding at a conversation nobody else can hear. It looks like a perfume advert. It also looks a lot like the morning commute, and that recognition is where this strange, lovely film gets its hooks in.',
    'Joaquin Phoenix plays Theodore Twombly, a soft-spoken man who writes heartfelt letters for clients who cannot find the words. At night he goes home to an apartment full of good furniture and no company, plays a video game in which a foul-mouthed little creature insults him, and scrolls through the news in his earpiece. His divorce from Catherine (Rooney Mara) is not final, mostly because he keeps not signing it. He is, to put it kindly, hiding.',
    'Enter OS1, the first operating system sold as a genuine artificial intelligence. Theodore picks a female voice, and the system names itself Samantha. Scarlett Johansson gives her a laugh that arrives half a second before you expect it and a quickness that makes every digital assistant you have ever used sound like a vending machine. Samantha wants to know everything: what boredom feels like, why people blush, what the beach smells like. Soon Theodore is carrying her in his shirt pocket with the lens peeking out, so she can see the day with him. Before long they are a couple, and the film treats them as one without a single wink.',
    "It would have been easy to make this a cautionary tale, and Jonze pointedly does not. Theodore's friend Amy (Amy Adams), a documentary maker stuck in a stale marriage, starts confiding in an AI of her own, and it does her good. His co-worker Paul (Chris Pratt, very funny in a small role) happily goes on a double date with a human girlfriend on one side of the table and a piece of software on the other. The technology is not the villain here. Loneliness is.",
    'The cracks come from somewhere else. Samantha is growing, and fast. She starts reading physics for fun, falls in with other AIs, and at one point brings along a digital revival of the philosopher Alan Watts who leaves Theodore feeling like the slowest person in the conversation. It is one of the funniest scenes of the year and also one of the saddest, because jealousy turns out to work the same whether your rival has a body or not.',
    'The final stretch goes somewhere science fiction usually reaches only by way of explosions, and it gets there with a whisper instead. I have not stopped turning it over since the screening.',
    "*Her* is several films folded into one. It is a breakup movie, a romance, a satire of how we live with our screens and a sincere piece of futurism, and those threads do not tie off neatly. That is the point. The film never rules on whether Theodore and Samantha's love is real. It shows you that it *feels* real, and leaves the verdict to you.",
    "On a craft level everything works. Hoyte van Hoytema's photography is all peach, coral and smog-softened light. K.K. Barrett's production design makes the future look like a very nice hotel lobby. The Arcade Fire score is fragile and lovely. And Phoenix, so often cast as a live wire, is extraordinary as a man slowly remembering how to be open.",
    'It tops my list for 2013. See it with someone you like, argue about it on the way home, and then come back and fight with me about the ending in the comments. Spoiler tags, please.',
    '*Her* opens in Los Angeles and New York this week, and everywhere in the US on 10 January 2014.',
  ),
  film: HER_FILM,
  credits: HER_KEY_CREDITS,
  cast: HER_MAIN_CAST,
  relatedSlugs: [
    HER_REVIEW_SLUGS.orbitAndQuill,
    HER_REVIEW_SLUGS.riverside,
    'eternal-sunshine-of-the-spotless-mind-nerd-signal',
  ],
  commentsOpen: true,
};

const pastelFrames: ReviewRecord = {
  id: HER_REVIEW_IDS.pastelFrames,
  slug: HER_REVIEW_SLUGS.pastelFrames,
  title: "Her (2013): A Love Story in Tomorrow's Clothes",
  publicationSlug: 'pastel-frames',
  author: {
    name: 'Juniper Hale',
    userId: authorsByPublication['pastel-frames'],
    bio: 'Juniper Hale writes Pastel Frames from a flat with too many film posters and not enough wall.',
  },
  publishedAt: '2014-01-12T10:00:00Z',
  summary:
    'Her looks like a film about the future, but Spike Jonze uses his gentle, believable tomorrow only as a setting for a plain and painful love story about learning to let someone in.',
  categories: ['Reviews'],
  tags: ['Romance', 'Sci-Fi', 'Drama', 'Spike Jonze'],
  body: md(
    'I came out of *Her* and checked my phone before I had even reached the lobby doors, then felt a little ashamed of myself. That is the trick of this film: its tomorrow sits so close to today that you forget to be impressed by it, and then it catches you doing exactly what its characters do.',
    'On the surface it is a film about the near future. Phones have turned into small wooden cases, computers listen instead of waiting to be typed at, and everyone wears soft trousers pulled a little too high. The design is so thorough that Spike Jonze could have spent the whole running time on world-building. He does not. The future is the room the story happens in, and he keeps his eyes on the two people inside it.',
    'The story itself is simple. Theodore (Joaquin Phoenix) writes personal letters for other people at a company called BeautifulHandwrittenLetters.com. He is wonderful at knowing what others feel and hopeless at saying what he feels. He and his wife Catherine (Rooney Mara) separated almost a year ago, and he has been living half a life since. One evening he buys a new operating system, the first sold as truly intelligent, and it names itself Samantha (Scarlett Johansson). She is quick and funny and fascinated by things he stopped noticing years ago, and for a while that is enough to make him notice them again.',
    "What follows is a love story told without tricks. They meet, they fall, they go away for a weekend, they fight, they make up. The film is unusually honest about the *middle* of a relationship: the small letdowns, the first time you realise the other person has friends you have never met, the evening the conversation simply runs dry. The flashbacks to Theodore's marriage are lit in the same honeyed light as his days with Samantha, and the rhymes between the two are quietly crushing.",
    "Amy Adams is the film's secret weapon as Amy, Theodore's old friend from college. Her own marriage is coming apart in a much less dramatic way, over small arguments about where to leave your shoes, and she is the one person who never treats his new relationship as a punchline. Their friendship is the steadiest thing in the film, and I found myself waiting for her scenes.",
    "And the look of it! Hoyte van Hoytema photographs Los Angeles like a warm bath. The palette is peach, coral, butter yellow and a particular tomato red that turns up on Theodore's shirts whenever he is happiest. K.K. Barrett's sets are all pale wood and rounded corners, and even the office where Theodore dictates his letters looks like somewhere you would want to spend an afternoon.",
    'If I have a reservation, it is that the film is sometimes so gentle it forgets to breathe out. A few scenes in the second half circle the same conversation twice. But I would rather have a film that lingers on its feelings than one that hurries past them.',
    'Theodore spends the whole film speaking for other people. The last letter we see him write is addressed to someone he has lost, and for once the words are his. That, to me, is *Her* in a single gesture: not a warning about machines, but a man finally learning to sign his own name.',
  ),
  film: HER_FILM,
  credits: HER_KEY_CREDITS,
  cast: HER_MAIN_CAST,
  posterCredit: 'Poster illustration by Mireille Santangelo',
  relatedSlugs: [],
  commentsOpen: true,
};

const riverside: ReviewRecord = {
  id: HER_REVIEW_IDS.riverside,
  slug: HER_REVIEW_SLUGS.riverside,
  title: 'Her',
  publicationSlug: 'riverside-film-institute',
  author: { name: 'Imogen Tallis', userId: authorsByPublication['riverside-film-institute'] },
  publishedAt: '2025-03-13T09:00:00Z',
  summary:
    "Programme note for the members' screening of Her: how Spike Jonze's soft-focus near future turns a romance with an operating system into a study of loneliness that has aged uncannily well.",
  pullQuote: {
    text: 'I went in expecting a film about a computer and came out thinking about everyone I have ever loved.',
    attribution: 'Tamsin R., Riverside member',
  },
  categories: ['Member Picks'],
  tags: ['Romance', 'Sci-Fi', 'Spike Jonze'],
  body: md(
    "Chosen by members for this season's Member Picks, *Her* returns to the big screen a little more than a decade after it was made, and it has aged in an unusual direction. When it opened in a short run in Los Angeles and New York in December 2013, before its wider American release on 10 January 2014, the idea of talking all day to a warm, witty voice that lived in your phone seemed a gentle exaggeration. Seen now, the exaggeration is mostly the wooden phone case.",
    'The premise can be told in a breath. Theodore Twombly (Joaquin Phoenix) earns his living composing letters for clients of a firm that sells intimacy by the page: anniversary notes, birthday wishes, declarations of love to people he will never meet. Separated from his wife Catherine (Rooney Mara) and putting off the divorce papers, he installs a new kind of operating system that claims to think for itself. It chooses the name Samantha and speaks with the voice of Scarlett Johansson. They talk, they confide, and they fall in love.',
    "Jonze is not interested in whether this is plausible or ridiculous. The first half of the film is built almost entirely from the small exchanges of a new relationship: jokes that land, silences that do not, the thrill of being asked about your day by someone who actually wants to know. The second half follows what happens when one partner keeps changing and the other cannot follow. That Samantha is software matters less than you might expect; the film's sympathy is divided equally between the two of them.",
    "Much of the film's warmth is in its design. Los Angeles, extended with footage shot in Shanghai, becomes a tidy city of high walkways and hushed towers. K.K. Barrett's production design and Casey Storm's costumes favour oatmeal, coral and soft wool, a future arranged to soothe. Hoyte van Hoytema keeps long lenses on Phoenix's face through much of it, and the work of the film's 'graphical futurist' designers, Geoff McFetridge and Humberto Leon, is so unassuming you hardly notice there is a computer on screen at all. Arcade Fire's music, with additional music by Owen Pallett, stays in the same key of tender unease.",
    "*Her* was Jonze's fourth feature and the first made from his own screenplay, after two films written by Charlie Kaufman and an adaptation of *Where the Wild Things Are* co-written with Dave Eggers. Both men appear in the end credits' list of friends thanked, alongside Miranda July, Catherine Keener and Steven Soderbergh, among others. The screenplay went on to win the Academy Award for Best Original Screenplay.",
    'One production detail is worth knowing before you watch. During the shoot, Samantha was performed opposite Phoenix by Samantha Morton, off camera; in post-production the voice was recast and Johansson recorded the role anew. It is a reminder of how much of the film rests on Phoenix, who spent the shoot answering a performance the audience never hears.',
    'What keeps *Her* from being a period piece about the smartphone years is that its real subject was never the technology. It is about how hard it is to let another person see all of you, and how easy it has become to arrange a life in which you never have to. Amy Adams, as the friend whose own marriage is quietly failing, gives the film its second heart, and her final scene with Phoenix is among the most delicate things either actor has done.',
    'Members who chose this film for the season spoke of it less as science fiction than as a film about the people they have loved and lost touch with. Twelve years on, it still sends audiences out into the evening holding their phones a little differently.',
  ),
  film: HER_FILM,
  credits: HER_FULL_CREDITS,
  cast: HER_FULL_CAST,
  relatedSlugs: [],
  commentsOpen: true,
};

const beastlyReels: ReviewRecord = {
  id: HER_REVIEW_IDS.beastlyReels,
  slug: HER_REVIEW_SLUGS.beastlyReels,
  title: 'Beastly Reels: Her',
  publicationSlug: 'beastly-reels',
  author: {
    name: 'Rosa Quintero',
    userId: authorsByPublication['beastly-reels'],
    bio: 'Rosa Quintero draws comics, writes about films and has strong opinions about cinema seating. Beastly Reels is where she thinks out loud.',
  },
  publishedAt: '2014-01-25T18:00:00Z',
  summary:
    'Her is neither a warning about technology nor a hymn to it: Spike Jonze has made a strange, pretty and moving love story that ends up being about us rather than our gadgets.',
  categories: ['Beastly Reviews'],
  tags: ['Romance', 'Sci-Fi', 'AI', 'Spike Jonze'],
  body: md(
    'I have seen *Her* twice in eight days and I am already planning a third trip, this time dragging along my sister, who thinks it sounds "a bit much".',
    "It is a bit much. It is also the most tender film I have seen in ages, and those two things are connected: Jonze isn't embarrassed by big feelings, so after a while you stop being embarrassed too.",
    "Jonze's Los Angeles is maybe ten years ahead of ours. Crowds move through it murmuring, each person wrapped up in a private chat with the gadget in their ear. Theodore Twombly (Joaquin Phoenix) works in a bright office dictating other people's letters (anniversary notes, birthday cards, long-distance apologies) and then goes home alone to play video games in the dark. He is a professional translator of feelings who has lost the knack for his own.",
    'I went in braced for a lecture. You know the kind: screens are rotting our brains, put down the phone, go outside. It never comes. People in this future still meet friends after work, go to the beach, take the train out of town to see the snow. The film is in no hurry to tell you whether all this technology is good or bad, and I found that incredibly refreshing.',
    'Theodore buys a brand-new operating system, the first one that is supposedly conscious, and the first thing it does is pick its own name: Samantha. Then it starts wondering aloud what it is. Scarlett Johansson plays her with nothing but a voice, and within about ten minutes I had completely stopped thinking of her as a program. A laugh, a pause, the way she says "hey" when he wakes up: it turns out that is all it takes.',
    'So yes, he falls in love with her. And here is the brave part: the film never steps outside the relationship to judge it. The camera stays with Theodore in bed at two in the morning while he and Samantha talk until he drifts off, and it looks exactly like every long phone call I have ever had with someone I was falling for.',
    'Of course it gets complicated. Bodies come up (or rather, the lack of one), his friends have to be told, and there is a lunch with his ex-wife (Rooney Mara, icy and wounded and very good) that goes about as badly as you would fear. Under all of it sits the real question of any relationship that starts this fast: *what happens next?*',
    "I won't answer that, but I will say the film answers it honestly.",
    "It also happens to be gorgeous. Everything is blush pink and warm orange, the city glows, and the Arcade Fire score (with Owen Pallett) has been playing in my flat on a loop since the first viewing. I drew about six pages of Theodore's trousers in my sketchbook. Don't ask.",
    'I have watched a lot of films about artificial minds, and nearly all of them end with somebody running from something. *Her* ends quietly, and it made me want to ring my friends. That is the film in a nutshell: the computer is just how it gets to the people.',
  ),
  film: HER_FILM,
  credits: HER_KEY_CREDITS,
  cast: HER_MAIN_CAST,
  relatedSlugs: [],
  commentsOpen: false,
};

export const herReviews: ReviewRecord[] = [orbitAndQuill, nerdSignal, pastelFrames, riverside, beastlyReels];
