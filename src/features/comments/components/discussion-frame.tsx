import type { ReactNode } from 'react';
import { Skeleton } from '../../../components/ui/skeleton';
import { formatCount } from '../../../lib/format';
import styles from './discussion-frame.module.css';

/*
 * The discussion's section and heading, and its placeholders. No more than this
 * file is on a review's first load: the discussion itself (Discussion) loads
 * alongside the review's data and renders into the frame, so the section (what
 * "#discussion" links and assistive technology point at) stays the same element.
 */

export function DiscussionFrame({
  id,
  headingId,
  children,
}: {
  /** The section's id (links such as "#discussion" point at it). */
  id?: string;
  /** The id of the heading inside (DiscussionHeading), which names the section. */
  headingId: string;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={headingId} className={styles.discussion}>
      {children}
    </section>
  );
}

/** "Discussion (n)", and the controls beside it. */
export function DiscussionHead({
  headingId,
  commentCount,
  children,
}: {
  headingId: string;
  commentCount: number;
  children?: ReactNode;
}) {
  return (
    <div className={styles.head}>
      <h2 className={styles.heading}>
        <span id={headingId}>Discussion</span>{' '}
        <span className={styles.count}>({formatCount(commentCount)})</span>
      </h2>
      {children}
    </div>
  );
}

export function ThreadSkeleton() {
  return (
    <div className={styles.skeleton} aria-busy="true" aria-label="Loading the discussion">
      {[0, 1, 2].map((i) => (
        <div key={i} className={styles.skeletonItem} style={{ marginInlineStart: `${i * 1.5}rem` }}>
          <Skeleton width="30%" height="0.9em" />
          <Skeleton width="90%" />
          <Skeleton width="70%" />
        </div>
      ))}
    </div>
  );
}

/** What the frame holds while the discussion's code loads: its heading and count, then a thread skeleton. */
export function DiscussionSkeleton({ headingId, commentCount }: { headingId: string; commentCount: number }) {
  return (
    <>
      <DiscussionHead headingId={headingId} commentCount={commentCount} />
      <ThreadSkeleton />
    </>
  );
}
