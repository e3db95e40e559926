import { Link } from 'react-router';
import { ArrowLeftIcon, ArrowRightIcon } from './icons';
import styles from './pagination.module.css';

interface PaginationProps {
  page: number;
  pageCount: number;
  hrefForPage: (page: number) => string;
  label?: string;
}

/** Page numbers to show: first, last, and a window around the current page; null is a gap. */
export function pageWindow(page: number, pageCount: number, radius = 1): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= radius) pages.push(p);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}

export function Pagination({ page, pageCount, hrefForPage, label = 'Pagination' }: PaginationProps) {
  if (pageCount <= 1) return null;
  const prev = page > 1 ? Math.min(page - 1, pageCount) : null;
  const next = page < pageCount ? page + 1 : null;
  return (
    <nav aria-label={label} className={styles.nav}>
      {prev !== null ? (
        <Link to={hrefForPage(prev)} rel="prev" className={styles.step} aria-label="Previous page">
          <ArrowLeftIcon size={16} />
          Previous
        </Link>
      ) : (
        <span className={styles.stepDisabled} aria-hidden="true">
          <ArrowLeftIcon size={16} />
          Previous
        </span>
      )}
      <p className={styles.status}>
        Page {page} of {pageCount}
      </p>
      <ol className={styles.pages}>
        {pageWindow(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className={styles.gap}>
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                to={hrefForPage(p)}
                className={styles.page}
                aria-current={p === page ? 'page' : undefined}
                aria-label={`Page ${p}`}
              >
                {p}
              </Link>
            </li>
          ),
        )}
      </ol>
      {next !== null ? (
        <Link to={hrefForPage(next)} rel="next" className={styles.step} aria-label="Next page">
          Next
          <ArrowRightIcon size={16} />
        </Link>
      ) : (
        <span className={styles.stepDisabled} aria-hidden="true">
          Next
          <ArrowRightIcon size={16} />
        </span>
      )}
    </nav>
  );
}
