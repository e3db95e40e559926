import type { ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import { usePrefetchReview } from './use-prefetch-review';

export const reviewPath = (slug: string, hash?: string) =>
  `/reviews/${encodeURIComponent(slug)}${hash ? `#${hash}` : ''}`;

type ReviewLinkProps = Omit<LinkProps, 'to'> & { slug: string; hash?: string; children: ReactNode };

/** A link to a review page that prefetches the review on hover and focus. */
export function ReviewLink({ slug, hash, children, ...props }: ReviewLinkProps) {
  const prefetch = usePrefetchReview(slug);
  return (
    <Link to={reviewPath(slug, hash)} {...prefetch} {...props}>
      {children}
    </Link>
  );
}
