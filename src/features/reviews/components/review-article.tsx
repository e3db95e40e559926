import { Suspense, useEffect, useId, useMemo } from 'react';
import { Link } from 'react-router';
import { ClockIcon, CommentIcon } from '../../../components/ui/icons';
import { PartErrorBoundary } from '../../../components/ui/part-error-boundary';
import type { ReviewDetail } from '../../../contract/reviews';
import { formatDate, formatReadingTime, pluralize } from '../../../lib/format';
import { useMarkdown } from '../../../lib/lazy-markdown';
import { CreditList } from './credit-list';
import { FilmFacts } from './film-facts';
import { BodyLines } from './review-article-skeleton';
import styles from './review-article.module.css';
import { filmHref, publicationHref, TagList } from './tag-link';

/** The id of the discussion section the comment-count link points to. */
export const DISCUSSION_ID = 'discussion';

export interface ReviewArticleProps {
  review: ReviewDetail;
  /**
   * Called once the body is on screen: it renders after the rest of the article (its
   * renderer loads alongside the data), and the page's height is only known then.
   */
  onBodyShown?: () => void;
}

export function ReviewArticle({ review, onBodyShown }: ReviewArticleProps) {
  const id = useId();
  const titleId = `${id}-title`;

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

          {/* The renderer loads alongside the review's data; everything else shows without it. */}
          <PartErrorBoundary message="The text of this review could not be loaded.">
            <Suspense fallback={<ReviewBodySkeleton />}>
              <ReviewBody markdown={review.body} onShown={onBodyShown} />
            </Suspense>
          </PartErrorBoundary>

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

function ReviewBody({ markdown, onShown }: { markdown: string; onShown: (() => void) | undefined }) {
  const { renderReviewMarkdown } = useMarkdown();
  // renderReviewMarkdown returns HTML already sanitized with DOMPurify (allowlist), so it is
  // safe to inject; the store keeps the markdown source and sanitizing happens on render.
  const html = useMemo(() => renderReviewMarkdown(markdown), [renderReviewMarkdown, markdown]);
  useEffect(() => onShown?.(), [onShown]);
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}

function ReviewBodySkeleton() {
  return (
    <div className="prose" aria-busy="true">
      <p className="visually-hidden">Loading the review’s text…</p>
      <div aria-hidden="true">
        <BodyLines paragraphs={4} />
      </div>
    </div>
  );
}
