import type { CastMember, Credit, Film, ReviewRecord } from '../../src/contract/reviews';

/**
 * Demo reviews of films other than Her, written for this project. Film facts
 * (year, runtime, countries, credits, cast) are real; authors, dates and
 * opinions are invented. A film reviewed by two publications shares one Film
 * object, so its facts cannot drift apart.
 */

interface FilmFacts {
  film: Film;
  credits: Credit[];
  cast: CastMember[];
}

const MOON: FilmFacts = {
  film: {
    slug: 'moon-2009',
    title: 'Moon',
    year: 2009,
    runtimeMinutes: 97,
    countries: ['UK'],
    directors: ['Duncan Jones'],
    writers: ['Nathan Parker', 'Duncan Jones'],
  },
  credits: [
    { role: 'Screenplay', names: ['Nathan Parker'] },
    { role: 'Story', names: ['Duncan Jones'] },
    { role: 'Cinematography', names: ['Gary Shaw'] },
    { role: 'Editing', names: ['Nicolas Gaster'] },
    { role: 'Music', names: ['Clint Mansell'] },
    { role: 'Production design', names: ['Tony Noble'] },
  ],
  cast: [
    { actor: 'Sam Rockwell', character: 'Sam Bell' },
    { actor: 'Kevin Spacey', character: 'GERTY (voice)' },
    { actor: 'Dominique McElligott', character: 'Tess Bell' },
    { actor: 'Kaya Scodelario', character: 'Eve Bell' },
    { actor: 'Benedict Wong', character: 'Thompson' },
    { actor: 'Matt Berry', character: 'Overmeyers' },
  ],
};

const ETERNAL_SUNSHINE: FilmFacts = {
  film: {
    slug: 'eternal-sunshine-of-the-spotless-mind-2004',
    title: 'Eternal Sunshine of the Spotless Mind',
    year: 2004,
    runtimeMinutes: 108,
    countries: ['USA'],
    directors: ['Michel Gondry'],
    writers: ['Charlie Kaufman', 'Michel Gondry', 'Pierre Bismuth'],
  },
  credits: [
    { role: 'Screenplay', names: ['Charlie Kaufman'] },
    { role: 'Story', names: ['Charlie Kaufman', 'Michel Gondry', 'Pierre Bismuth'] },
    { role: 'Cinematography', names: ['Ellen Kuras'] },
    { role: 'Editing', names: ['Valdís Óskarsdóttir'] },
    { role: 'Music', names: ['Jon Brion'] },
    { role: 'Production design', names: ['Dan Leigh'] },
  ],
  cast: [
    { actor: 'Jim Carrey', character: 'Joel Barish' },
    { actor: 'Kate Winslet', character: 'Clementine Kruczynski' },
    { actor: 'Kirsten Dunst', character: 'Mary Svevo' },
    { actor: 'Mark Ruffalo', character: 'Stan Fink' },
    { actor: 'Elijah Wood', character: 'Patrick' },
    { actor: 'Tom Wilkinson', character: 'Dr. Howard Mierzwiak' },
  ],
};

const EX_MACHINA: FilmFacts = {
  film: {
    slug: 'ex-machina-2014',
    title: 'Ex Machina',
    year: 2014,
    runtimeMinutes: 108,
    countries: ['UK'],
    directors: ['Alex Garland'],
    writers: ['Alex Garland'],
  },
  credits: [
    { role: 'Cinematography', names: ['Rob Hardy'] },
    { role: 'Editing', names: ['Mark Day'] },
    { role: 'Music', names: ['Geoff Barrow', 'Ben Salisbury'] },
    { role: 'Production design', names: ['Mark Digby'] },
  ],
  cast: [
    { actor: 'Domhnall Gleeson', character: 'Caleb Smith' },
    { actor: 'Alicia Vikander', character: 'Ava' },
    { actor: 'Oscar Isaac', character: 'Nathan Bateman' },
    { actor: 'Sonoya Mizuno', character: 'Kyoko' },
  ],
};

const ARRIVAL: FilmFacts = {
  film: {
    slug: 'arrival-2016',
    title: 'Arrival',
    year: 2016,
    runtimeMinutes: 116,
    countries: ['USA'],
    directors: ['Denis Villeneuve'],
    writers: ['Eric Heisserer'],
  },
  credits: [
    { role: 'Based on the story "Story of Your Life" by', names: ['Ted Chiang'] },
    { role: 'Cinematography', names: ['Bradford Young'] },
    { role: 'Editing', names: ['Joe Walker'] },
    { role: 'Music', names: ['Jóhann Jóhannsson'] },
    { role: 'Production design', names: ['Patrice Vermette'] },
  ],
  cast: [
    { actor: 'Amy Adams', character: 'Louise Banks' },
    { actor: 'Jeremy Renner', character: 'Ian Donnelly' },
    { actor: 'Forest Whitaker', character: 'Colonel Weber' },
    { actor: 'Michael Stuhlbarg', character: 'Agent Halpern' },
    { actor: 'Tzi Ma', character: 'General Shang' },
  ],
};

