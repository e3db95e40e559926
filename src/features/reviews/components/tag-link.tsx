import { Link } from 'react-router';
import { reviewListQueryToParams } from '../../../contract/params';
import type { ReviewListQuery } from '../../../contract/reviews';

/** The index URL for a list query: only non-default values, so URLs stay short and shareable. */
export function reviewListHref(query: Partial<ReviewListQuery>): string {
  const search = reviewListQueryToParams(query).toString();
  return search ? `/?${search}` : '/';
}

export const tagHref = (tag: string) => `/?${reviewListQueryToParams({ tag }).toString()}`;
export const publicationHref = (slug: string) =>
  `/?${reviewListQueryToParams({ publication: slug }).toString()}`;
export const filmHref = (slug: string) => `/?${reviewListQueryToParams({ film: slug }).toString()}`;

/** The tags of a review, each a link to the index filtered by it. */
export function TagList({ tags, label = 'Tags' }: { tags: readonly string[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link className="tag" to={tagHref(tag)}>
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
