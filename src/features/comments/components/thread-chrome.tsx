import { QueryErrorResetBoundary } from '@tanstack/react-query';
import {
  Component,
  useDeferredValue,
  useId,
  useMemo,
  useState,
  type ErrorInfo,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { THREAD_SORTS, type ThreadSort } from '../../../contract/comments';
import { errorMessage } from '../../../lib/api-client';
import { formatCount } from '../../../lib/format';
import { searchThread, stepMatch } from '../lib/search';
import type { ThreadNode } from '../lib/tree';
import styles from './discussion.module.css';

/* Controls around a thread: sort, search, spoiler switch and error state. */

const SORT_LABELS: Record<ThreadSort, string> = {
  oldest: 'Oldest first',
  newest: 'Newest first',
  replies: 'Most replies',
};

export function SortControl({ sort, onChange }: { sort: ThreadSort; onChange: (sort: ThreadSort) => void }) {
  const id = useId();
  return (
    <div className={styles.sort}>
      <label htmlFor={id}>Sort by</label>
      <select
        id={id}
        className="select"
        value={sort}
        onChange={(e) => {
          const value = THREAD_SORTS.find((s) => s === e.target.value);
          if (value) onChange(value);
        }}
      >
        {THREAD_SORTS.map((s) => (
          <option key={s} value={s}>
            {SORT_LABELS[s]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function RevealAllToggle({
  filmTitle,
  revealAll,
  onChange,
}: {
  filmTitle: string;
  revealAll: boolean;
  onChange: (revealAll: boolean) => void;
}) {
  return (
    <button
      type="button"
      className={styles.revealAll}
      aria-pressed={revealAll}
      onClick={() => onChange(!revealAll)}
    >
      <span className={styles.switch} aria-hidden="true" />
      Show all spoilers for {filmTitle}
    </button>
  );
}

export interface ThreadSearchProps {
  roots: readonly ThreadNode[];
  loadedCount: number;
  includeSpoilers: boolean;
  /** Move to a match (expand what hides it, scroll to it); null clears the current match. */
  onJump: (commentId: string | null, query: string) => void;
}

/**
 * "Search this discussion": the windowed list only renders what is on
 * screen, so the browser's find-in-page cannot see the rest. Enter goes to
 * the next match, Shift+Enter to the previous. The position is kept by
 * comment, so loading more comments does not lose it.
 */
export function ThreadSearch({ roots, loadedCount, includeSpoilers, onJump }: ThreadSearchProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const ids = useMemo(
    () => searchThread(roots, deferredQuery, { includeSpoilers }),
    [roots, deferredQuery, includeSpoilers],
  );
  const [position, setPosition] = useState<{ query: string; id: string | null }>({ query: '', id: null });
  const index = position.query === deferredQuery && position.id !== null ? ids.indexOf(position.id) : -1;

  const step = (direction: 1 | -1) => {
    const found = deferredQuery === query ? ids : searchThread(roots, query, { includeSpoilers });
    const current = position.query === query && position.id !== null ? found.indexOf(position.id) : -1;
    const next = stepMatch(current, found.length, direction);
    const match = found[next] ?? null;
    setPosition({ query, id: match });
    onJump(match, query);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
      onJump(null, '');
    }
  };

  const hasQuery = deferredQuery.trim() !== '';
  const status = !hasQuery
    ? `Searches the ${formatCount(loadedCount)} loaded comments.`
    : ids.length === 0
      ? 'No matches among the loaded comments.'
      : index >= 0
        ? `${formatCount(index + 1)} of ${formatCount(ids.length)}`
        : `${formatCount(ids.length)} ${ids.length === 1 ? 'match' : 'matches'}: press Enter to go to the first.`;

  return (
    <div className={styles.search} role="search" aria-label="This discussion">
      <label htmlFor={id} className={styles.searchLabel}>
        Search this discussion
      </label>
      <div className={styles.searchRow}>
        <input
          id={id}
          type="search"
          className={`input ${styles.searchInput}`}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            if (e.target.value === '') onJump(null, '');
          }}
          onKeyDown={onKeyDown}
          aria-describedby={`${id}-status`}
          autoComplete="off"
        />
        <button
          type="button"
          className="button button--secondary"
          disabled={!hasQuery || ids.length === 0}
          onClick={() => step(-1)}
        >
          <span aria-hidden="true">↑</span>
          <span className="visually-hidden">Previous match</span>
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={!hasQuery || ids.length === 0}
          onClick={() => step(1)}
        >
          <span aria-hidden="true">↓</span>
          <span className="visually-hidden">Next match</span>
        </button>
      </div>
      <p id={`${id}-status`} className={styles.searchStatus} aria-live="polite">
        {status}
      </p>
    </div>
  );
}

interface BoundaryProps {
  children: ReactNode;
  fallback: (props: { error: unknown; retry: () => void }) => ReactNode;
  onReset?: () => void;
}

class ErrorBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo) {
    // Shown in place; the rest of the page keeps working.
  }

  retry = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error !== null) return this.props.fallback({ error: this.state.error, retry: this.retry });
    return this.props.children;
  }
}

/** A failed load of the thread shows in its place, with a way to try again; the review stays readable. */
export function ThreadErrorBoundary({
  children,
  what = 'the discussion',
}: {
  children: ReactNode;
  what?: string;
}) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallback={({ error, retry }) => (
            <div className={`message message--error ${styles.loadError}`} role="alert">
              <p>
                Could not load {what}. {errorMessage(error)}
              </p>
              <button type="button" className="button button--secondary" onClick={retry}>
                Try again
              </button>
            </div>
          )}
        >
          {children}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
