import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { ChevronIcon } from '../../../components/ui/icons';
import { registerHref, signInHref, useSession, type SessionUser } from '../../../lib/session';
import { useSignOut } from '../hooks/use-auth';
import styles from './account-nav.module.css';

/** Pages that show one person's data: signing out there goes home instead of staying. */
const PRIVATE_PATHS = ['/inbox', '/following', '/settings'];

const AUTH_PATHS = ['/sign-in', '/register'];

interface AccountNavProps {
  /** Class of the header's links, so these match the main navigation. */
  linkClassName?: string;
  /** The inbox link (from the notifications feature), shown when signed in. */
  inbox?: ReactNode;
}

/**
 * The header's account area. Signed out: "Sign in" and "Register", both
 * bringing the person back here afterwards. Signed in: the inbox, then a
 * disclosure with the person's name holding profile, following, settings and
 * sign out.
 */
export function AccountNav({ linkClassName, inbox }: AccountNavProps) {
  const { status, user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [signedOut, setSignedOut] = useState(false);
  const signInRef = useRef<HTMLAnchorElement>(null);
  const wantsFocus = useRef(false);

  useEffect(() => {
    if (status === 'guest' && wantsFocus.current) {
      wantsFocus.current = false;
      signInRef.current?.focus();
    }
  }, [status]);

  const handleSignOut = async () => {
    // The menu goes away with the session: focus moves to "Sign in" as soon as it appears.
    wantsFocus.current = true;
    // The session is forgotten here whatever the server answers (see useSignOut).
    await signOut.mutateAsync().catch(() => undefined);
    setSignedOut(true);
    const { pathname } = location;
    if (PRIVATE_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`))) {
      void navigate('/');
    }
  };

  // Coming back from the sign-in page keeps its `next`; anywhere else, come back here.
  const onAuthPage = AUTH_PATHS.includes(location.pathname);
  const next = onAuthPage
    ? (new URLSearchParams(location.search).get('next') ?? '/')
    : `${location.pathname}${location.search}${location.hash}`;

  return (
    <nav aria-label="Account" className={styles.nav}>
      <ul className={styles.list}>
        {status === 'signed-in' && user ? (
          <>
            {inbox ? <li>{inbox}</li> : null}
            <li className={styles.menuItem}>
              <AccountMenu
                user={user}
                linkClassName={linkClassName}
                signingOut={signOut.isPending}
                onSignOut={() => void handleSignOut()}
              />
            </li>
          </>
        ) : status === 'guest' ? (
          <>
            <li>
              <NavLink ref={signInRef} to={signInHref(next)} className={linkClassName}>
                Sign in
              </NavLink>
            </li>
            <li>
              <NavLink to={registerHref(next)} className={`${linkClassName ?? ''} ${styles.register}`}>
                Register
              </NavLink>
            </li>
          </>
        ) : null}
      </ul>
      <p role="status" className="visually-hidden">
        {signedOut && status === 'guest' ? 'You have signed out.' : ''}
      </p>
    </nav>
  );
}

function PersonIcon() {
  return (
    <svg
      className={styles.avatar}
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="8.5" r="3.5" />
      <path d="M5 19.5c1.2-3.2 3.8-5 7-5s5.8 1.8 7 5" />
    </svg>
  );
}

interface AccountMenuProps {
  user: SessionUser;
  linkClassName?: string;
  signingOut: boolean;
  onSignOut: () => void;
}

function AccountMenu({ user, linkClassName, signingOut, onSignOut }: AccountMenuProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const location = useLocation();

  // A page change (following a link in the menu) closes it.
  const [lastKey, setLastKey] = useState(location.key);
  if (lastKey !== location.key) {
    setLastKey(location.key);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div
      ref={rootRef}
      className={styles.menu}
      onBlur={(event) => {
        // Tabbing out of the menu closes it.
        if (open && !rootRef.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={`${linkClassName ?? ''} ${styles.trigger}`}
        // Named in full here: a visually hidden part would be read with a stray space before the comma.
        aria-label={`${user.displayName}, your account`}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        <PersonIcon />
        <span className={styles.name}>{user.displayName}</span>
        <ChevronIcon size={16} className={styles.chevron} data-open={open} />
      </button>
      <div id={`${id}-panel`} className={styles.panel} hidden={!open}>
        <p className={styles.who}>
          <span className={styles.whoName}>{user.displayName}</span>
          <span className={styles.whoUser}>@{user.username}</span>
        </p>
        <ul className={styles.panelList}>
          <li>
            <Link to={`/users/${encodeURIComponent(user.username)}`} className={styles.panelLink}>
              Your profile
            </Link>
          </li>
          <li>
            <Link to="/following" className={styles.panelLink}>
              Following
            </Link>
          </li>
          <li>
            <Link to="/settings" className={styles.panelLink}>
              Settings
            </Link>
          </li>
          <li className={styles.separator}>
            <button type="button" className={styles.panelLink} disabled={signingOut} onClick={onSignOut}>
              {signingOut ? 'Signing out…' : 'Sign out'}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
