import { useId } from 'react';
import type { ReviewSummary } from '../../../contract/reviews';
import { ReviewCard } from './review-card';
import styles from './review-results.module.css';

export function RelatedReviews({
  reviews,
  title = 'Related reviews',
}: {
  reviews: readonly ReviewSummary[];
  title?: string;
}) {
  const id = useId();
  if (reviews.length === 0) return null;
  return (
    <section aria-labelledby={id} className={styles.related}>
      <h2 id={id} className={styles.relatedHeading}>
        {title}
      </h2>
      <ul className={styles.grid}>
        {reviews.map((review) => (
          <li key={review.slug}>
            <ReviewCard review={review} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}
