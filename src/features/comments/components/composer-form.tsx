import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { Link } from 'react-router';
import { formatCount, pluralize } from '../../../lib/format';
import { signInHref } from '../../../lib/session';
import type { CommentIdentity } from '../hooks/use-comment-identity';
import {
  COMMENT_MAX_CHARS,
  commentBodyError,
  commentLength,
  counterAnnouncement,
  counterStatus,
  displayNameError,
} from '../lib/validate';
import { CommentBody } from './comment-body';
import styles from './composer.module.css';

/*
 * The writing surface shared by every composer: Write and Preview tabs, the
 * character counter, formatting help, who you post as, and the keyboard
 * (Ctrl/Cmd+Enter posts; Escape closes a reply or an edit, asking first when
 * there is text to lose). It owns no storage: the wrappers in composer.tsx
 * decide where the text is kept.
 */

export interface ComposerFormProps {
  /** Visible label of the text field ("Your comment", "Reply to Ines"). */
  label: string;
  text: string;
  onTextChange: (text: string) => void;
  submitLabel: string;
  busyLabel: string;
  /** A request is on its way: no second submit. */
  busy?: boolean;
  /** Just submitted: the button waits for new text, so a double click cannot post an empty comment. */
  blocked?: boolean;
  /** What the server said, in words; shown until the text changes or the next submit. */
  serverError?: string | null;
  /** Shown after the server's words (e.g. a way to sign in again). */
  serverErrorAction?: ReactNode;
  /** Who posts; null for edits (the author is already decided). */
  identity?: CommentIdentity | null;
  /** "Not you? Sign out" for a signed-in identity. */
  onSignOut?: () => void;
  /** Where "sign in" brings the reader back to (this thread, this comment). */
  returnTo?: string;
  /** A name error from the server, shown at the name field. */
  serverNameError?: string | null;
  notice?: ReactNode;
  onSubmit: (text: string, guestName: string | null) => void;
  /** Replies and edits can be closed (Cancel, Escape). */
  onCancel?: () => void;
  /** The question asked before throwing typed text away. */
  discardQuestion?: string;
  /** Whether closing would lose something (default: any text). */
  isDirty?: (text: string) => boolean;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  /** Spoiler scope of the preview. */
  previewScope: string;
  rows?: number;
}

type Tab = 'write' | 'preview';

