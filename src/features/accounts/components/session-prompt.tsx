import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import {
  closeSignInPrompt,
  dismissSessionExpired,
  signInHref,
  useSessionSnapshot,
} from '../../../lib/session';
import styles from './session-prompt.module.css';

// Loaded when first needed: this panel is in every page's shell, the form rarely shows.
const SignInForm = lazy(async () => ({ default: (await import('./sign-in-form')).SignInForm }));

const AUTH_PATHS = ['/sign-in', '/register'];

/**
 * Signing in again without leaving the page. Shown when the server says the
 * session expired (for example while someone is writing a comment), or when a
 * feature asks with requestSignIn(). It sits at the bottom of the window and
 * never takes focus by itself, so nobody is pulled out of what they are
 * typing; after signing in, focus goes back to where it was.
 */
export function SessionPrompt() {
  const id = useId();
  const { expired, prompt } = useSessionSnapshot();
  const { pathname, search, hash } = useLocation();
  const [formOpen, setFormOpen] = useState(false);
  const [welcome, setWelcome] = useState<string | null>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const panelRef = useRef<HTMLElement>(null);

  const onAuthPage = AUTH_PATHS.includes(pathname);
  const asked = prompt !== null;
  // Once open, the form stays until it is done with, even after the session changes under it.
  if (asked && !formOpen) setFormOpen(true);
  const visible = !onAuthPage && (expired || asked || formOpen || welcome !== null);
  const showForm = formOpen;

  // Remember what had focus when the panel appeared, to give it back afterwards.
  useEffect(() => {
    if (!visible) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && !panelRef.current?.contains(active)) returnTo.current = active;
  }, [visible]);

  const restoreFocus = () => {
    const target = returnTo.current;
    returnTo.current = null;
    if (target?.isConnected) target.focus();
  };

  const close = () => {
    setFormOpen(false);
    setWelcome(null);
    closeSignInPrompt();
    dismissSessionExpired();
    restoreFocus();
  };

  const title = welcome
    ? welcome
    : expired
      ? 'Your session expired — sign in again'
      : (prompt?.reason ?? 'Sign in to continue');

  return (
    <div className={styles.dock}>
      {/* An alert is announced when it appears, so it is only in the page while it has something to say. */}
      {visible && expired && !welcome ? (
        <div role="alert" className="visually-hidden">
          Your session expired — sign in again. Anything you were typing stays on the page.
        </div>
      ) : null}
      {visible ? (
        <section ref={panelRef} className={styles.panel} aria-labelledby={`${id}-title`}>
          <p id={`${id}-title`} className={styles.title}>
            {title}
          </p>
          {welcome ? (
            <div className={styles.actions}>
              <button type="button" className="button button--secondary" onClick={close}>
                Close
              </button>
            </div>
          ) : showForm ? (
            <>
              {expired ? <p className={styles.text}>Anything you were typing stays on the page.</p> : null}
              <Suspense fallback={<p className={styles.text}>Loading the sign-in form…</p>}>
                {/* Asked for (a click on "Sign in again", or on "Follow" by a guest): the person types now. */}
                <SignInForm
                  focusOnMount
                  submitLabel={expired ? 'Sign in again' : 'Sign in'}
                  onSignedIn={(response) => {
                    setFormOpen(false);
                    setWelcome(`Signed in as ${response.user.displayName}. Carry on where you were.`);
                    restoreFocus();
                  }}
                />
              </Suspense>
              <div className={styles.actions}>
                <button type="button" className="button button--quiet" onClick={close}>
                  Not now
                </button>
                <Link to={signInHref(`${pathname}${search}${hash}`)} className={styles.link}>
                  Create an account or use the sign-in page
                </Link>
              </div>
            </>
          ) : (
            <>
              <p className={styles.text}>
                Anything you were typing stays on the page. Sign in again to carry on where you were.
              </p>
              <div className={styles.actions}>
                <button type="button" className="button" onClick={() => setFormOpen(true)}>
                  Sign in again
                </button>
                <button type="button" className="button button--quiet" onClick={close}>
                  Dismiss
                </button>
              </div>
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
