import { useId } from 'react';
import { Link } from 'react-router';
import { FilmIcon } from '../../../components/ui/icons';
import type { Film } from '../../../contract/reviews';
import { formatList, formatRuntime } from '../../../lib/format';
import styles from './film-facts.module.css';
import { filmHref } from './tag-link';

/** The film's facts box: an aside beside the review on wide screens, below it on narrow ones. */
export function FilmFacts({ film }: { film: Film }) {
  const id = useId();
  const facts: [term: string, detail: string][] = [
    ['Title', film.title],
    ['Year', String(film.year)],
    ['Runtime', formatRuntime(film.runtimeMinutes)],
  ];
  if (film.countries.length > 0)
    facts.push([film.countries.length === 1 ? 'Country' : 'Countries', formatList(film.countries)]);
  if (film.directors.length > 0) facts.push(['Directed by', formatList(film.directors)]);
  if (film.writers.length > 0) facts.push(['Written by', formatList(film.writers)]);
  if (film.format) facts.push(['Format', film.format]);

  return (
    <aside className={styles.facts} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={styles.heading}>
        <FilmIcon size={20} />
        Film facts
      </h2>
      <dl className={styles.list}>
        {facts.map(([term, detail]) => (
          <div key={term} className={styles.row}>
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
      <Link to={filmHref(film.slug)} className={styles.more}>
        All reviews of {film.title} ({film.year})
      </Link>
    </aside>
  );
}