export function ComposerForm({
  label,
  text,
  onTextChange,
  submitLabel,
  busyLabel,
  busy = false,
  blocked = false,
  serverError = null,
  serverErrorAction = null,
  identity = null,
  onSignOut,
  returnTo,
  serverNameError = null,
  notice,
  onSubmit,
  onCancel,
  discardQuestion = 'Discard what you wrote?',
  isDirty = (t) => t.trim() !== '',
  textareaRef,
  previewScope,
  rows = 4,
}: ComposerFormProps) {
  const id = useId();
  const ids = {
    textarea: `${id}-text`,
    writeTab: `${id}-write-tab`,
    previewTab: `${id}-preview-tab`,
    writePanel: `${id}-write`,
    previewPanel: `${id}-preview`,
    counter: `${id}-counter`,
    error: `${id}-error`,
    serverError: `${id}-server-error`,
    over: `${id}-over`,
    help: `${id}-help`,
    name: `${id}-name`,
    nameError: `${id}-name-error`,
    discard: `${id}-discard`,
  };
  const ownTextareaRef = useRef<HTMLTextAreaElement>(null);
  const textarea = textareaRef ?? ownTextareaRef;
  const nameRef = useRef<HTMLInputElement>(null);
  const tabRefs = { write: useRef<HTMLButtonElement>(null), preview: useRef<HTMLButtonElement>(null) };
  const discardRef = useRef<HTMLParagraphElement>(null);

  const [tab, setTab] = useState<Tab>('write');
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [shownServerError, setShownServerError] = useState(serverError);
  const [lastServerError, setLastServerError] = useState(serverError);
  if (serverError !== lastServerError) {
    setLastServerError(serverError);
    setShownServerError(serverError);
  }
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);

  const askName = identity?.kind === 'guest';
  const [changingName, setChangingName] = useState(false);
  const [nameText, setNameText] = useState(identity?.name ?? '');
  const showNameField = askName && (identity.name === null || changingName || serverNameError !== null);
  const shownNameError = nameError ?? serverNameError;

  const length = commentLength(text);
  const counter = counterStatus(length);
  const announcement = counterAnnouncement(length);

  useEffect(() => {
    if (!confirmingDiscard) return;
    discardRef.current?.focus();
    // Escape on the question or its buttons means "keep writing".
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || !discardRef.current?.parentElement?.contains(document.activeElement))
        return;
      event.preventDefault();
      setConfirmingDiscard(false);
      textarea.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [confirmingDiscard, textarea]);

  const changeText = (value: string) => {
    onTextChange(value);
    if (bodyError) setBodyError(null);
    if (shownServerError) setShownServerError(null);
  };

  const submit = () => {
    if (busy || blocked) return;
    const problem = commentBodyError(text);
    const nameProblem = showNameField ? displayNameError(nameText) : null;
    setBodyError(problem);
    setNameError(nameProblem);
    if (problem) {
      setTab('write');
      // After the tab switch renders, so the field is visible to focus.
      requestAnimationFrame(() => textarea.current?.focus());
      return;
    }
    if (nameProblem) {
      nameRef.current?.focus();
      return;
    }
    let guestName: string | null = null;
    if (identity?.kind === 'guest') {
      guestName = showNameField ? nameText : identity.name;
      if (showNameField) {
        identity.setName(nameText);
        setChangingName(false);
      }
    }
    onSubmit(text, guestName);
  };

  const onFormSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };

  const close = () => {
    setConfirmingDiscard(false);
    onCancel?.();
  };

  const requestClose = () => {
    if (!onCancel) return;
    if (isDirty(text)) setConfirmingDiscard(true);
    else close();
  };

  /** On every control of the composer: Ctrl/Cmd+Enter posts, Escape closes (asking first). */
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      event.stopPropagation();
      if (confirmingDiscard) {
        setConfirmingDiscard(false);
        textarea.current?.focus();
      } else requestClose();
    }
  };

  const selectTab = (next: Tab, focus = false) => {
    setTab(next);
    if (focus) tabRefs[next].current?.focus();
  };

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const order: Tab[] = ['write', 'preview'];
    const index = order.indexOf(tab);
    let next: Tab | undefined;
    if (event.key === 'ArrowRight') next = order[(index + 1) % order.length];
    else if (event.key === 'ArrowLeft') next = order[(index + order.length - 1) % order.length];
    else if (event.key === 'Home') next = order[0];
    else if (event.key === 'End') next = order[order.length - 1];
    if (next) {
      event.preventDefault();
      selectTab(next, true);
    }
  };

  const describedBy = [
    bodyError ? ids.error : null,
    shownServerError ? ids.serverError : null,
    ids.counter,
    counter.over ? ids.over : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <form className={styles.composer} onSubmit={onFormSubmit} noValidate>
      <div className={styles.top}>
        <label htmlFor={ids.textarea} className={styles.label}>
          {label}
        </label>
        <div role="tablist" aria-label="Write or preview" className={styles.tabs}>
          {(['write', 'preview'] as const).map((t) => (
            <button
              key={t}
              ref={tabRefs[t]}
              type="button"
              role="tab"
              id={t === 'write' ? ids.writeTab : ids.previewTab}
              aria-selected={tab === t}
              aria-controls={t === 'write' ? ids.writePanel : ids.previewPanel}
              tabIndex={tab === t ? 0 : -1}
              className={styles.tab}
              onClick={() => selectTab(t)}
              onKeyDown={(event) => {
                onTabKeyDown(event);
                if (!event.defaultPrevented) onKeyDown(event);
              }}
            >
              {t === 'write' ? 'Write' : 'Preview'}
            </button>
          ))}
        </div>
      </div>

      <div role="tabpanel" id={ids.writePanel} aria-labelledby={ids.writeTab} hidden={tab !== 'write'}>
        <textarea
          ref={textarea}
          id={ids.textarea}
          className={styles.textarea}
          value={text}
          rows={rows}
          onChange={(e) => changeText(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={bodyError || counter.over ? true : undefined}
          aria-describedby={describedBy}
          spellCheck
        />
      </div>
      <div
        role="tabpanel"
        id={ids.previewPanel}
        aria-labelledby={ids.previewTab}
        hidden={tab !== 'preview'}
        // A panel without focusable content of its own is reachable by Tab.
        tabIndex={0}
        className={styles.preview}
      >
        {tab === 'preview' ? (
          text.trim() === '' ? (
            <p className={styles.muted}>Nothing to preview yet.</p>
          ) : (
            <CommentBody source={text} scope={previewScope} />
          )
        ) : null}
      </div>

      {bodyError ? (
        <p id={ids.error} role="alert" className={styles.error}>
          {bodyError}
        </p>
      ) : null}
      {shownServerError ? (
        <p id={ids.serverError} role="alert" className={styles.error}>
          {shownServerError}
          {serverErrorAction ? <> {serverErrorAction}</> : null}
        </p>
      ) : null}

      <div className={styles.meta}>
        <span id={ids.counter} className={counter.over ? styles.counterOver : styles.counter}>
          {formatCount(length)} / {formatCount(COMMENT_MAX_CHARS)}
          <span className="visually-hidden"> characters</span>
        </span>
        <span className="visually-hidden" aria-live="polite">
          {announcement ?? ''}
        </span>
        {notice}
        <details className={styles.help}>
          <summary>Formatting help</summary>
          <FormattingHelp />
        </details>
      </div>

      {askName ? (
        showNameField ? (
          <div className={styles.nameField}>
            <label htmlFor={ids.name} className={styles.label}>
              Your display name
            </label>
            <input
              ref={nameRef}
              id={ids.name}
              className={`input ${styles.nameInput}`}
              value={nameText}
              onChange={(e) => {
                setNameText(e.target.value);
                setNameError(null);
              }}
              autoComplete="nickname"
              onKeyDown={onKeyDown}
              aria-invalid={shownNameError ? true : undefined}
              aria-describedby={shownNameError ? ids.nameError : undefined}
            />
            {shownNameError ? (
              <p id={ids.nameError} role="alert" className={styles.error}>
                {shownNameError}
              </p>
            ) : (
              <p className={styles.muted}>Shown with your comments. Remembered in this browser.</p>
            )}
            <p className={styles.muted}>
              Have an account? <SignInLink returnTo={returnTo}>Sign in to post with it</SignInLink>.
            </p>
          </div>
        ) : (
          <p className={styles.identity}>
            Posting as <strong>{identity.name}</strong> (guest) ·{' '}
            <button
              type="button"
              className={styles.linkButton}
              onClick={() => {
                setNameText(identity.name ?? '');
                setChangingName(true);
                requestAnimationFrame(() => nameRef.current?.focus());
              }}
            >
              Change<span className="visually-hidden"> display name</span>
            </button>{' '}
            or{' '}
            <SignInLink returnTo={returnTo} label="Sign in to post with your account">
              sign in
            </SignInLink>
          </p>
        )
      ) : identity?.kind === 'user' ? (
        <p className={styles.identity}>
          Posting as <strong>{identity.name}</strong> · Not you?{' '}
          <button
            type="button"
            className={styles.linkButton}
            onClick={() => {
              onSignOut?.();
              textarea.current?.focus();
            }}
          >
            Sign out
          </button>
        </p>
      ) : identity?.kind === 'checking' ? (
        <p className={styles.identity}>Checking who is signed in…</p>
      ) : null}

      <div className={styles.actions}>
        <button
          type="submit"
          className="button"
          disabled={busy || blocked}
          aria-describedby={counter.over ? ids.over : undefined}
        >
          {busy ? busyLabel : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={requestClose}>
            Cancel
          </button>
        ) : null}
        {counter.over ? (
          <p id={ids.over} className={styles.overMessage}>
            Too long by {pluralize(-counter.left, 'character')}: shorten it to post.
          </p>
        ) : null}
      </div>

      {confirmingDiscard ? (
        <div role="group" aria-labelledby={ids.discard} className={styles.confirm}>
          <p id={ids.discard} ref={discardRef} tabIndex={-1}>
            {discardQuestion}
          </p>
          <button type="button" className="button button--danger" onClick={close}>
            Discard
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setConfirmingDiscard(false);
              textarea.current?.focus();
            }}
          >
            Keep writing
          </button>
        </div>
      ) : null}
    </form>
  );
}

function FormattingHelp() {
  return (
    <dl className={styles.helpList}>
      <dt>
        <code>*italic*</code>, <code>**bold**</code>, <code>~~struck~~</code>
      </dt>
      <dd>Emphasis</dd>
      <dt>
        <code>[words](https://example.com)</code>
      </dt>
      <dd>A link (web and email addresses only)</dd>
      <dt>
        <code>&gt; quoted text</code>
      </dt>
      <dd>A quote</dd>
      <dt>
        <code>- item</code> or <code>1. item</code>
      </dt>
      <dd>A list</dd>
      <dt>
        <code>`code`</code>, or <code>```</code> on lines around a block
      </dt>
      <dd>Code</dd>
      <dt>
        <code>||the twist||</code>
      </dt>
      <dd>A spoiler: hidden until each reader chooses to show it</dd>
    </dl>
  );
}

/** To the sign-in page and back here afterwards (the text is kept as a draft meanwhile). */
function SignInLink({
  returnTo,
  label,
  children,
}: {
  returnTo: string | undefined;
  label?: string;
  children: ReactNode;
}) {
  return (
    <Link to={signInHref(returnTo)} className={styles.link} aria-label={label}>
      {children}
    </Link>
  );
}
