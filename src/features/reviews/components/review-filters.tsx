import { useQuery } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CloseIcon, SearchIcon } from '../../../components/ui/icons';
import type { Facet, ReviewListQuery } from '../../../contract/reviews';
import { facetsQueryOptions } from '../api/get-facets';
import styles from './review-filters.module.css';
import { hasFilters, reviewListHref, useSyncedState } from './use-review-list-query';

interface ReviewFiltersProps {
  query: ReviewListQuery;
  onChange: (patch: Partial<ReviewListQuery>) => void;
}

/** Options for a facet select; keeps the current value even if no review carries it any more. */
type FacetOption = Omit<Facet, 'count'> & { count?: number };

function facetOptions(facets: readonly Facet[] | undefined, current: string): readonly FacetOption[] {
  const list: readonly FacetOption[] = facets ?? [];
  if (!current || list.some((f) => f.value.toLowerCase() === current.toLowerCase())) return list;
  // While facets load the count is unknown; once loaded, a value no review carries counts 0.
  return [{ value: current, label: current, count: facets ? 0 : undefined }, ...list];
}

const optionLabel = (f: FacetOption) => (f.count === undefined ? f.label : `${f.label} (${f.count})`);

function matchValue(facets: readonly FacetOption[], current: string): string {
  // Tags match case-insensitively on the server; show the facet's spelling.
  return facets.find((f) => f.value.toLowerCase() === current.toLowerCase())?.value ?? current;
}

/**
 * Search box, tag and publication filters and sort order. The URL holds the
 * state; the controls show the reader's choice at once while the list loads.
 */
export function ReviewFilters({ query, onChange }: ReviewFiltersProps) {
  const id = useId();
  // Facets fill the selects when they arrive; until then the selects keep their size and value.
  const tags = useQuery(facetsQueryOptions('tags'));
  const publications = useQuery(facetsQueryOptions('publications'));

  const [text, setText] = useSyncedState(query.q);
  const [tag, setTag] = useSyncedState(query.tag);
  const [publication, setPublication] = useSyncedState(query.publication);
  const [sort, setSort] = useSyncedState(query.sort);

  const tagOptions = facetOptions(tags.data, tag);
  const publicationOptions = facetOptions(publications.data, publication);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ q: text.trim() });
  };

  return (
    <form role="search" aria-label="Reviews" className={styles.form} onSubmit={submit}>
      <div className={styles.searchRow}>
        <label htmlFor={`${id}-q`} className="field__label">
          Search reviews
        </label>
        <div className={styles.searchControls}>
          <div className={styles.searchBox}>
            <SearchIcon className={styles.searchIcon} />
            <input
              id={`${id}-q`}
              type="search"
              name="q"
              className={`input ${styles.searchInput}`}
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder="Film, title or any word"
              autoComplete="off"
              enterKeyHint="search"
              maxLength={200}
            />
          </div>
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </div>

      <div className={styles.filterRow}>
        <div className="field">
          <label htmlFor={`${id}-tag`} className="field__label">
            Tag
          </label>
          <select
            id={`${id}-tag`}
            className="select"
            value={matchValue(tagOptions, tag)}
            onChange={(e) => {
              setTag(e.target.value);
              onChange({ tag: e.target.value });
            }}
          >
            <option value="">All tags</option>
            {tagOptions.map((f) => (
              <option key={f.value} value={f.value}>
                {optionLabel(f)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-publication`} className="field__label">
            Publication
          </label>
          <select
            id={`${id}-publication`}
            className="select"
            value={publication}
            onChange={(e) => {
              setPublication(e.target.value);
              onChange({ publication: e.target.value });
            }}
          >
            <option value="">All publications</option>
            {publicationOptions.map((f) => (
              <option key={f.value} value={f.value}>
                {optionLabel(f)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`} className="field__label">
            Sort
          </label>
          <select
            id={`${id}-sort`}
            className="select"
            value={sort}
            onChange={(e) => {
              const value = e.target.value === 'oldest' ? 'oldest' : 'newest';
              setSort(value);
              onChange({ sort: value });
            }}
          >
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </div>
      </div>
    </form>
  );
}

interface ActiveFiltersProps {
  query: ReviewListQuery;
  /** Human names for slugs in the query, when known. */
  publicationName?: string;
  filmName?: string;
}

/** One removable chip per active search or filter, and a way to clear them all. */
export function ActiveFilters({ query, publicationName, filmName }: ActiveFiltersProps) {
  if (!hasFilters(query)) return null;
  const chips: { key: keyof ReviewListQuery; label: string }[] = [];
  if (query.q) chips.push({ key: 'q', label: `Search: “${query.q}”` });
  if (query.tag) chips.push({ key: 'tag', label: `Tag: ${query.tag}` });
  if (query.publication)
    chips.push({ key: 'publication', label: `Publication: ${publicationName ?? query.publication}` });
  if (query.film) chips.push({ key: 'film', label: `Film: ${filmName ?? query.film}` });
  return (
    <div className={styles.active}>
      <p className={styles.activeLabel} id="active-filters-label">
        Showing
      </p>
      <ul className={styles.chips} aria-labelledby="active-filters-label">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              className={styles.chip}
              to={reviewListHref({ ...query, [chip.key]: '', page: 1 })}
              aria-label={`Remove ${chip.label}`}
            >
              {chip.label}
              <CloseIcon size={14} />
            </Link>
          </li>
        ))}
      </ul>
      <Link className={styles.clear} to={reviewListHref({ sort: query.sort })}>
        Clear filters
      </Link>
    </div>
  );
}
