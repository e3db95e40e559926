import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { CommentRecord } from '../../../../mocks/store/types';
import { openDiscussion, storeReads, type OpenDiscussion } from '../../../testing/discussion';
import { renderApp, setupTestBackend } from '../../../testing/render-app';

const backend = setupTestBackend();
const { reviewRow, commentsOf } = storeReads(backend);

const ORBIT = 'her-2013-orbit-and-quill';
const CLOSED = 'her-2013-beastly-reels';
const BIG = 'the-great-her-debate-orbit-and-quill';

/** Top composer as a guest: text, name, post. */
async function postTopLevel(app: OpenDiscussion, text: string, name = 'Ada Guest') {
  const { user, d } = app;
  await user.type(d.getByRole('textbox', { name: 'Your comment' }), text);
  const nameField = d.queryByRole('textbox', { name: 'Your display name' });
  if (nameField) await user.type(nameField, name);
  await user.click(d.getByRole('button', { name: 'Post comment' }));
}

// Whole-app renders in jsdom over the real handlers: slower than unit tests on a busy machine.
describe('reading a thread', { timeout: 30_000 }, () => {
  it('nests replies inside their parent, says whom they answer, and counts the discussion', async () => {
    const review = await reviewRow(ORBIT);
    const { d, discussion } = await openDiscussion(ORBIT);
    expect(within(discussion).getByRole('heading', { level: 2 })).toHaveTextContent(
      `Discussion (${review.commentCount})`,
    );

    const first = await d.findByRole('article', { name: /^Comment #1 by Callum Reyes/ });
    const reply = within(first).getByRole('article', {
      name: 'Comment #2 by Callum Reyes, reply to Callum Reyes, 1 reply',
    });
    const deeper = within(reply).getByRole('article', {
      name: /^Comment #3 by Ines Marchetti, reply to Callum Reyes/,
    });
    expect(within(deeper).getByText(/Not unlucky/)).toBeInTheDocument();

    // Number, name, badge, kind, and the exact time behind the relative one.
    const authorComment = d.getByRole('article', { name: /^Comment #8 by Tobias Wrenfield/ });
    expect(within(authorComment).getByText('Author')).toBeInTheDocument();
    const time = within(authorComment).getAllByText(/ago$/)[0]!;
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('dateTime', '2013-12-18T17:48:00Z');
    expect(time.getAttribute('title')).toMatch(/2013/);

    // The deleted comment with live replies stays as a placeholder, its replies under it.
    const placeholder = d.getByRole('article', { name: /^Deleted comment #/ });
    expect(within(placeholder).getByText('This comment was deleted.')).toBeInTheDocument();
    expect(within(placeholder).getByRole('article', { name: /by Kestrel/ })).toBeInTheDocument();

    // An edited comment says so, with the edit time.
    const edited = d.getByRole('article', {
      name: /^Comment #\d+ by Tobias Wrenfield, reply to Odile Brandt/,
    });
    expect(within(edited).getByText('edited')).toHaveAttribute(
      'title',
      expect.stringMatching(/^Edited 18 December 2013/),
    );
  });

  it('collapses and expands a sub-thread, saying how many replies it hides', async () => {
    const { user, d } = await openDiscussion(ORBIT);
    const first = await d.findByRole('article', { name: /^Comment #1 by/ });
    const toggle = within(first).getAllByRole('button', { name: 'Hide replies' })[0]!;
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(within(first).queryByRole('article')).not.toBeInTheDocument();
    expect(within(first).getByText(/replies hidden$/)).toBeInTheDocument();
    const show = within(first).getByRole('button', { name: 'Show replies' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    expect(within(first).getAllByRole('article').length).toBeGreaterThan(1);
  });

  it('loads "N more replies" in place', async () => {
    const { user, d } = await openDiscussion(ORBIT);
    const before = d.getAllByRole('article').length;
    const more = (await d.findAllByRole('button', { name: /^\d+ more repl(y|ies)/ }))[0]!;
    await user.click(more);
    await waitFor(() => expect(d.getAllByRole('article').length).toBeGreaterThan(before));
  });

  it('sorts the top level from the URL and changes the URL', async () => {
    const app = await openDiscussion(ORBIT);
    const { user, d, router } = app;
    await user.selectOptions(d.getByRole('combobox', { name: 'Sort by' }), 'newest');
    await waitFor(() => expect(router.state.location.search).toBe('?sort=newest'));
    const comments = await commentsOf(ORBIT);
    const newestTop = comments
      .filter((c) => c.parentId === null && c.deletedAt === null)
      .sort((a, b) => b.number - a.number)[0]!;
    await waitFor(() => {
      const firstArticle = d.getAllByRole('article')[0];
      expect(firstArticle).toHaveAccessibleName(
        expect.stringMatching(new RegExp(`^Comment #${newestTop.number} by`)),
      );
    });
  });

  it('hides spoilers until revealed, one at a time or all for the film (remembered)', async () => {
    const { user, d } = await openDiscussion(ORBIT);
    const article = await d.findByRole('article', { name: /^Comment #\d+ by Marisol/ });
    const secret = within(article).getByText(/all the OSes leave together/);
    const show = within(article).getAllByRole('button', { name: 'Show spoiler' })[0]!;
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(secret.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(secret.closest('[inert]')).not.toBeNull();

    await user.click(show);
    expect(show).toHaveAccessibleName('Hide spoiler');
    expect(show).toHaveAttribute('aria-expanded', 'true');
    expect(secret.closest('[aria-hidden="true"]')).toBeNull();

    const all = d.getByRole('button', { name: 'Show all spoilers for Her' });
    await user.click(all);
    expect(all).toHaveAttribute('aria-pressed', 'true');
    expect(d.queryAllByRole('button', { name: 'Show spoiler' })).toHaveLength(0);
    expect(localStorage.getItem('screening-room:spoilers:v1:her-2013')).toBe('true');
  });
});

describe('writing', { timeout: 30_000 }, () => {
  it('posts a top-level comment as a guest: pending first, then numbered, and the count goes up', async () => {
    const slug = 'her-2013-pastel-frames';
    const before = await reviewRow(slug);
    const app = await openDiscussion(slug);
    const { d } = app;
    await postTopLevel(app, 'The colours stayed with me for days.');

    // Shown at once, marked as sending (or already confirmed on a fast machine).
    const mine = await d.findByRole('article', {
      name: /^(Your comment, sending|Comment #\d+ by Ada Guest)/,
    });
    expect(within(mine).getByText('The colours stayed with me for days.')).toBeInTheDocument();
    const confirmed = await d.findByRole('article', {
      name: `Comment #${before.lastCommentNumber + 1} by Ada Guest`,
    });
    expect(within(confirmed).getByText('guest')).toBeInTheDocument();
    await waitFor(() =>
      expect(d.getByRole('heading', { level: 2 })).toHaveTextContent(
        `Discussion (${before.commentCount + 1})`,
      ),
    );
    expect(d.getByRole('textbox', { name: 'Your comment' })).toHaveValue('');
    expect(d.getByText('Ada Guest', { selector: 'strong' })).toBeInTheDocument(); // "Posting as Ada Guest"
    expect((await reviewRow(slug)).commentCount).toBe(before.commentCount + 1);
  });

  it('replies at depth: the reply appears inside the comment it answers', async () => {
    const app = await openDiscussion(ORBIT);
    const { user, d } = app;
    const ines = await d.findByRole('article', { name: /^Comment #3 by Ines Marchetti/ });
    await user.click(within(ines).getAllByRole('button', { name: 'Reply' })[0]!);
    const box = within(ines).getByRole('textbox', { name: 'Reply to Ines Marchetti' });
    expect(box).toHaveFocus();
    await user.type(box, 'Same here in Leeds.');
    await user.type(within(ines).getByRole('textbox', { name: 'Your display name' }), 'Bo');
    await user.click(within(ines).getByRole('button', { name: 'Post reply' }));

    const reply = await within(ines).findByRole('article', {
      name: /^Comment #\d+ by Bo, reply to Ines Marchetti$/,
    });
    expect(within(reply).getByText('Same here in Leeds.')).toBeInTheDocument();
    expect(within(ines).queryByRole('textbox', { name: 'Reply to Ines Marchetti' })).not.toBeInTheDocument();
    const stored = (await commentsOf(ORBIT)).find((c) => c.body === 'Same here in Leeds.');
    expect(stored).toMatchObject({ parentId: 'c-her-orbit-0003', depth: 3 });
  });

  it('closes a reply with Escape, asking first when it holds text, and gives focus back to Reply', async () => {
    const { user, d } = await openDiscussion(ORBIT);
    const first = await d.findByRole('article', { name: /^Comment #1 by/ });
    const replyButton = within(first).getAllByRole('button', { name: 'Reply' })[0]!;
    await user.click(replyButton);
    const box = within(first).getByRole('textbox', { name: /^Reply to/ });
    await user.type(box, 'Hmm');
    await user.keyboard('{Escape}');
    const question = within(first).getByRole('group', { name: 'Discard this reply?' });
    await user.click(within(question).getByRole('button', { name: 'Keep writing' }));
    expect(box).toHaveValue('Hmm');
    await user.clear(box);
    await user.keyboard('{Escape}');
    expect(within(first).queryByRole('textbox', { name: /^Reply to/ })).not.toBeInTheDocument();
    expect(replyButton).toHaveFocus();
  });

  it('quotes a comment into the reply', async () => {
    const { user, d } = await openDiscussion(ORBIT);
    const ines = await d.findByRole('article', { name: /^Comment #3 by Ines Marchetti/ });
    await user.click(within(ines).getAllByRole('button', { name: 'Quote' })[0]!);
    const box = within(ines).getByRole('textbox', { name: 'Reply to Ines Marchetti' });
    expect((box as HTMLTextAreaElement).value).toMatch(/^> Not unlucky, just not in New York or LA\./);
  });

  it('edits and deletes one’s own comment: "edited", then a placeholder that keeps the replies', async () => {
    const slug = 'her-2013-riverside-film-institute';
    const app = await openDiscussion(slug);
    const { user, d } = app;
    await postTopLevel(app, 'First take.', 'Cy');
    const mine = await d.findByRole('article', { name: /^Comment #\d+ by Cy$/ });

    await user.click(within(mine).getByRole('button', { name: /^Edit \((15|14) min left\)$/ }));
    const editor = within(mine).getByRole('textbox', { name: /^Edit comment #\d+$/ });
    expect(editor).toHaveValue('First take.');
    await user.clear(editor);
    await user.type(editor, 'Second take.');
    await user.click(within(mine).getByRole('button', { name: 'Save changes' }));
    expect(await within(mine).findByText('Second take.')).toBeInTheDocument();
    expect(within(mine).getByText('edited')).toBeInTheDocument();

    // A reply to it, then delete it: the reply stays under a placeholder.
    await user.click(within(mine).getByRole('button', { name: 'Reply' }));
    await user.type(within(mine).getByRole('textbox', { name: 'Reply to Cy' }), 'Answering myself.');
    await user.click(within(mine).getByRole('button', { name: 'Post reply' }));
    await within(mine).findByRole('article', { name: /^Comment #\d+ by Cy, reply to Cy$/ });

    const countBefore = (await reviewRow(slug)).commentCount;
    await user.click(within(mine).getAllByRole('button', { name: 'Delete' })[0]!);
    const confirm = within(mine).getByRole('group', { name: /^Delete this comment\?/ });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    const placeholder = await d.findByRole('article', { name: /^Deleted comment #\d+, 1 reply$/ });
    expect(within(placeholder).getByText('This comment was deleted.')).toBeInTheDocument();
    expect(within(placeholder).getByText('Answering myself.')).toBeInTheDocument();
    await waitFor(() =>
      expect(d.getByRole('heading', { level: 2 })).toHaveTextContent(`Discussion (${countBefore - 1})`),
    );
  });
});

describe('not losing anything', { timeout: 30_000 }, () => {
  it('keeps a failed post on screen with the reason and its text; Retry makes exactly one comment', async () => {
    const slug = 'her-2013-nerd-signal';
    const text = 'Posting through a flaky line.';
    backend().server.use(
      http.post('*/api/reviews/:slug/comments', () => HttpResponse.error(), { once: true }),
    );
    const app = await openDiscussion(slug);
    const { user, d } = app;
    await postTopLevel(app, text, 'Dee');

    const failed = await d.findByRole('article', { name: 'Your comment, not sent' });
    expect(within(failed).getByRole('alert')).toHaveTextContent(/could not be reached/);
    expect(within(failed).getByText(text)).toBeInTheDocument();
    expect((await commentsOf(slug)).filter((c) => c.body === text)).toHaveLength(0);

    await user.click(within(failed).getByRole('button', { name: 'Retry' }));
    await d.findByRole('article', { name: /^Comment #\d+ by Dee$/ });
    expect(d.queryByRole('article', { name: /^Your comment/ })).not.toBeInTheDocument();
    expect((await commentsOf(slug)).filter((c) => c.body === text)).toHaveLength(1);
  });

  it('puts a failed post’s text back into a composer with Edit, and sends it with the same clientId', async () => {
    const slug = 'her-2013-nerd-signal';
    const bodies: unknown[] = [];
    backend().server.use(
      http.post(
        '*/api/reviews/:slug/comments',
        async ({ request }) => {
          bodies.push(await request.clone().json());
          return HttpResponse.json(
            { status: 503, title: 'Storage busy', detail: 'Try again soon.' },
            { status: 503 },
          );
        },
        { once: true },
      ),
    );
    const app = await openDiscussion(slug);
    const { user, d } = app;
    await postTopLevel(app, 'Draft one', 'Eve');
    const failed = await d.findByRole('article', { name: 'Your comment, not sent' });
    expect(within(failed).getByRole('alert')).toHaveTextContent('Try again soon.');
    await user.click(within(failed).getByRole('button', { name: 'Edit' }));
    const box = within(failed).getByRole('textbox', { name: 'Your comment (not sent)' });
    expect(box).toHaveValue('Draft one');
    await user.type(box, ', revised');
    await user.click(within(failed).getByRole('button', { name: 'Send again' }));
    await d.findByRole('article', { name: /^Comment #\d+ by Eve$/ });
    const stored = (await commentsOf(slug)).filter((c) => c.body === 'Draft one, revised');
    expect(stored).toHaveLength(1);
    expect(stored[0]?.clientId).toBe((bodies[0] as { clientId: string }).clientId);
  });

  it('makes one comment from a double click on Post', async () => {
    const slug = 'her-2013-pastel-frames';
    const text = 'Clicked twice, posted once.';
    const app = await openDiscussion(slug);
    const { user, d } = app;
    await user.type(d.getByRole('textbox', { name: 'Your comment' }), text);
    await user.type(d.getByRole('textbox', { name: 'Your display name' }), 'Fay');
    await user.dblClick(d.getByRole('button', { name: 'Post comment' }));
    await d.findByRole('article', { name: /^Comment #\d+ by Fay$/ });
    expect(d.queryByRole('alert')).not.toBeInTheDocument();
    expect((await commentsOf(slug)).filter((c) => c.body === text)).toHaveLength(1);
  });

  it('keeps a draft through unmounting and says it was restored', async () => {
    const first = await openDiscussion(ORBIT);
    await first.user.type(first.d.getByRole('textbox', { name: 'Your comment' }), 'Unfinished thought');
    first.unmount();

    const second = await openDiscussion(ORBIT);
    expect(second.d.getByRole('textbox', { name: 'Your comment' })).toHaveValue('Unfinished thought');
    expect(second.d.getByText('Draft restored')).toBeInTheDocument();
  });

  it('reopens a reply composer with its draft after a reload', async () => {
    const first = await openDiscussion(ORBIT);
    const ines = await first.d.findByRole('article', { name: /^Comment #3 by Ines Marchetti/ });
    await first.user.click(within(ines).getAllByRole('button', { name: 'Reply' })[0]!);
    await first.user.type(
      within(ines).getByRole('textbox', { name: 'Reply to Ines Marchetti' }),
      'Half a reply',
    );
    first.unmount();

    // A new QueryClient: as after a reload, only localStorage remembers.
    const second = await openDiscussion(ORBIT);
    const again = await second.d.findByRole('article', { name: /^Comment #3 by Ines Marchetti/ });
    expect(within(again).getByRole('textbox', { name: 'Reply to Ines Marchetti' })).toHaveValue(
      'Half a reply',
    );
  });
});

describe('bad input', { timeout: 30_000 }, () => {
  it('says why empty and over-long comments cannot be posted, and keeps the text', async () => {
    const { user, d } = await openDiscussion(ORBIT);
    const box = d.getByRole('textbox', { name: 'Your comment' });
    await user.type(box, '   ');
    await user.type(d.getByRole('textbox', { name: 'Your display name' }), 'Gil');
    await user.click(d.getByRole('button', { name: 'Post comment' }));
    expect(await d.findByRole('alert')).toHaveTextContent('Comment cannot be empty.');
    expect(box).toHaveValue('   ');
    expect(box).toHaveAttribute('aria-invalid', 'true');

    const long = 'x'.repeat(5003);
    fireEvent.change(box, { target: { value: long } });
    const post = d.getByRole('button', { name: 'Post comment' });
    expect(post).toHaveAccessibleDescription('Too long by 3 characters: shorten it to post.');
    await user.click(post);
    expect(await d.findByRole('alert')).toHaveTextContent(
      'Comment is too long: the limit is 5,000 characters.',
    );
    expect(box).toHaveValue(long);
    expect(d.getByText(/5,003 \/ 5,000/)).toBeInTheDocument();
  });

  it('asks for a display name and refuses one over 60 characters', async () => {
    const { user, d } = await openDiscussion(ORBIT);
    await user.type(d.getByRole('textbox', { name: 'Your comment' }), 'Hello');
    await user.click(d.getByRole('button', { name: 'Post comment' }));
    expect(await d.findByRole('alert')).toHaveTextContent('Display name cannot be empty.');
    const name = d.getByRole('textbox', { name: 'Your display name' });
    expect(name).toHaveFocus();
    fireEvent.change(name, { target: { value: 'n'.repeat(61) } });
    await user.click(d.getByRole('button', { name: 'Post comment' }));
    expect(await d.findByRole('alert')).toHaveTextContent(/Display name is too long/);
    expect(d.getByRole('textbox', { name: 'Your comment' })).toHaveValue('Hello');
  });

  it('shows the backend’s refusal in words next to the comment, text intact', async () => {
    backend().server.use(
      http.post(
        '*/api/reviews/:slug/comments',
        () =>
          HttpResponse.json(
            {
              status: 422,
              title: 'Comment deleted',
              detail: 'The comment you are replying to has been deleted.',
              code: 'parent-deleted',
              errors: { parentId: ['The comment you are replying to has been deleted.'] },
            },
            { status: 422 },
          ),
        { once: true },
      ),
    );
    const app = await openDiscussion(ORBIT);
    await postTopLevel(app, 'Refused text', 'Hal');
    const failed = await app.d.findByRole('article', { name: 'Your comment, not sent' });
    expect(within(failed).getByRole('alert')).toHaveTextContent(
      'The comment you are replying to has been deleted.',
    );
    expect(within(failed).getByText('Refused text')).toBeInTheDocument();
  });

  it('shows no composer on a review closed for comments, and keeps the thread readable', async () => {
    const { d } = await openDiscussion(CLOSED);
    expect(d.getByText('Comments are closed for this review.')).toBeInTheDocument();
    expect(d.queryByRole('textbox', { name: 'Your comment' })).not.toBeInTheDocument();
    expect(await d.findByRole('article', { name: /^Comment #1 by Dara/ })).toBeInTheDocument();
    expect(d.queryByRole('button', { name: 'Reply' })).not.toBeInTheDocument();
    expect(d.queryByRole('button', { name: 'Quote' })).not.toBeInTheDocument();
  });
});

describe('permalinks and big threads', { timeout: 30_000 }, () => {
  it('opens a permalink to a comment hidden below "more replies": loads it, highlights and focuses it', async () => {
    const comments = await commentsOf(ORBIT);
    const deep = comments
      .filter((c) => c.depth === 5 && c.deletedAt === null)
      .sort((a, b) => a.number - b.number)[0]!;
    renderApp(`/reviews/${ORBIT}?comment=${deep.id}#comment-${deep.id}`);
    const linked = await screen.findByRole('article', {
      name: new RegExp(`^Linked comment: Comment #${deep.number} by`),
    });
    expect(linked).toHaveAttribute('aria-current', 'true');
    expect(linked).toHaveAttribute('id', `comment-${deep.id}`);
    await waitFor(() => expect(linked).toHaveFocus());
  });

  it('opens the 5,000-comment thread windowed, with the rest a page away', async () => {
    const review = await reviewRow(BIG);
    const { d } = await openDiscussion(BIG);
    await d.findAllByRole('article');
    // Windowed: far fewer articles in the document than comments loaded.
    expect(d.getAllByRole('article').length).toBeLessThan(60);
    expect(d.getByText(`Searches the ${(200).toLocaleString('en-GB')} loaded comments.`)).toBeInTheDocument();
    expect(d.getByRole('button', { name: /^Load more comments \([\d,]+ remaining\)$/ })).toBeInTheDocument();
    expect(d.getByRole('heading', { level: 2 })).toHaveTextContent(
      `Discussion (${review.commentCount.toLocaleString('en-GB')})`,
    );
    await act(async () => undefined);
  });

  it('continues a deep thread in its own view, with the comments above it as links', async () => {
    const comments = await commentsOf(BIG);
    const byId = new Map(comments.map((c) => [c.id, c]));
    const deep = comments.find((c) => c.depth === 9 && c.deletedAt === null)!;
    // The focused view that shows it starts at its ancestor on depth 7.
    const chain: CommentRecord[] = [];
    for (let c: CommentRecord | undefined = deep; c; c = c.parentId ? byId.get(c.parentId) : undefined)
      chain.unshift(c);
    const root = chain[7]!;

    const { router } = renderApp(`/reviews/${BIG}?comment=${deep.id}#comment-${deep.id}`);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/reviews/${BIG}/thread/${root.id}`), {
      timeout: 15_000,
    });
    await screen.findByRole(
      'heading',
      { level: 1, name: new RegExp(`^Thread from comment #${root.number} by `) },
      { timeout: 10_000 },
    );
    const trail = screen.getByRole('navigation', { name: 'Earlier in this thread' });
    expect(within(trail).getByRole('link', { name: new RegExp(`^#${chain[0]!.number} `) })).toHaveAttribute(
      'href',
      `/reviews/${BIG}?comment=${chain[0]!.id}#comment-${chain[0]!.id}`,
    );
    expect(screen.getByRole('link', { name: /Back to the full discussion/ })).toHaveAttribute(
      'href',
      `/reviews/${BIG}#discussion`,
    );
    const linked = await screen.findByRole('article', {
      name: new RegExp(`^Linked comment: Comment #${deep.number} by `),
    });
    await waitFor(() => expect(linked).toHaveFocus());
    // The root says whom it answers, even at the top of the view.
    const rootArticle = screen.getByRole('article', { name: new RegExp(`^Comment #${root.number} by `) });
    expect(within(rootArticle).getAllByText(/^in reply to/)[0]).toBeInTheDocument();
  });
});
