import type { CommentRecord } from '../store/types';
import { HER_REVIEW_IDS } from './her-reviews';
import { buildThread, guest, user, type ThreadNode } from './thread-builder';

/**
 * Discussions under the five Her reviews, written as they would read on the
 * page. All people are invented. Spoilers use the product's `||hidden||` markup.
 */

const TOBIAS = user('u-twrenfield');
const PRIYA = user('u-priyacast');
const JUNIPER = user('u-juniperhale');
const IMOGEN = user('u-itallis');
const ROSA = user('u-beastlyrosa');
const MORGAN = user('u-mod-morgan');
const CALLUM = user('u-nightbus42');
const INES = user('u-vintage-static');
const HANA = user('u-paperlantern');
const ODILE = user('u-quietcartographer');
const GUS = user('u-tinfoilhatter');
const KESTREL = user('u-kestrel-h');

/** Orbit & Quill: the long one, where the "is it out yet?" confusion finally nests. */
const orbitThread: ThreadNode[] = [
  {
    by: CALLUM,
    at: '2013-12-18T15:42:00Z',
    body: "Thanks for putting this on my radar, I hadn't heard a thing about it.\n\nOne question though: the last line says it's in cinemas now, but every listing I can find says January. (I'm in Ohio.) It's going on my list either way.",
    replies: [
      {
        by: CALLUM,
        at: '2013-12-18T16:10:00Z',
        body: 'Following up on my own comment: I checked both cinemas near me and neither has it. Am I missing something, or just unlucky?',
        replies: [
          {
            by: INES,
            at: '2013-12-18T16:31:00Z',
            body: "Not unlucky, just not in New York or LA. It's only playing in those two cities for now, and the rest of us get to wait. *Sigh.*",
            replies: [
              {
                by: guest('Theo P. (not that Theodore)'),
                at: '2013-12-18T17:02:00Z',
                body: "The film's official site says it's a limited run this month so it qualifies for awards season, and then it opens across the US on **10 January 2014**.",
                replies: [
                  {
                    by: CALLUM,
                    at: '2013-12-18T17:20:00Z',
                    body: 'That explains it. Thanks, both of you. The 10th is in my calendar.',
                  },
                ],
              },
              {
                by: TOBIAS,
                at: '2013-12-18T17:48:00Z',
                body: "That one's on me: the tag line should have said *in New York and LA now*. And since we're being honest, I saw it at a press screening back in October, so I've been sitting on this review for a while.",
                replies: [
                  {
                    by: INES,
                    at: '2013-12-18T18:05:00Z',
                    body: "October! The perks of the job. I'll forgive you if the film lives up to the review when I finally get to see it.",
                    replies: [
                      {
                        by: TOBIAS,
                        at: '2013-12-18T18:40:00Z',
                        body: 'Deal. Come back and tell me in January.',
                        replies: [
                          {
                            by: INES,
                            at: '2014-01-11T21:30:00Z',
                            body: "Back, as promised. It lives up to it. The letter at the end got me and I'm not even slightly embarrassed.",
                            replies: [
                              {
                                by: TOBIAS,
                                at: '2014-01-12T08:50:00Z',
                                body: 'Told you. That scene gets me every single time.',
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    by: ODILE,
    at: '2013-12-18T16:55:00Z',
    body: "The detail that made me sit up is that Jonze wrote this one on his own. Does it feel different from the Kaufman films? I love those, but they're puzzle boxes.",
    replies: [
      {
        by: TOBIAS,
        at: '2013-12-18T17:30:00Z',
        editedAt: '2013-12-18T17:36:00Z',
        body: "It does. Kaufman's scripts are built like clocks; this one is much plainer about feelings and lets a scene simply be sad. If anything it's closer to Jonze's short films than to *Adaptation*.",
        replies: [
          {
            by: GUS,
            at: '2013-12-18T19:10:00Z',
            body: "Plainer, or more sentimental? I'm starting to think *honest* is doing a lot of work in reviews of this film.",
            replies: [
              {
                by: ODILE,
                at: '2013-12-18T19:45:00Z',
                body: "Isn't the real question whether the sentiment is earned? Nobody can judge that from a trailer.",
                replies: [
                  {
                    by: GUS,
                    at: '2014-01-12T13:00:00Z',
                    body: 'Saw it. Reporting back: earned, mostly. The philosopher scene lost me a bit, but the rest got under my skin.',
                    replies: [
                      {
                        by: ODILE,
                        at: '2014-01-12T14:20:00Z',
                        body: "I'll take *mostly* from you as a rave.",
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    by: guest('Bram'),
    at: '2013-12-19T09:12:00Z',
    body: 'Odd thing to be excited about, but: the clothes. Everyone in the stills has their trousers up around their ribs and I need to know why.',
    replies: [
      {
        by: HANA,
        at: '2013-12-19T10:30:00Z',
        body: 'Costumes are by Casey Storm and the sets by K.K. Barrett. From the clips, their future looks comfortable rather than shiny, which makes a nice change.',
        replies: [
          {
            by: guest('Bram'),
            at: '2013-12-19T11:02:00Z',
            body: "Comfortable rather than shiny. Yes, that's exactly the feeling.",
          },
        ],
      },
      {
        by: TOBIAS,
        at: '2013-12-19T11:40:00Z',
        body: 'Watch the collars, too. Hardly anyone in that world wears anything with a sharp edge.',
      },
    ],
  },
  {
    by: GUS,
    at: '2013-12-19T14:00:00Z',
    body: "Obligatory grump: isn't this just the *guy dates his phone* joke stretched to two hours?",
    replies: [
      {
        by: TOBIAS,
        at: '2013-12-19T14:25:00Z',
        body: "It's the joke everyone makes first, and the film knows it. Samantha is written as someone with wants of her own, not as a gadget, and the story is really about what happens as she keeps growing.",
        replies: [
          {
            by: KESTREL,
            at: '2013-12-19T15:10:00Z',
            body: 'Which is the oldest AI story there is, only pointed at romance instead of the apocalypse.',
            replies: [
              {
                by: guest('Lottie'),
                at: '2013-12-19T15:44:00Z',
                body: 'Honestly, better that than another killer robot.',
              },
            ],
          },
        ],
      },
    ],
  },
  {
    by: CALLUM,
    at: '2013-12-20T10:00:00Z',
    deletedAt: '2013-12-20T10:20:00Z',
    body: 'Does anyone know who did the music? The song in the trailer is stuck in my head.',
    replies: [
      {
        by: KESTREL,
        at: '2013-12-20T10:12:00Z',
        body: 'Arcade Fire, with additional music by Owen Pallett.',
        replies: [
          {
            by: HANA,
            at: '2013-12-20T10:35:00Z',
            body: "Pallett has arranged strings for them for years, so it makes sense they'd share the job.",
          },
        ],
      },
    ],
  },
  {
    by: HANA,
    at: '2014-01-11T22:15:00Z',
    body: "Saw it tonight and adored it. Two things:\n\n1. What was the safety pin about?\n2. I want to live in that Los Angeles.\n\nIt also kept reminding me of *Moon*: proof that science fiction doesn't need explosions to feel big.",
    replies: [
      {
        by: ODILE,
        at: '2014-01-11T23:02:00Z',
        body: "The safety pin is practical: Theodore pins his shirt pocket so the phone sits upright with its camera peeking over the edge, and Samantha can see where they're going. A homemade fix in a world with almost no fiddly objects left in it.",
        replies: [
          {
            by: HANA,
            at: '2014-01-12T08:30:00Z',
            body: "Oh! That makes total sense. I assumed it was a symbol I'd missed.",
            replies: [
              {
                by: TOBIAS,
                at: '2014-01-12T09:15:00Z',
                body: "I think it's both. It's a practical fix, and it's also the first thing he *makes* for her: a small way of saying he wants her to see what he sees.",
              },
            ],
          },
        ],
      },
      {
        by: TOBIAS,
        at: '2014-01-12T09:05:00Z',
        body: '*Moon* is a great pairing: one man, one patient voice, a lot of quiet. They would make a lovely double bill.',
      },
    ],
  },
  {
    by: guest('Marisol'),
    at: '2014-01-13T19:00:00Z',
    body: "Spoiler for anyone who hasn't seen it yet, so it's hidden: ||all the OSes leave together, Samantha included, and the last letter Theodore writes is to Catherine, in his own words||. That's the real love letter of the film.",
    replies: [
      {
        by: TOBIAS,
        at: '2014-01-13T19:40:00Z',
        body: 'Beautifully put, and thank you for hiding it. That last letter is why I called it a love story first.',
        replies: [
          {
            by: KESTREL,
            at: '2014-01-13T21:05:00Z',
            body: 'And then ||the rooftop with Amy at dawn||. No dialogue needed.',
          },
        ],
      },
    ],
  },
];

/** Nerd Signal: "X says:" comments, including the reader who gives the ending away. */
const nerdThread: ThreadNode[] = [
  {
    by: guest('Sparky McGee'),
    at: '2013-12-20T15:02:00Z',
    editedAt: '2013-12-20T15:13:00Z',
    body: 'Saw it at a preview last week. That ending though: ||every OS leaves at once, Samantha included, and Theodore ends up on the roof with Amy watching the sun come up over the city||. Absolutely wrecked me.\n\n(Edited to hide the ending. Sorry, Jun!)',
    replies: [
      {
        by: guest('Jun'),
        at: '2013-12-20T15:08:00Z',
        body: "Come on, some of us haven't seen it yet! Please hide that.",
        replies: [
          {
            by: guest('Sparky McGee'),
            at: '2013-12-20T15:14:00Z',
            body: "Sorry!! It's behind spoiler bars now. Don't click it, Jun.",
            replies: [
              {
                by: MORGAN,
                at: '2013-12-20T15:30:00Z',
                body: 'Thanks for fixing it. For everyone: anything past the first act goes inside `||double bars||`, which keeps it hidden until a reader chooses to reveal it.',
                replies: [
                  {
                    by: guest('Jun'),
                    at: '2013-12-20T15:41:00Z',
                    body: 'Thank you both. Crisis averted.',
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    by: guest('Sparky McGee'),
    at: '2013-12-20T15:20:00Z',
    body: 'Also, the colours in this. Every single frame looks like sherbet.',
    replies: [
      {
        by: JUNIPER,
        at: '2013-12-21T09:00:00Z',
        body: "Peach, coral and butter yellow everywhere. I'm writing about exactly that when it opens near me in January.",
      },
    ],
  },
  {
    by: KESTREL,
    at: '2013-12-20T18:00:00Z',
    body: "What interests me is how quickly the audience gives Samantha a body. She doesn't have one, so she can't feel jealousy or desire the way we do, yet we all project it onto her without noticing. Theodore does the same with the people in his life: he prefers his version of them to the real thing.",
    replies: [
      {
        by: PRIYA,
        at: '2013-12-20T18:40:00Z',
        body: "I'd push back a little. The film keeps insisting her feelings are real *to her*, even if they aren't shaped like ours. That's the question it leaves open, and I love that it does.",
        replies: [
          {
            by: KESTREL,
            at: '2013-12-20T19:05:00Z',
            body: "Real to her, sure. But *not shaped like ours* is carrying the whole argument. When she's talking to hundreds of people at once, is that love or load balancing?",
            replies: [
              {
                by: PRIYA,
                at: '2013-12-20T19:30:00Z',
                body: "Ha. Maybe love *is* load balancing. I'll be chewing on that all weekend.",
                replies: [
                  {
                    by: guest('Ottoline'),
                    at: '2013-12-21T08:00:00Z',
                    body: "This exchange is better than half the think pieces I've read about the film.",
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        by: GUS,
        at: '2013-12-21T10:00:00Z',
        body: 'The philosopher rival is where the film lost me. Funny, but it felt like it was winking at itself.',
        replies: [
          {
            by: PRIYA,
            at: '2013-12-21T11:15:00Z',
            body: "That's one of my favourite scenes for exactly that reason: Theodore realising he's been outclassed by a dead philosopher. The wink is on him.",
          },
        ],
      },
    ],
  },
  {
    by: guest('Greg B.'),
    at: '2013-12-22T20:10:00Z',
    body: "Just got out. Loved it. That's the comment.",
  },
  {
    by: CALLUM,
    at: '2013-12-23T12:00:00Z',
    body: "Number one for the year? Bold. I haven't seen it yet, so I'm reserving judgement until the 10th.",
    replies: [
      {
        by: PRIYA,
        at: '2013-12-23T13:30:00Z',
        body: "Bold but sincere. Report back after the 10th; I'll hold you to it.",
        replies: [
          {
            by: CALLUM,
            at: '2014-01-11T10:00:00Z',
            body: 'Reporting back: fine, you were right. Not my number one, but top three.',
          },
        ],
      },
    ],
  },
];

/** Pastel Frames: a small blog thread, guests and account holders side by side. */
const pastelThread: ThreadNode[] = [
  {
    by: guest('Marisol V.'),
    at: '2014-01-12T13:20:00Z',
    body: 'What got me: nobody has ever dated software before, yet the relationship goes through exactly the stages his marriage did. The rush, the comfort, the drift.',
    replies: [
      {
        by: JUNIPER,
        at: '2014-01-12T14:00:00Z',
        body: 'Yes! The flashbacks with Catherine are almost a rehearsal for what happens with Samantha.',
        replies: [
          {
            by: guest('Marisol V.'),
            at: '2014-01-12T14:35:00Z',
            body: "And he's the same person in both, which is the sad part.",
            replies: [
              {
                by: HANA,
                at: '2014-01-12T16:10:00Z',
                body: 'Sad, but he does change by the end. The last letter says so. (Trying very hard not to say more!)',
                replies: [
                  {
                    by: JUNIPER,
                    at: '2014-01-12T17:00:00Z',
                    body: 'Thank you for the restraint. That letter is where my review ends, too.',
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    by: ODILE,
    at: '2014-01-13T08:45:00Z',
    body: "Who made the poster at the top? It's lovely.",
    replies: [
      {
        by: JUNIPER,
        at: '2014-01-13T09:30:00Z',
        body: "Mireille Santangelo! The credit is under the post. She painted it in gouache and I'm a little bit in love with it.",
      },
    ],
  },
  {
    by: guest('Wes'),
    at: '2014-01-14T22:00:00Z',
    body: "Not for me, I'm afraid. Pretty and slow, and I couldn't believe anyone would fall for a voice.",
    replies: [
      {
        by: JUNIPER,
        at: '2014-01-15T07:50:00Z',
        body: 'Fair! Though people fall for voices on the phone all the time; the film just goes one step further.',
        replies: [
          {
            by: guest('Wes'),
            at: '2014-01-15T12:15:00Z',
            body: "Okay, that's a better argument than mine. Might give it another go.",
          },
        ],
      },
    ],
  },
];

/** Riverside Film Institute: the programme note had no comments; ours has a short exchange. */
const riversideThread: ThreadNode[] = [
  {
    by: INES,
    at: '2025-03-13T21:10:00Z',
    body: 'Saw it tonight in Screen 2. Twelve years on, the crowds talking into their earpieces feel less like science fiction and more like a documentary.',
    replies: [
      {
        by: IMOGEN,
        at: '2025-03-14T09:30:00Z',
        body: 'That came up again and again in the foyer afterwards. Thank you for coming, and thanks to the members who voted for it.',
      },
    ],
  },
  {
    by: guest('Annelise (member)'),
    at: '2025-03-14T12:00:00Z',
    body: 'Is the printed programme note available anywhere? I lost my copy on the way home.',
    replies: [
      {
        by: IMOGEN,
        at: '2025-03-14T13:05:00Z',
        body: 'The full note is on this page, credits and cast included, and there will be printed copies at the box office for the remaining screenings.',
        replies: [
          {
            by: guest('Annelise (member)'),
            at: '2025-03-14T13:20:00Z',
            body: 'Perfect, thank you!',
          },
        ],
      },
    ],
  },
];

/** Beastly Reels: closed for comments now, but the earlier discussion stays. */
const beastlyThread: ThreadNode[] = [
  {
    by: guest('Dara'),
    at: '2014-01-26T11:00:00Z',
    body: "Arcade Fire!! I didn't realise it was them until the credits.",
    replies: [
      {
        by: ROSA,
        at: '2014-01-26T12:30:00Z',
        body: "Right?? I've had it on repeat all week. Owen Pallett worked on it too, which explains the strings.",
      },
    ],
  },
  {
    by: CALLUM,
    at: '2014-01-27T20:00:00Z',
    body: "Loved the bit about the long phone calls. Isn't that what makes the ending so hard, though? ||She outgrows him||, the way people outgrow each other.",
    replies: [
      {
        by: ROSA,
        at: '2014-01-27T21:15:00Z',
        body: "That's exactly it. Outgrowing someone might be the most human thing she does in the whole film.",
        replies: [
          {
            by: CALLUM,
            at: '2014-01-27T21:40:00Z',
            body: "I'm going to be thinking about that all week.",
          },
        ],
      },
    ],
  },
  {
    by: guest('Pip'),
    at: '2014-01-30T09:00:00Z',
    body: "Blush pink and warm orange is right. I want to move into Theodore's apartment.",
  },
];

export interface SeedThread {
  reviewId: string;
  idPrefix: string;
  nodes: readonly ThreadNode[];
}

export const herThreads: readonly SeedThread[] = [
  { reviewId: HER_REVIEW_IDS.orbitAndQuill, idPrefix: 'c-her-orbit', nodes: orbitThread },
  { reviewId: HER_REVIEW_IDS.nerdSignal, idPrefix: 'c-her-nerd', nodes: nerdThread },
  { reviewId: HER_REVIEW_IDS.pastelFrames, idPrefix: 'c-her-pastel', nodes: pastelThread },
  { reviewId: HER_REVIEW_IDS.riverside, idPrefix: 'c-her-riverside', nodes: riversideThread },
  { reviewId: HER_REVIEW_IDS.beastlyReels, idPrefix: 'c-her-beastly', nodes: beastlyThread },
];

/** All comments under the Her reviews, in number order per review. */
export function buildHerComments(): CommentRecord[] {
  return herThreads.flatMap((t) => buildThread(t.reviewId, t.nodes, { idPrefix: t.idPrefix }));
}
