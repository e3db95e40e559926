import { useEffect, useRef, type RefObject } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { FilmIcon } from '../../components/ui/icons';
import { NavigationProgress } from '../../components/ui/navigation-progress';
// Not lazy: it hears API errors as they happen (onApiError), including the first ones.
import { StorageNotice } from '../../features/about/components/storage-notice';
import { AccountNav } from '../../features/accounts/components/account-nav';
import { FaultBanner, SessionPrompt } from './lazy-shell-parts';
import { useSessionSync } from '../../features/accounts/hooks/use-session-sync';
import { InboxLink } from '../../features/notifications/components/inbox-link';
import styles from './app-shell.module.css';

export const MAIN_ID = 'main';

/** After a page change, focus the main landmark so keyboard and screen reader users start there. */
function useFocusMainOnPageChange(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    main.current?.focus({ preventScroll: true });
  }, [pathname, main]);
}

export function AppShell() {
  const navigation = useNavigation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusMainOnPageChange(mainRef);
  useSessionSync();

  return (
    <div className={styles.shell}>
      <a href={`#${MAIN_ID}`} className={styles.skipLink}>
        Skip to content
      </a>
      <NavigationProgress active={navigation.state !== 'idle'} />
      <FaultBanner />
      <StorageNotice />
      <header className={styles.header}>
        <div className={`page ${styles.headerInner}`}>
          <Link to="/" className={styles.brand}>
            <FilmIcon size={26} className={styles.brandIcon} />
            Screening Room
          </Link>
          <nav aria-label="Main" className={styles.nav}>
            <ul>
              <li>
                <NavLink to="/" end className={styles.navLink}>
                  Reviews
                </NavLink>
              </li>
              <li>
                <NavLink to="/about" className={styles.navLink}>
                  About
                </NavLink>
              </li>
            </ul>
          </nav>
          <AccountNav linkClassName={styles.navLink} inbox={<InboxLink className={styles.navLink} />} />
        </div>
      </header>
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className={styles.main}>
        <Outlet />
      </main>
      <footer className={styles.footer}>
        <div className={`page ${styles.footerInner}`}>
          <p>
            <strong>Screening Room</strong>: film reviews and the conversations under them.
          </p>
          <p>
            Everything here is served by an API running inside your browser, and your data stays on this
            device. <Link to="/about">How it works</Link>
          </p>
          <p>
            Emails are simulated too: the <Link to="/mailbox">Mailbox</Link> shows every one the site would
            have sent.
          </p>
        </div>
      </footer>
      <SessionPrompt />
      <ScrollRestoration />
    </div>
  );
}

/** The shell's outline while the first route's code loads: same header, so nothing jumps. */
export function AppShellFallback() {
  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <div className={`page ${styles.headerInner}`}>
          <span className={styles.brand}>
            <FilmIcon size={26} className={styles.brandIcon} />
            Screening Room
          </span>
        </div>
      </header>
      <main className={styles.main} aria-busy="true">
        <p className="visually-hidden">Loading…</p>
      </main>
    </div>
  );
}
