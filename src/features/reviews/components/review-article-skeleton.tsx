import { Skeleton } from '../../../components/ui/skeleton';
import styles from './review-article.module.css';

/*
 * The review page's placeholders, apart from the article itself: a review route
 * shows them before its data (and the article's code, which loads alongside it)
 * is in.
 */

/** Paragraphs of grey lines where the body goes. */
export function BodyLines({ paragraphs }: { paragraphs: number }) {
  return Array.from({ length: paragraphs }, (_, p) => (
    <div key={p}>
      {Array.from({ length: 5 }, (_, l) => (
        <Skeleton key={l} height="1.1rem" width={l === 4 ? '60%' : '100%'} style={{ marginTop: '0.65rem' }} />
      ))}
    </div>
  ));
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
          <BodyLines paragraphs={4} />
        </div>
        <div className={styles.facts}>
          <Skeleton height="19rem" style={{ borderRadius: 'var(--radius)' }} />
        </div>
      </div>
    </div>
  );
}
