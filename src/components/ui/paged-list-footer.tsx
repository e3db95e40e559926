import styles from './paged-list-footer.module.css';

interface PagedListFooterProps {
  /** Whether there is another page; nothing is shown when there is not. */
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** The button's words. */
  label?: string;
  /** Said to screen readers while the next page loads, for lists that do not announce it otherwise. */
  loadingStatus?: string;
}

/** The "Load more" button under a list that grows a page at a time; disabled while a page loads. */
export function PagedListFooter({
  hasMore,
  loading,
  onLoadMore,
  label = 'Load more',
  loadingStatus,
}: PagedListFooterProps) {
  if (!hasMore) return null;
  return (
    <div className={styles.footer}>
      <button type="button" className="button button--secondary" onClick={onLoadMore} disabled={loading}>
        {loading ? 'Loading…' : label}
      </button>
      {loadingStatus === undefined ? null : (
        <p className="visually-hidden" role="status">
          {loading ? loadingStatus : ''}
        </p>
      )}
    </div>
  );
}