const MINORITY_REPORT: FilmFacts = {
  film: {
    slug: 'minority-report-2002',
    title: 'Minority Report',
    year: 2002,
    runtimeMinutes: 145,
    countries: ['USA'],
    directors: ['Steven Spielberg'],
    writers: ['Scott Frank', 'Jon Cohen'],
  },
  credits: [
    { role: 'Based on the short story by', names: ['Philip K. Dick'] },
    { role: 'Cinematography', names: ['Janusz Kamiński'] },
    { role: 'Editing', names: ['Michael Kahn'] },
    { role: 'Music', names: ['John Williams'] },
    { role: 'Production design', names: ['Alex McDowell'] },
  ],
  cast: [
    { actor: 'Tom Cruise', character: 'John Anderton' },
    { actor: 'Colin Farrell', character: 'Danny Witwer' },
    { actor: 'Samantha Morton', character: 'Agatha' },
    { actor: 'Max von Sydow', character: 'Lamar Burgess' },
    { actor: 'Lois Smith', character: 'Dr. Iris Hineman' },
    { actor: 'Peter Stormare', character: 'Dr. Solomon Eddie' },
    { actor: 'Neal McDonough', character: 'Fletcher' },
    { actor: 'Kathryn Morris', character: 'Lara Clarke' },
    { actor: 'Tim Blake Nelson', character: 'Gideon' },
  ],
};

const LOST_IN_TRANSLATION: FilmFacts = {
  film: {
    slug: 'lost-in-translation-2003',
    title: 'Lost in Translation',
    year: 2003,
    runtimeMinutes: 102,
    countries: ['USA', 'Japan'],
    directors: ['Sofia Coppola'],
    writers: ['Sofia Coppola'],
  },
  credits: [
    { role: 'Cinematography', names: ['Lance Acord'] },
    { role: 'Editing', names: ['Sarah Flack'] },
  ],
  cast: [
    { actor: 'Bill Murray', character: 'Bob Harris' },
    { actor: 'Scarlett Johansson', character: 'Charlotte' },
    { actor: 'Giovanni Ribisi', character: 'John' },
    { actor: 'Anna Faris', character: 'Kelly' },
  ],
};

const BLADE_RUNNER: FilmFacts = {
  film: {
    slug: 'blade-runner-1982',
    title: 'Blade Runner',
    year: 1982,
    runtimeMinutes: 117,
    countries: ['USA'],
    directors: ['Ridley Scott'],
    writers: ['Hampton Fancher', 'David Peoples'],
    format: 'Digital',
  },
  credits: [
    { role: 'Directed by', names: ['Ridley Scott'] },
    { role: 'Produced by', names: ['Michael Deeley'] },
    { role: 'Screenplay', names: ['Hampton Fancher', 'David Peoples'] },
    { role: 'Based on the novel "Do Androids Dream of Electric Sheep?" by', names: ['Philip K. Dick'] },
    { role: 'Director of Photography', names: ['Jordan Cronenweth'] },
    { role: 'Edited by', names: ['Terry Rawlings'] },
    { role: 'Production Designer', names: ['Lawrence G. Paull'] },
    { role: 'Art Director', names: ['David Snyder'] },
    { role: 'Visual Futurist', names: ['Syd Mead'] },
    { role: 'Special Photographic Effects', names: ['Douglas Trumbull', 'Richard Yuricich', 'David Dryer'] },
    { role: 'Costume Designers', names: ['Charles Knode', 'Michael Kaplan'] },
    { role: 'Music', names: ['Vangelis'] },
  ],
  cast: [
    { actor: 'Harrison Ford', character: 'Rick Deckard' },
    { actor: 'Rutger Hauer', character: 'Roy Batty' },
    { actor: 'Sean Young', character: 'Rachael' },
    { actor: 'Edward James Olmos', character: 'Gaff' },
    { actor: 'M. Emmet Walsh', character: 'Bryant' },
    { actor: 'Daryl Hannah', character: 'Pris' },
    { actor: 'William Sanderson', character: 'J.F. Sebastian' },
    { actor: 'Brion James', character: 'Leon Kowalski' },
    { actor: 'Joe Turkel', character: 'Dr. Eldon Tyrell' },
    { actor: 'Joanna Cassidy', character: 'Zhora' },
    { actor: 'James Hong', character: 'Hannibal Chew' },
    { actor: 'Morgan Paull', character: 'Holden' },
  ],
};

const BEING_JOHN_MALKOVICH: FilmFacts = {
  film: {
    slug: 'being-john-malkovich-1999',
    title: 'Being John Malkovich',
    year: 1999,
    runtimeMinutes: 112,
    countries: ['USA'],
    directors: ['Spike Jonze'],
    writers: ['Charlie Kaufman'],
    format: 'Digital',
  },
  credits: [
    { role: 'Directed by', names: ['Spike Jonze'] },
    { role: 'Written by', names: ['Charlie Kaufman'] },
    { role: 'Produced by', names: ['Michael Stipe', 'Sandy Stern', 'Steve Golin', 'Vincent Landay'] },
    { role: 'Director of Photography', names: ['Lance Acord'] },
    { role: 'Edited by', names: ['Eric Zumbrunnen'] },
    { role: 'Production Designer', names: ['K.K. Barrett'] },
    { role: 'Costume Designer', names: ['Casey Storm'] },
    { role: 'Music', names: ['Carter Burwell'] },
  ],
  cast: [
    { actor: 'John Cusack', character: 'Craig Schwartz' },
    { actor: 'Cameron Diaz', character: 'Lotte Schwartz' },
    { actor: 'Catherine Keener', character: 'Maxine Lund' },
    { actor: 'John Malkovich', character: 'John Horatio Malkovich' },
    { actor: 'Orson Bean', character: 'Dr. Lester' },
    { actor: 'Mary Kay Place', character: 'Floris' },
    { actor: 'Charlie Sheen', character: 'Charlie' },
  ],
};

