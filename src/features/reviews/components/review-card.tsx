import { Link } from 'react-router';
import { ClockIcon, CommentIcon } from '../../../components/ui/icons';
import { Skeleton } from '../../../components/ui/skeleton';
import type { ReviewSummary } from '../../../contract/reviews';
import { formatReadingTime, formatShortDate, pluralize } from '../../../lib/format';
import { ReviewLink, reviewPath } from './review-link';
import styles from './review-card.module.css';
import { publicationHref, TagList } from './tag-link';
import { usePrefetchReview } from './use-prefetch-review';

interface ReviewCardProps {
  review: ReviewSummary;
  /** h2 on the index, h3 where the card sits under a section heading. */
  headingLevel?: 2 | 3;
}

export function ReviewCard({ review, headingLevel = 2 }: ReviewCardProps) {
  const Heading = `h${headingLevel}` as const;
  const prefetch = usePrefetchReview(review.slug);
  return (
    <article className={styles.card}>
      <p className={styles.film}>
        {review.film.title} <span className={styles.year}>({review.film.year})</span>
      </p>
      <Heading className={styles.title}>
        <ReviewLink slug={review.slug} className={styles.titleLink}>
          {review.title}
        </ReviewLink>
      </Heading>
      <p className={styles.byline}>
        <Link to={publicationHref(review.publication.slug)} className={styles.publication}>
          {review.publication.name}
        </Link>
        <span aria-hidden="true"> · </span>
        <span>
          <span className="visually-hidden">by </span>
          {review.authorName}
        </span>
      </p>
      <p className={styles.summary}>{review.summary}</p>
      <TagList tags={review.tags} />
      <div className={styles.footer}>
        <time dateTime={review.publishedAt}>{formatShortDate(review.publishedAt)}</time>
        <span className={styles.meta}>
          <ClockIcon size={15} />
          {formatReadingTime(review.readingMinutes)}
        </span>
        <Link to={reviewPath(review.slug, 'discussion')} className={styles.comments} {...prefetch}>
          <CommentIcon size={15} />
          {pluralize(review.commentCount, 'comment')}{' '}
          <span className="visually-hidden">on “{review.title}”</span>
        </Link>
      </div>
    </article>
  );
}

/** Same boxes as ReviewCard, so the grid does not move when the data arrives. */
export function ReviewCardSkeleton() {
  return (
    <div className={styles.card} aria-hidden="true">
      <Skeleton width="40%" height="0.8rem" />
      <div className={styles.title}>
        <Skeleton width="92%" height="1.25rem" />
        <Skeleton width="60%" height="1.25rem" style={{ marginTop: '0.4rem' }} />
      </div>
      <Skeleton width="55%" height="0.9rem" />
      <div className={styles.summary}>
        <Skeleton height="0.95rem" />
        <Skeleton height="0.95rem" style={{ marginTop: '0.45rem' }} />
        <Skeleton width="75%" height="0.95rem" style={{ marginTop: '0.45rem' }} />
      </div>
      <Skeleton width="65%" height="1.3rem" style={{ borderRadius: 999 }} />
      <div className={styles.footer}>
        <Skeleton width="70%" height="0.9rem" />
      </div>
    </div>
  );
}
