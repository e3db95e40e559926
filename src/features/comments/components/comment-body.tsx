import { createContext, createElement, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { COMMENT_TAGS, renderCommentMarkdown } from '../../../lib/markdown';
import styles from './comment-body.module.css';

/*
 * A comment's markdown as React elements. renderCommentMarkdown returns HTML
 * already sanitized against an allowlist (DOMPurify); instead of injecting it,
 * it is walked once and rebuilt from the allowed tags and attributes only, so
 * spoilers can become real React components with buttons, focus and state.
 * Results are cached by source text (big threads remount rows as they scroll).
 */

const TAGS = new Set(COMMENT_TAGS);
const CACHE_LIMIT = 600;
const cache = new Map<string, ReactNode>();

/** Who decides whether a spoiler shows: the thread (remembered per comment) or a preview. */
export interface SpoilerControl {
  revealAll: boolean;
  subscribe: (listener: () => void) => () => void;
  /** Toggled against the reveal-all default. */
  isToggled: (key: string) => boolean;
  toggle: (key: string) => void;
}

const noop = () => () => undefined;
const SpoilerControlContext = createContext<SpoilerControl>({
  revealAll: false,
  subscribe: noop,
  isToggled: () => false,
  toggle: () => undefined,
});
export const SpoilerControlProvider = SpoilerControlContext.Provider;

const SpoilerScope = createContext('');

function Spoiler({ index, children }: { index: number; children: ReactNode }) {
  const control = useContext(SpoilerControlContext);
  const key = `${useContext(SpoilerScope)}:${index}`;
  const toggled = useSyncExternalStore(
    control.subscribe,
    () => control.isToggled(key),
    () => control.isToggled(key),
  );
  const revealed = control.revealAll !== toggled;
  return (
    <span className={styles.spoiler} data-revealed={revealed}>
      <button
        type="button"
        className={styles.spoilerButton}
        aria-expanded={revealed}
        onClick={() => control.toggle(key)}
      >
        {revealed ? 'Hide spoiler' : 'Show spoiler'}
      </button>{' '}
      {/* Hidden spoilers stay out of the accessibility tree and the tab order (inert), not only out of sight. */}
      <span className={styles.spoilerText} inert={!revealed} aria-hidden={!revealed}>
        {children}
      </span>
    </span>
  );
}

function convert(nodes: NodeListOf<ChildNode>, counter: { spoilers: number }): ReactNode[] {
  const out: ReactNode[] = [];
  nodes.forEach((node, i) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.textContent ?? '');
      return;
    }
    if (!(node instanceof Element)) return;
    const tag = node.tagName.toLowerCase();
    if (tag === 'span' && node.getAttribute('class') === 'spoiler') {
      const index = counter.spoilers++;
      out.push(
        <Spoiler key={i} index={index}>
          {convert(node.childNodes, counter)}
        </Spoiler>,
      );
      return;
    }
    const children = convert(node.childNodes, counter);
    if (!TAGS.has(tag)) {
      out.push(...children);
      return;
    }
    const props: Record<string, string | number> = { key: i };
    const href = node.getAttribute('href');
    if (tag === 'a' && href) {
      props.href = href;
      props.rel = node.getAttribute('rel') ?? 'nofollow ugc noopener noreferrer';
      const target = node.getAttribute('target');
      if (target === '_blank') props.target = target;
    }
    const title = node.getAttribute('title');
    if (title) props.title = title;
    const className = node.getAttribute('class');
    if (tag === 'code' && className) props.className = className;
    const start = node.getAttribute('start');
    if (tag === 'ol' && start && /^\d{1,9}$/.test(start)) props.start = Number(start);
    out.push(tag === 'br' ? <br key={i} /> : createElement(tag, props, ...children));
  });
  return out;
}

export function markdownToReact(source: string): ReactNode {
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  const template = document.createElement('template');
  template.innerHTML = renderCommentMarkdown(source);
  const node = convert(template.content.childNodes, { spoilers: 0 });
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(source, node);
  return node;
}

/** Rendered comment markdown. `scope` keeps each comment's spoiler choices apart. */
export function CommentBody({ source, scope, id }: { source: string; scope: string; id?: string }) {
  return (
    <div className={styles.body} id={id}>
      <SpoilerScope.Provider value={scope}>{markdownToReact(source)}</SpoilerScope.Provider>
    </div>
  );
}
