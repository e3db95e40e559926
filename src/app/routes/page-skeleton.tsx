import { Skeleton } from '../../components/ui/skeleton';
import styles from './account-pages.module.css';

/** Grey boxes while a list or form loads; the region says it is busy. */
export function PageSkeleton({ label, rows = 3 }: { label?: string; rows?: number }) {
  return (
    <div className={styles.skeleton} aria-busy="true">
      {label ? <p className="visually-hidden">{label}</p> : null}
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height="6.5rem" />
      ))}
    </div>
  );
}