// The two blogs are one-person sites, so their author matches the one behind
// the blog's Her review (mocks/seed/her-reviews.ts).
const BEASTLY_REELS_AUTHOR = {
  name: 'Rosa Quintero',
  userId: null,
  bio: 'Rosa Quintero draws comics, writes about films and has strong opinions about cinema seating. Beastly Reels is where she thinks out loud.',
};

const PASTEL_FRAMES_AUTHOR = {
  name: 'Juniper Hale',
  userId: null,
  bio: 'Juniper Hale writes Pastel Frames from a flat with too many film posters and not enough wall.',
};

export const otherReviews: ReviewRecord[] = [
  {
    id: 'r-moon-oq',
    slug: 'moon-2009-orbit-and-quill',
    title: 'Moon: A Lonely Shift on the Far Side, and the Best Kind of Old-Fashioned SF',
    publicationSlug: 'orbit-and-quill',
    author: { name: 'Marguerite Oduya', userId: null },
    publishedAt: '2014-01-28T15:00:00Z',
    summary:
      "Duncan Jones's debut puts Sam Rockwell alone on a lunar mining base and turns one actor, one base and one robot into a sharp, humane story about labour, identity and who gets to go home.",
    categories: ['Reviews', 'Watch Next'],
    tags: ['Sci-Fi', 'Drama', 'AI', 'Loneliness', 'Identity', 'Space'],
    body: `Since our *Her* review went up, the question we get most often in the comments is what to watch next. Our answer, more often than not, is *Moon*. It is the kind of science-fiction film that seems to have been made by someone who actually reads the stuff: small in every measurable way, and enormous in the questions it is willing to sit with.

Sam Bell (Sam Rockwell) is two weeks from the end of a three-year contract on Sarang, a helium-3 harvesting station on the far side of the Moon, run by Lunar Industries. The live link to Earth has been down for most of his stay, so he talks to his wife through recorded messages and to everyone else through GERTY, the station's computer, voiced by Kevin Spacey with a reassuring evenness and a small screen of emoticon faces. Sam tends plants, builds a model village, and talks to himself. Then comes an accident out on the surface, a spell in the infirmary, and a discovery I will not spell out here, except to say that the film plays its big reveal early and spends the rest of its running time on what it *means*.

That choice is what lifts *Moon* above its obvious ancestors. You will spot the nods to *2001*, *Silent Running* and *Outland* in the white corridors and chunky hardware, but Jones is not interested in the menace of the machine. GERTY is, if anything, the kindest presence in the film. The real cold intelligence is a company that has done a sum and decided the sum is fine.

Rockwell is extraordinary. He carries nearly every scene and, in a sense, has to act opposite himself, and he finds a different weight, a different posture of tiredness, for each version of a man who has been alone too long. The model work on the lunar surface is lovely to look at, and Clint Mansell's piano-led score keeps circling back on itself like someone counting days.

> The loneliest thing on the base is not the silence. It is the recorded message that ends before you can answer it.

As a companion piece to *Her* it is fascinating: another story about a man whose most attentive relationship is with a voice, and about whether care that was designed into a machine is any less real for it.

Highly recommended. Bring someone to argue with on the way home.`,
    ...MOON,
    relatedSlugs: ['moon-2009-beastly-reels', 'her-2013-orbit-and-quill', 'ex-machina-2014-orbit-and-quill'],
    commentsOpen: true,
  },
  {
    id: 'r-exmachina-oq',
    slug: 'ex-machina-2014-orbit-and-quill',
    title: 'Ex Machina Runs the Turing Test Backwards',
    publicationSlug: 'orbit-and-quill',
    author: { name: 'Tomas Reinholt', userId: null },
    publishedAt: '2015-04-24T13:00:00Z',
    summary:
      "Alex Garland's directing debut is a cool, claustrophobic chamber piece about a programmer, a tech founder and the machine they think they are studying. It is smarter about power than about circuitry, which is exactly right.",
    categories: ['Reviews'],
    tags: ['Sci-Fi', 'AI', 'Drama', 'Identity'],
    body: `The setup of *Ex Machina* could open a hundred stories in the back issues of any genre magazine you care to name. Caleb (Domhnall Gleeson), a young coder at the search company Blue Book, wins a staff competition: a week at the remote home of the company's reclusive founder, Nathan (Oscar Isaac). On arrival he signs a non-disclosure agreement and learns why he is there. Nathan has built a humanoid machine, Ava (Alicia Vikander), and wants Caleb to judge whether she is conscious.

What Alex Garland, who wrote *28 Days Later* and *Sunshine* before stepping behind the camera, does with that premise is quietly subversive. The film keeps telling us it is about a test, and it is, but the question of who is being examined shifts with every session. Caleb thinks he is the examiner. Nathan thinks he is running the experiment. Ava, seated behind glass, may have the clearest view of anyone.

Vikander is the reason the whole thing works. Her movements are precise to the point of being *slightly too* precise, and her curiosity has an edge that never resolves into either warmth or menace. Isaac plays Nathan as a genius who lifts weights, drinks too much and talks about gods; he is funny, then unpleasant, then frightening, often inside one scene. Sonoya Mizuno, as the silent Kyoko, has fewer lines than anyone and leaves one of the strongest impressions.

The house is a character too: concrete, glass and keycards, with power cuts that plunge rooms into red light and switch off the cameras, the only moments in which anyone can speak freely. Rob Hardy's photography makes it look serene and airless at once.

Where the film is sharpest is on the politics of making a mind. Nathan's project depends on data quietly taken from his own users, and on the assumption that whatever he builds is his to keep. Garland does not lecture; he lets the consequences land.

It is not flawless. Caleb is more of a device than a person at times, and one late development is signposted a little early. But as a first feature it is remarkably sure of itself, and as science fiction it is the real thing: an idea followed all the way down.`,
    ...EX_MACHINA,
    relatedSlugs: ['ex-machina-2014-nerd-signal', 'moon-2009-orbit-and-quill', 'her-2013-orbit-and-quill'],
    commentsOpen: true,
  },
  {
    id: 'r-arrival-oq',
    slug: 'arrival-2016-orbit-and-quill',
    title: 'Arrival: First Contact as a Grammar Lesson',
    publicationSlug: 'orbit-and-quill',
    author: { name: 'Marguerite Oduya', userId: null },
    publishedAt: '2016-11-14T10:00:00Z',
    summary:
      "Denis Villeneuve turns Ted Chiang's celebrated story into a patient, moving film about language, grief and time, anchored by Amy Adams as a linguist asked to talk to the unknowable.",
    categories: ['Reviews'],
    tags: ['Sci-Fi', 'Drama', 'Language', 'Memory'],
    body: `There is a moment early in *Arrival* when the linguist Louise Banks (Amy Adams), standing in the dark belly of an alien vessel, takes off her protective suit so that the visitors can see her face. It is a small, absurd, brave gesture, and it tells you what kind of first-contact film this is going to be: one in which understanding is worth more than safety.

Twelve long, curved shells have come to rest at sites around the world. Nobody knows why. The US military brings Louise and the physicist Ian Donnelly (Jeremy Renner) to the site in Montana, under the watchful Colonel Weber (Forest Whitaker). Inside, behind a clear barrier, are the heptapods, who write in circular inky logograms that hang in the air like smoke rings. Most of the film is the work of reading them.

Readers of Ted Chiang's "Story of Your Life", the source, will know it is a tough story to adapt: its emotional shape depends on *how* you read it, not just on what happens. Eric Heisserer's screenplay finds a cinematic equivalent that I won't spoil, except to say that the film's opening scenes are not what you think they are, and that the moment this becomes clear is one of the great quiet turns in recent genre film.

Villeneuve directs with enormous restraint. Bradford Young's cinematography is all grey light and low cloud; the craft is a plain dark shape against a hillside; Jóhann Jóhannsson's score groans and breathes rather than soars. The geopolitics, with other nations' teams and a world edging towards panic, are the least interesting thing in the film, but they give the story a clock.

At the centre is Adams, superb as someone whose intelligence is inseparable from her tenderness. The film's big idea, that the language you think in shapes what you are able to perceive, is an old argument in linguistics and a rich one in science fiction, and *Arrival* dramatises it better than anything I can remember.

It also asks, without ever quite saying it aloud, what you would choose if you could see the whole of your life at once. Its answer is one of the most quietly devastating things I have seen in a cinema this year.`,
    ...ARRIVAL,
    relatedSlugs: ['arrival-2016-beastly-reels', 'ex-machina-2014-orbit-and-quill'],
    commentsOpen: true,
  },
  {
    id: 'r-eternal-ns',
    slug: 'eternal-sunshine-of-the-spotless-mind-nerd-signal',
    title: 'Review: Eternal Sunshine of the Spotless Mind, Ten Years Later',
    publicationSlug: 'nerd-signal',
    author: { name: 'Priya Castellano', userId: null },
    publishedAt: '2014-03-19T14:00:00Z',
    summary:
      "A decade on, Michel Gondry and Charlie Kaufman's memory-erasure romance looks less like a quirky puzzle film and more like the defining heartbreak movie of its era.",
    shortReview:
      'Still the smartest, saddest and funniest film ever made about a break-up, and the rare mind-bender whose every trick serves the heart.',
    categories: ['Reviews', 'Anniversary'],
    tags: ['Romance', 'Sci-Fi', 'Memory', 'Charlie Kaufman', 'Comedy', 'Drama'],
    body: `Picture the pitch meeting. A man finds out his ex-girlfriend has had him erased from her memory, so he signs up to have her erased from his. Halfway through the procedure, inside his own head, he changes his mind. It sounds like a high-concept comedy, and there is a version of *Eternal Sunshine of the Spotless Mind* that would have been exactly that. The one we got, ten years ago this week, is something stranger and much better.

Joel Barish (Jim Carrey, in the least Jim Carrey role of his career) is a shy, guarded man who fills notebooks on the train. Clementine Kruczynski (Kate Winslet) is impulsive and funny, changes her hair colour with her mood, and warns him early on that she is not anybody's idea of a cure. They meet on a winter beach in Montauk. Or rather, they meet *again*, and the film spends most of its running time showing us why that matters.

The erasure firm, Lacuna, is run out of a shabby office by Dr. Mierzwiak (Tom Wilkinson), and the technicians who do the work are anything but clinical: Stan (Mark Ruffalo) treats the job in the sleeping Joel's apartment like a night in, while Patrick (Elijah Wood) is off using Joel's own memories to woo a girl. Kirsten Dunst's receptionist, Mary, carries a subplot that turns out to be the film's moral argument in miniature.

What still astonishes is how Gondry stages Joel's collapsing memories with practical tricks: rooms that lose their furniture, faces that blur, a bookshop whose covers go blank, a beach house falling apart around the two of them. Very little of it looks like a digital effect, which is exactly why it feels like memory.

Kaufman's script, meanwhile, refuses the easy moral. Erasure is not simply bad, and love is not simply good; the film knows that people who were right to break up can also be right to try again.

**The bottom line:** if you have only seen it once, see it again. It is a different film when you know the ending, which is rather the point.`,
    ...ETERNAL_SUNSHINE,
    relatedSlugs: [
      'eternal-sunshine-of-the-spotless-mind-2004-pastel-frames',
      'her-2013-nerd-signal',
      'being-john-malkovich-1999-riverside-film-institute',
    ],
    commentsOpen: true,
  },
  {
    id: 'r-minority-ns',
    slug: 'minority-report-2002-nerd-signal',
    title: 'Minority Report at 15: The Future It Got Right, and the Part Everyone Forgets',
    publicationSlug: 'nerd-signal',
    author: { name: 'Jules Ferreira-Monk', userId: null },
    publishedAt: '2017-06-21T16:00:00Z',
    summary:
      "Fifteen years on, Steven Spielberg's Philip K. Dick adaptation is remembered for its gesture screens and talking billboards. Its real subject, punishing people for things they have not yet done, has aged even better.",
    shortReview:
      "Spielberg's slickest thriller doubles as a sneakily downbeat argument about free will, and its gadgets now read like a product roadmap.",
    categories: ['Features', 'Anniversary'],
    tags: ['Sci-Fi', 'Dystopia', 'Philip K. Dick', 'Classic'],
    body: `It is the scene everyone remembers: Tom Cruise, in gloves lit at the fingertips, conducting video evidence across a transparent screen like an orchestra. Fifteen years later, *Minority Report* gets cited in nearly every article about interface design, and that is both a compliment and a disservice, because the film is much more than a gadget showcase.

Washington, D.C., 2054. Murder has all but vanished from the city thanks to Precrime, a police unit that arrests killers before they kill, guided by the visions of three "precogs" floating in a milky pool. Chief John Anderton (Cruise) is its true believer, a man holding himself together after the loss of his son. Then the system names *him* as the next murderer, of a man he has never met, and he runs.

Spielberg stages the chase as pure entertainment: jetpack cops, a fight on a car assembly line, a swarm of spider-like eye scanners creeping through an apartment block, and a grimly funny eye transplant that pays off later in a way I won't ruin. Janusz Kamiński shoots it all in bleached, cold light, so that the future looks like an overexposed photograph. Colin Farrell, as a Justice Department investigator sniffing around Precrime, and Max von Sydow, as the programme's founding father, are both excellent.

But the heart of the film is Samantha Morton as Agatha, the most gifted of the precogs, dragged out of the pool and into a world she has only ever seen as a stream of nightmares. Her halting, terrified performance is the conscience of the movie. (*Her* fans may know that Morton was the original voice of Samantha on that film's set, before the role was re-recorded by Scarlett Johansson.)

The detail that has aged best is not the gesture screen. It is the shopping mall where billboards scan Anderton's eyes, greet him by name and suggest purchases. In 2002 it was a joke about advertising. Now it is Tuesday.

**Verdict:** one of Spielberg's best of the 2000s, and far better at thinking than its reputation suggests. Rewatch it and ask yourself how comfortable you would really be with Precrime.`,
    ...MINORITY_REPORT,
    relatedSlugs: ['blade-runner-1982-riverside-film-institute', 'her-2013-nerd-signal'],
    commentsOpen: true,
  },
  {
    id: 'r-exmachina-ns',
    slug: 'ex-machina-2014-nerd-signal',
    title: 'Review: Ex Machina',
    publicationSlug: 'nerd-signal',
    author: { name: 'Priya Castellano', userId: null },
    publishedAt: '2015-01-23T09:00:00Z',
    summary:
      "Alex Garland's debut as a director is tense, funny and unsettling, with Alicia Vikander giving one of the year's best performances as an artificial mind under observation.",
    shortReview:
      'A chilly, gorgeous three-hander that asks whether a machine can think, then asks the better question: what happens when it thinks about you?',
    categories: ['Reviews'],
    tags: ['Sci-Fi', 'AI', 'Drama'],
    body: `You know the drill with films about artificial intelligence. Somebody builds a robot, the robot gets ideas, people get hurt, cue the sequel. *Ex Machina* knows the drill too, and spends 108 minutes quietly refusing to run it.

Here's the setup. Caleb (Domhnall Gleeson), a programmer at a search giant called Blue Book, is flown by helicopter to the isolated home of his boss, Nathan (Oscar Isaac), a genius with a beard, a drinking habit and a research lab built into his house. There he meets Ava (Alicia Vikander), a machine with a human face and hands and a translucent, softly glowing body, and is told to spend the week deciding whether she has a mind.

What follows is basically a series of conversations, and it is riveting. Each session with Ava is numbered on screen like a lab log, and each one tilts the balance a little. Is she flirting with Caleb because she likes him, because Nathan built her to, or because she has worked out that it is her best way out of the room? The film lets you change your mind about that several times, and it plays fair.

Things you'll be talking about afterwards:

- **The dance scene.** You'll know it when you see it. It is hilarious and deeply creepy at the same time.
- **The design.** Ava's body, all mesh and light, is some of the best robot design in years, and it works because it is so simple.
- **The ending.** No spoilers, but it is the rare genre ending that feels both shocking and inevitable.

If there is a weakness, it's that Caleb is a bit of a blank. Gleeson is good, but the script treats him more as a lens than a person. That's a small complaint about a film this confident.

**The verdict:** go. Then go home and look at your laptop camera a little differently.`,
    ...EX_MACHINA,
    relatedSlugs: [
      'ex-machina-2014-orbit-and-quill',
      'her-2013-nerd-signal',
      'minority-report-2002-nerd-signal',
    ],
    commentsOpen: true,
  },
  {
    id: 'r-lost-pf',
    slug: 'lost-in-translation-2003-pastel-frames',
    title: 'Lost in Translation, Ten Years On',
    publicationSlug: 'pastel-frames',
    author: PASTEL_FRAMES_AUTHOR,
    publishedAt: '2013-09-14T20:15:00Z',
    summary:
      "A personal return to Sofia Coppola's Tokyo film about two sleepless strangers in a hotel, and why its quietness has only grown louder with time.",
    categories: ['Film Diary', 'Rewatch'],
    tags: ['Drama', 'Romance', 'Comedy', 'Loneliness', 'Scarlett Johansson'],
    body: `I first saw *Lost in Translation* the autumn I moved to a city where I didn't know anyone, which is probably the most unfair advantage a film has ever had on me. Ten years later I watched it again on a rainy Sunday, half expecting to find it slight. It isn't. It is just quiet, and I had forgotten how much quiet can hold.

Bob Harris (Bill Murray) is a fading American film star in Tokyo to shoot whisky commercials, for an enormous fee and very little dignity. Charlotte (Scarlett Johansson) is a recent philosophy graduate who has tagged along with her photographer husband, John (Giovanni Ribisi), and spends her days alone in their hotel room, looking down at the city through the glass. Neither of them can sleep. They keep finding each other in the hotel bar.

That is more or less the whole plot, and Sofia Coppola trusts it completely. What happens instead of plot is *texture*: the blinking arcades, a karaoke room where Bob sings about peace, love and understanding with terrible sincerity, a trip to Kyoto that Charlotte takes on her own, a hospital waiting room, a night out that ends with everyone running through the neon. Lance Acord's camera treats the city the way you see it at night with your forehead against a taxi window.

Murray is wonderful in a way that looks effortless and surely isn't; so much of the comedy lives in the timing of his silences. Johansson, still a teenager when it was shot, is startlingly self-possessed, and together they make a friendship between a man in his fifties and a woman in her twenties feel like what it is here: a mutual rescue, not a romance that needs completing.

And then there is the ending, the whisper we never get to hear. I used to want to know what he said. This time I was glad not to. Some things should stay between two people.

The screenplay won Coppola an Oscar, and I think the reason the film lasts is that it isn't really about Tokyo at all. It's about the particular loneliness of being awake while everyone you love is asleep.`,
    ...LOST_IN_TRANSLATION,
    posterCredit: 'Poster: Focus Features',
    relatedSlugs: ['eternal-sunshine-of-the-spotless-mind-2004-pastel-frames', 'her-2013-pastel-frames'],
    commentsOpen: true,
  },
  {
    id: 'r-eternal-pf',
    slug: 'eternal-sunshine-of-the-spotless-mind-2004-pastel-frames',
    title: "A Valentine's Day Confession: Eternal Sunshine of the Spotless Mind",
    publicationSlug: 'pastel-frames',
    author: PASTEL_FRAMES_AUTHOR,
    publishedAt: '2013-02-14T21:40:00Z',
    summary:
      "Every Valentine's Day I rewatch the same break-up film instead of a romance. Here is why Joel and Clementine still feel like the most honest couple in the movies.",
    categories: ['Film Diary', 'Rewatch'],
    tags: ['Romance', 'Memory', 'Charlie Kaufman', 'Drama'],
    body: `Every Valentine's Day, while other people are booking tables, I make a pot of tea and put on *Eternal Sunshine of the Spotless Mind*. It has become a small ritual, and this year I finally want to write down why a film about two people deleting each other is the most romantic thing I know. (It helps that the film itself opens on Valentine's Day.)

You probably remember the premise. Joel (Jim Carrey) learns that Clementine (Kate Winslet), his girlfriend, has paid a clinic called Lacuna to erase every memory of him. Hurt and furious, he books the same procedure. Most of the film then takes place inside his head overnight, as the technicians work backwards through the relationship, from the bitter end to the giddy start, deleting as they go.

The genius of that structure is that it makes us fall in love in reverse. We meet the worst of them first: the sniping, the silent dinners, the arguments that go nowhere. Only then do we get the good parts, and by the time Joel is begging to keep *one* memory, just one, we are begging alongside him.

I love how unglamorous it all is. Joel in his bulky coat, Clementine with her blue hair (the dye is called Blue Ruin, she tells him), the frozen Charles River they lie down on to look at the sky, the technicians turning Joel's bedroom into a party while he sleeps. Michel Gondry builds the dream logic out of camera tricks and sets that fall apart, and it feels homemade in exactly the way memories do.

> I'd rather remember the whole thing badly than forget it perfectly.

That's my line, not the film's, but it is how I feel every year when the credits roll over Beck's version of "Everybody's Gotta Learn Sometime".

What Charlie Kaufman's script understands is that the problems of a relationship are usually there from the first day, and that two people can see them clearly and choose each other anyway. It isn't a happy ending, exactly. It's a hopeful one, which is harder to write and truer to live.

Happy Valentine's Day, whoever you're spending it with, including yourself.`,
    ...ETERNAL_SUNSHINE,
    posterCredit: 'Poster: Focus Features',
    relatedSlugs: [
      'eternal-sunshine-of-the-spotless-mind-nerd-signal',
      'lost-in-translation-2003-pastel-frames',
    ],
    commentsOpen: true,
  },
  {
    id: 'r-bladerunner-rfi',
    slug: 'blade-runner-1982-riverside-film-institute',
    title: 'Blade Runner',
    publicationSlug: 'riverside-film-institute',
    author: { name: 'Oliver Achterberg', userId: null },
    publishedAt: '2019-11-01T09:00:00Z',
    summary:
      "Programme note for our November 2019 screening of Ridley Scott's Blade Runner (The Final Cut), in the very month its future Los Angeles was set.",
    pullQuote: {
      text: 'I had seen it five times on a small screen. On the big one, in the dark, I finally felt the rain.',
      attribution: 'Dana R, Riverside Member',
    },
    categories: ['Member Picks'],
    tags: ['Sci-Fi', 'Classic', 'AI', 'Philip K. Dick', 'Dystopia'],
    body: `*Blade Runner* is set in Los Angeles in November 2019, which makes this month's screening a small appointment with a future that has now, officially, arrived. It did not arrive quite as promised. There are no flying police cars over the city and no off-world colonies advertised from the sides of airships. But the film's deeper predictions, of a city dissolved into advertising, of corporations that manufacture people, of a life spent wondering whether your memories are your own, look more accurate every year.

Ridley Scott's film, adapted by Hampton Fancher and David Peoples from Philip K. Dick's 1968 novel *Do Androids Dream of Electric Sheep?*, follows Rick Deckard (Harrison Ford), a retired "blade runner" pressed back into service to hunt four replicants, engineered humans who have returned illegally to Earth. Their leader, Roy Batty (Rutger Hauer), wants what every creature wants: more life. Their maker, Dr. Eldon Tyrell (Joe Turkel), sits at the top of a pyramid and cannot give it to him.

On release in 1982 the film disappointed at the box office, and the version audiences saw carried a narration and an upbeat final scene that its director had not wanted. Its reputation grew on home video and in repertory cinemas until Scott could return to it: first a Director's Cut in 1992, then The Final Cut in 2007, which is the version we are showing.

What makes it endure is the world. Production designer Lawrence G. Paull and visual futurist Syd Mead built a city layered like sediment, old buildings retrofitted with ducts and neon, street life in a dozen languages, and Jordan Cronenweth lit it through smoke and sweeping searchlights, so that every interior seems to be under surveillance. Vangelis's synthesiser score gives the whole thing the feeling of something half remembered.

And then there is Hauer, whose final scene on a rooftop in the rain, a speech he famously cut down and reworked himself, turns the villain into the film's most human figure. Decades of science fiction about artificial people, up to and including the tender, talkative machines of more recent films, have been answering that moment ever since.

*Programme note by Oliver Achterberg, Riverside Film Institute.*`,
    ...BLADE_RUNNER,
    relatedSlugs: ['minority-report-2002-nerd-signal', 'her-2013-riverside-film-institute'],
    commentsOpen: true,
  },
  {
    id: 'r-malkovich-rfi',
    slug: 'being-john-malkovich-1999-riverside-film-institute',
    title: 'Being John Malkovich',
    publicationSlug: 'riverside-film-institute',
    author: { name: 'Imogen Tallis', userId: null },
    publishedAt: '2022-10-06T09:00:00Z',
    summary:
      "Programme note for our Member Picks screening of Spike Jonze and Charlie Kaufman's first feature, a comedy about a door into someone else's head that turns out to be about longing.",
    pullQuote: {
      text: 'I laughed for an hour and then lay awake wondering who was steering me.',
      attribution: 'Theo P, Riverside Member',
    },
    categories: ['Member Picks'],
    tags: ['Comedy', 'Classic', 'Spike Jonze', 'Charlie Kaufman', 'Identity'],
    body: `Somewhere in Manhattan, between the seventh and eighth floors of an office building, there is a floor with ceilings so low that everyone who works on it walks bent over. Behind a filing cabinet on that floor there is a small door, and behind the door a tunnel that leads, for fifteen minutes at a time, into the head of the actor John Malkovich. After that you are dropped into a ditch beside the New Jersey Turnpike.

It is hard to overstate how strange *Being John Malkovich* seemed in 1999, and how strange it remains. It was the first feature for both its director, Spike Jonze, then best known for music videos, and its writer, Charlie Kaufman, and it announced two sensibilities that would shape American screen comedy for years: deadpan about the absurd, sincere about the sad.

Craig Schwartz (John Cusack) is a street puppeteer whose art nobody wants, married to Lotte (Cameron Diaz, barely recognisable under a frizz of hair), who shares their apartment with a growing menagerie of animals. Taking a filing job on floor 7½, Craig falls for his colleague Maxine (Catherine Keener), who has no interest in him whatsoever. When he finds the portal, Maxine sees a business opportunity, Lotte sees a chance to become someone else, and the film sets off in directions no summary can prepare you for.

What gives the comedy its weight is that everyone in it wants to be inside someone else. Craig wants to be seen; Lotte wants to be a different person; Maxine wants to be wanted. Malkovich himself, playing a version of himself with a good deal of courage, simply wants his head back, and his own trip through the portal is one of the great surreal sequences in American cinema.

Lance Acord's photography is deliberately drab, the palette of a mid-level office, and K.K. Barrett's production design makes floor 7½ believable down to the last beige carpet tile. Carter Burwell's score treats the whole thing as a fairy tale, which in the end is what it is.

The film was nominated for Academy Awards for Jonze's direction, Kaufman's screenplay and Keener's performance. Members who know Jonze's later *Her* will find its preoccupations already here: longing, loneliness, and the question of whether we can ever really live inside another person's experience.

*Programme note by Imogen Tallis, Riverside Film Institute.*`,
    ...BEING_JOHN_MALKOVICH,
    relatedSlugs: ['her-2013-riverside-film-institute', 'eternal-sunshine-of-the-spotless-mind-nerd-signal'],
    commentsOpen: true,
  },
  {
    id: 'r-moon-br',
    slug: 'moon-2009-beastly-reels',
    title: 'Moon, GERTY and the Saddest Smiley Face in Cinema',
    publicationSlug: 'beastly-reels',
    author: BEASTLY_REELS_AUTHOR,
    publishedAt: '2015-08-05T19:00:00Z',
    summary:
      "A heatwave rewatch of Duncan Jones's Moon, and a love letter to a robot that communicates mainly in emoticons.",
    categories: ['Beastly Reviews', 'Rewatch'],
    tags: ['Sci-Fi', 'AI', 'Loneliness', 'Space', 'Identity'],
    body: `Confession: I have watched *Moon* more times than any other film released since I started this blog. Last night, hiding from the heatwave with the curtains shut, I watched it again, and this time I want to talk about the robot.

Quick recap for anyone who hasn't seen it (you should; it's only just over an hour and a half). Sam Bell (Sam Rockwell) is the only person on a mining base on the Moon, coming to the end of a three-year stint. His only company is GERTY, the base computer, who glides around on a rail in the ceiling and has a little screen showing a yellow face: smiling, frowning, worried, unsure. Things go wrong, Sam finds something he was never meant to find, and the film becomes a mystery and then, really, a tragedy.

Now, GERTY. Every instinct the genre has given us says this machine is going to turn out to be the villain. He's got the calm voice (Kevin Spacey, being very soothing), he's got the single watching lens, and he belongs to a company that clearly doesn't have Sam's best interests at heart. We are *primed* for the moment the computer refuses to open the pod bay doors.

It never comes. Without spoiling the details, GERTY is the one character in the film who consistently tries to help Sam, even when helping Sam means working against what he was built for. And the film sells that with a silly little smiley face. There's one scene, late on, where GERTY offers Sam something very simple, and I am not ashamed to say I had to pause the film.

Sam Rockwell is brilliant, obviously. I'd watch him do his taxes. But the thing that gets me about *Moon* is how much feeling Duncan Jones gets out of so little: a handful of sets, some beautiful model shots of harvesters crawling over grey dust, Clint Mansell's looping piano, and a robot made of a rail and a screen.

**Beastly rating:** five out of five moon rocks. GERTY, you deserved better. So did Sam.`,
    ...MOON,
    relatedSlugs: ['moon-2009-orbit-and-quill', 'arrival-2016-beastly-reels'],
    commentsOpen: true,
  },
  {
    id: 'r-arrival-br',
    slug: 'arrival-2016-beastly-reels',
    title: 'Arrival Made Me Call My Mum',
    publicationSlug: 'beastly-reels',
    author: BEASTLY_REELS_AUTHOR,
    publishedAt: '2024-11-10T18:30:00Z',
    summary:
      "Eight years after it came out, Arrival is still the science-fiction film I push on people who say they don't like science fiction. A spoiler-light appreciation.",
    categories: ['Beastly Reviews', 'Rewatch'],
    tags: ['Sci-Fi', 'Language', 'Memory', 'Drama'],
    body: `I'm going to try to write about *Arrival* without spoiling it, which is a bit like describing a magic trick without mentioning the rabbit. Bear with me.

Here's the setup. Twelve huge alien craft, shaped like something between a seed and a smooth stone, appear at scattered spots around the Earth and just... hover. Nobody knows what they want. The American army brings in a linguist, Louise Banks (Amy Adams), and a physicist, Ian Donnelly (Jeremy Renner), to go inside the one in Montana and work out how to talk to whatever is in there. What's in there turns out to be two enormous seven-limbed creatures behind a glass wall, who "write" by releasing rings of ink into the air. Ian nicknames them Abbott and Costello, which is one of the film's very few jokes, and a good one.

Most alien movies would now cut to the laser battle. This one cuts to *homework*. Louise starts with basic words, builds a vocabulary, and argues with the military about whether you can ask a species what its purpose is before you've established what a question even is. I found this utterly gripping, which tells you a lot about the film and possibly about me.

Then there are the glimpses of Louise's life with her daughter, which open the film and keep interrupting it. That's all I'll say. If you know, you know, and if you don't, go and find out.

What I keep coming back to on rewatches is how *kind* the film is. It's about frightened people choosing to be patient, and about a woman deciding that what she will lose is worth what she gets to have. I first saw it alone in a nearly empty cinema and rang my mum on the walk home for no reason I could explain to her.

Bradford Young's photography is foggy and grey and gorgeous, and the music is stunning: Jóhann Jóhannsson's score, all groaning voices and strings, plus Max Richter's "On the Nature of Daylight" at the start and the end, which should come with a box of tissues.

**Beastly rating:** five out of five heptapods. Possibly six.`,
    ...ARRIVAL,
    relatedSlugs: ['arrival-2016-orbit-and-quill', 'moon-2009-beastly-reels'],
    commentsOpen: true,
  },
];
