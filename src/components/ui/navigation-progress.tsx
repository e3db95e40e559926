import styles from './navigation-progress.module.css';

/**
 * A slim bar at the top of the window while something loads. It only appears
 * after a short delay (in CSS), so quick navigations do not flash it.
 */
export function NavigationProgress({ active }: { active: boolean }) {
  return (
    <div className={styles.track} data-active={active} aria-hidden="true">
      <div className={styles.bar} />
    </div>
  );
}
