import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { ClockIcon, CommentIcon } from '../../../components/ui/icons';
import { Skeleton } from '../../../components/ui/skeleton';
import type { ReviewDetail } from '../../../contract/reviews';
import { formatDate, formatReadingTime, pluralize } from '../../../lib/format';
import { renderReviewMarkdown } from '../../../lib/markdown';
import { CreditList } from './credit-list';
import { FilmFacts } from './film-facts';
import styles from './review-article.module.css';
import { filmHref, publicationHref, TagList } from './tag-link';

/** The id of the discussion section the comment-count link points to. */
export const DISCUSSION_ID = 'discussion';

export function ReviewArticle({ review }: { review: ReviewDetail }) {
  const id = useId();
  const titleId = `${id}-title`;
  // renderReviewMarkdown returns HTML already sanitized with DOMPurify (allowlist), so it is
  // safe to inject; the store keeps the markdown source and sanitizing happens on render.
  const bodyHtml = useMemo(() => renderReviewMarkdown(review.body), [review.body]);

  return (
    <article className={styles.article} aria-labelledby={titleId}>
      <header className={styles.header}>
        <p className={styles.kicker}>
          <Link to={filmHref(review.film.slug)} className={styles.film}>
            {review.film.title} <span className={styles.year}>({review.film.year})</span>
          </Link>
          {review.categories.length > 0 ? (
            <>
              <span aria-hidden="true" className={styles.dot}>
                {' '}
                ·{' '}
              </span>
              <span className="visually-hidden">Categories: </span>
              <span className={styles.categories}>{review.categories.join(', ')}</span>
            </>
          ) : null}
        </p>
        <h1 id={titleId} className={styles.title}>
          {review.title}
        </h1>
        <p className={styles.byline}>
          By <span className={styles.author}>{review.author.name}</span> for{' '}
          <Link to={publicationHref(review.publication.slug)} className={styles.publication}>
            {review.publication.name}
          </Link>
        </p>
        <p className={styles.meta}>
          <time dateTime={review.publishedAt}>{formatDate(review.publishedAt)}</time>
          <span className={styles.metaItem}>
            <ClockIcon size={16} />
            {formatReadingTime(review.readingMinutes)}
          </span>
          <Link to={`#${DISCUSSION_ID}`} className={styles.metaItem}>
            <CommentIcon size={16} />
            {pluralize(review.commentCount, 'comment')}
          </Link>
        </p>
      </header>

      <div className={styles.layout}>
        <div className={styles.body}>
          {review.shortReview ? (
            <p className={styles.shortReview}>
              <strong>The short review:</strong> {review.shortReview}
            </p>
          ) : null}
          {review.pullQuote ? (
            <figure className={styles.pullQuote}>
              <blockquote>
                <p>{review.pullQuote.text}</p>
              </blockquote>
              <figcaption>
                — <cite>{review.pullQuote.attribution}</cite>
              </figcaption>
            </figure>
          ) : null}

          <div className="prose" dangerouslySetInnerHTML={{ __html: bodyHtml }} />

          {review.posterCredit ? <p className={styles.posterCredit}>{review.posterCredit}</p> : null}

          <TagList tags={review.tags} />

          {review.author.bio ? (
            <section className={styles.bio} aria-labelledby={`${id}-bio`}>
              <h2 id={`${id}-bio`}>About the author</h2>
              <p>{review.author.bio}</p>
            </section>
          ) : null}
        </div>

        <div className={styles.facts}>
          <FilmFacts film={review.film} />
        </div>

        <div className={styles.credits}>
          <CreditList
            title="Credits"
            noun="credits"
            entries={review.credits.map((c) => ({ term: c.role, details: c.names.join(', ') }))}
          />
          <CreditList
            title="Cast"
            noun="cast members"
            entries={review.cast.map((c) => ({ term: c.actor, details: c.character }))}
          />
        </div>
      </div>
    </article>
  );
}

/** Same boxes as ReviewArticle, shown while the review loads. */
export function ReviewArticleSkeleton() {
  return (
    <div className={styles.article} aria-busy="true">
      <p className="visually-hidden">Loading review…</p>
      <div className={styles.header} aria-hidden="true">
        <p className={styles.kicker}>
          <Skeleton width="9rem" height="0.9em" />
        </p>
        {/* Lines sized in em of the real title's font, so the header keeps its height. */}
        <div className={styles.title} style={{ display: 'flex', flexDirection: 'column' }}>
          <Skeleton width="90%" height="0.9em" style={{ margin: '0.15em 0' }} />
          <Skeleton width="55%" height="0.9em" style={{ margin: '0.15em 0' }} />
        </div>
        <p className={styles.byline}>
          <Skeleton width="16rem" height="1em" style={{ maxWidth: '100%', margin: '0.25em 0' }} />
        </p>
        <p className={styles.meta}>
          <Skeleton width="20rem" height="1em" style={{ maxWidth: '100%', margin: '0.25em 0' }} />
        </p>
      </div>
      <div className={styles.layout} aria-hidden="true">
        <div className={styles.body}>
          {Array.from({ length: 4 }, (_, p) => (
            <div key={p}>
              {Array.from({ length: 5 }, (_, l) => (
                <Skeleton
                  key={l}
                  height="1.1rem"
                  width={l === 4 ? '60%' : '100%'}
                  style={{ marginTop: '0.65rem' }}
                />
              ))}
            </div>
          ))}
        </div>
        <div className={styles.facts}>
          <Skeleton height="19rem" style={{ borderRadius: 'var(--radius)' }} />
        </div>
      </div>
    </div>
  );
}
