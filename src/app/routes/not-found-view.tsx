import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { DocumentTitle } from '../../components/ui/document-title';
import { reviewListHref } from '../../features/reviews/components/tag-link';
import styles from './pages.module.css';

interface NotFoundViewProps {
  title?: string;
  message?: string;
  /** Pre-fills the search box, e.g. with the words of a mistyped review address. */
  suggestion?: string;
}

/** The not-found page body: shared by unknown routes and unknown review slugs. */
export function NotFoundView({
  title = 'Page not found',
  message = 'There is nothing at this address. It may have moved, or the link may be mistyped.',
  suggestion = '',
}: NotFoundViewProps) {
  const id = useId();
  const navigate = useNavigate();
  const [q, setQ] = useState(suggestion);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(reviewListHref({ q: q.trim() }));
  };
  return (
    <div className="page">
      <div className={styles.narrow}>
        <DocumentTitle title={title} />
        <p className={styles.code} aria-hidden="true">
          404
        </p>
        <h1 className={styles.title}>{title}</h1>
        <p className={styles.lede}>{message}</p>
        <form role="search" aria-label="Reviews" className={styles.search} onSubmit={submit}>
          <label htmlFor={`${id}-q`} className="field__label">
            Search reviews
          </label>
          <div className={styles.searchRow}>
            <input
              id={`${id}-q`}
              type="search"
              className="input"
              value={q}
              onChange={(e) => setQ(e.target.value)}
            />
            <button type="submit" className="button">
              Search
            </button>
          </div>
        </form>
        <p>
          <Link to="/">Browse all reviews</Link>
        </p>
      </div>
    </div>
  );
}
