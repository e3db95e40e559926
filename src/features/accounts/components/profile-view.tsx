import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { DocumentTitle } from '../../../components/ui/document-title';
import list from '../../../components/ui/lists.module.css';
import { PagedListFooter } from '../../../components/ui/paged-list-footer';
import type { UserRole } from '../../../contract/accounts';
import { errorMessage } from '../../../lib/api-client';
import { formatDate, formatDateTime, formatShortDate, pluralize } from '../../../lib/format';
import { profileInfiniteQueryOptions } from '../api/get-profile';
import styles from './profile.module.css';

export const ROLE_LABELS: Record<UserRole, string> = {
  reader: 'Reader',
  author: 'Review author',
  moderator: 'Moderator',
};

/** A person's page: who they are and what they have said, newest first, a page at a time. */
export function ProfileView({ username }: { username: string }) {
  const id = useId();
  const query = useSuspenseInfiniteQuery(profileInfiniteQueryOptions(username));
  const [loadError, setLoadError] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const first = query.data.pages[0];
  if (!first) return null;
  const { user, commentCount } = first;
  const comments = query.data.pages.flatMap((page) => page.comments);

  const loadMore = async () => {
    setLoadError(null);
    const before = comments.length;
    const result = await query.fetchNextPage();
    if (result.isError) {
      setLoadError(`Could not load more comments. ${errorMessage(result.error)}`);
      return;
    }
    // Keyboard users carry on from the first comment that just arrived.
    listRef.current?.querySelectorAll<HTMLElement>('[data-comment]')[before]?.focus();
  };

  return (
    <div className={styles.profile}>
      <DocumentTitle title={`${user.displayName} (@${user.username})`} />
      <header className={styles.header}>
        <span className={styles.avatar} aria-hidden="true">
          {initials(user.displayName)}
        </span>
        <div className={styles.identity}>
          <h1 className={styles.name}>{user.displayName}</h1>
          <p className={styles.meta}>
            <span>@{user.username}</span>
            <span className={styles.role} data-role={user.role}>
              {ROLE_LABELS[user.role]}
            </span>
          </p>
          <p className={styles.meta}>
            <span>
              Joined <time dateTime={user.joinedAt}>{formatDate(user.joinedAt)}</time>
            </span>
            <span>{pluralize(commentCount, 'comment')}</span>
          </p>
        </div>
      </header>

      <section aria-labelledby={`${id}-comments`} className={styles.comments}>
        <h2 id={`${id}-comments`}>Comments</h2>
        {comments.length === 0 ? (
          <p className={styles.empty}>{user.displayName} has not commented yet.</p>
        ) : (
          <ol ref={listRef} className={list.list}>
            {comments.map((comment) => (
              <li key={comment.id}>
                <article
                  className={styles.item}
                  data-comment=""
                  tabIndex={-1}
                  aria-labelledby={`${id}-c-${comment.id}`}
                >
                  <p id={`${id}-c-${comment.id}`} className={styles.itemTitle}>
                    <Link to={comment.link}>
                      Comment #{comment.number} on {comment.reviewTitle}
                    </Link>
                  </p>
                  <p className={styles.excerpt}>{comment.excerpt}</p>
                  <p className={styles.itemMeta}>
                    <time dateTime={comment.createdAt} title={formatDateTime(comment.createdAt)}>
                      {formatShortDate(comment.createdAt)}
                    </time>
                  </p>
                </article>
              </li>
            ))}
          </ol>
        )}
        <PagedListFooter
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoadMore={() => void loadMore()}
          label="Load more comments"
          loadingStatus="Loading more comments…"
        />
        <div role="alert">{loadError ? <p className="message message--error">{loadError}</p> : null}</div>
      </section>
    </div>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts.at(-1)] : [parts[0]];
  return letters
    .map((part) => Array.from(part ?? '')[0] ?? '')
    .join('')
    .toUpperCase();
}
