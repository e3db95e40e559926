import { useQuery } from '@tanstack/react-query';
import { useId, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { CloseIcon, SearchIcon } from '../../../components/ui/icons';
import type { Facet, ReviewListQuery } from '../../../contract/reviews';
import { facetsQueryOptions } from '../api/get-facets';
import type { FacetKind } from '../api/keys';
import styles from './review-filters.module.css';
import { reviewListHref } from './tag-link';
import { hasFilters, useSyncedState } from './use-review-list-query';

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

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}

function SelectField({ id, label, value, onChange, children }: SelectFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}

interface FacetFilterProps {
  id: string;
  label: string;
  allLabel: string;
  kind: FacetKind;
  /** The value in the URL. */
  current: string;
  /** The server matches this facet case-insensitively (see matchValue). */
  caseInsensitive?: boolean;
  onSelect: (value: string) => void;
}

/** A select over one facet; facets fill it when they arrive, until then it keeps its size and value. */
function FacetFilter({
  id,
  label,
  allLabel,
  kind,
  current,
  caseInsensitive = false,
  onSelect,
}: FacetFilterProps) {
  const facets = useQuery(facetsQueryOptions(kind));
  const [value, setValue] = useSyncedState(current);
  const options = facetOptions(facets.data, value);
  return (
    <SelectField
      id={id}
      label={label}
      value={caseInsensitive ? matchValue(options, value) : value}
      onChange={(next) => {
        setValue(next);
        onSelect(next);
      }}
    >
      <option value="">{allLabel}</option>
      {options.map((f) => (
        <option key={f.value} value={f.value}>
          {optionLabel(f)}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * Search box, tag and publication filters and sort order. The URL holds the
 * state; the controls show the reader's choice at once while the list loads.
 */
export function ReviewFilters({ query, onChange }: ReviewFiltersProps) {
  const id = useId();
  const [text, setText] = useSyncedState(query.q);
  const [sort, setSort] = useSyncedState(query.sort);

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
        <FacetFilter
          id={`${id}-tag`}
          label="Tag"
          allLabel="All tags"
          kind="tags"
          current={query.tag}
          caseInsensitive
          onSelect={(tag) => onChange({ tag })}
        />
        <FacetFilter
          id={`${id}-publication`}
          label="Publication"
          allLabel="All publications"
          kind="publications"
          current={query.publication}
          onSelect={(publication) => onChange({ publication })}
        />
        <SelectField
          id={`${id}-sort`}
          label="Sort"
          value={sort}
          onChange={(value) => {
            const next = value === 'oldest' ? 'oldest' : 'newest';
            setSort(next);
            onChange({ sort: next });
          }}
        >
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </SelectField>
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
