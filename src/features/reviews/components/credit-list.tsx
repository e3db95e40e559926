import { useId, useState } from 'react';
import { ChevronIcon } from '../../../components/ui/icons';
import styles from './credit-list.module.css';

export interface CreditEntry {
  term: string;
  details: string;
}

interface CreditListProps {
  title: string;
  entries: readonly CreditEntry[];
  /** Plural noun for the toggle: "Show all 38 credits". */
  noun: string;
  /** Entries shown before "Show all"; longer lists collapse. */
  limit?: number;
}

/**
 * A titled description list (role → names, actor → character) that shows its
 * first entries and expands in place. The toggle is a real button with
 * aria-expanded and aria-controls, so it works from the keyboard and tells
 * screen readers what it does.
 */
export function CreditList({ title, entries, noun, limit = 8 }: CreditListProps) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  if (entries.length === 0) return null;
  const collapsible = entries.length > limit + 2; // hiding only one or two entries is not worth a click
  const visible = collapsible && !expanded ? entries.slice(0, limit) : entries;
  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={styles.heading}>
        {title}
      </h2>
      <dl id={`${id}-list`} className={styles.list}>
        {visible.map((entry, i) => (
          <div key={`${entry.term}-${i}`} className={styles.row}>
            <dt className={styles.term}>{entry.term}</dt>
            <dd className={styles.detail}>{entry.details}</dd>
          </div>
        ))}
      </dl>
      {collapsible ? (
        <button
          type="button"
          className={`button button--secondary ${styles.toggle}`}
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded ? `Show fewer ${noun}` : `Show all ${entries.length} ${noun}`}
          <ChevronIcon size={16} className={styles.chevron} data-open={expanded} />
        </button>
      ) : null}
    </section>
  );
}
