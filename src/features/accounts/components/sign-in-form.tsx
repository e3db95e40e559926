import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ACCOUNT_PROBLEM_CODES, signInBodySchema, type AuthResponse } from '../../../contract/accounts';
import { ApiError } from '../../../lib/api-client';
import { useSignIn } from '../hooks/use-auth';
import { useFocusAfterSubmit } from '../hooks/use-form-focus';
import { errorsFromApi, errorsFromZod, firstInvalid, NO_ERRORS, type FormErrors } from '../lib/form-errors';
import { ErrorSummary, summaryOf, TextField } from './form-parts';
import styles from './forms.module.css';
import { PasswordField } from './password-field';

const FIELDS = ['username', 'password'] as const;
type Field = (typeof FIELDS)[number];

const LABELS: Record<Field, string> = { username: 'Username', password: 'Password' };

interface SignInFormProps {
  onSignedIn: (response: AuthResponse) => void;
  /** The submit button's words. */
  submitLabel?: string;
  /** Put the cursor in the username field when the form appears (it was asked for just now). */
  focusOnMount?: boolean;
}

/**
 * Username, password and "remember me". Errors are shown in words next to
 * their fields and listed in a summary; focus goes to the first field to fix.
 * The username is kept after a failure; the password is cleared when it was
 * wrong, so the next try starts clean.
 */
export function SignInForm({ onSignedIn, submitLabel = 'Sign in', focusOnMount = false }: SignInFormProps) {
  const id = useId();
  const ids: Record<Field, string> = { username: `${id}-username`, password: `${id}-password` };
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focus = useFocusAfterSubmit({ username: usernameRef, password: passwordRef, summary: summaryRef });
  const signIn = useSignIn();

  useEffect(() => {
    if (focusOnMount) usernameRef.current?.focus();
  }, [focusOnMount]);

  const fail = (next: FormErrors<Field>, fallback: 'password' | 'summary' = 'summary') => {
    setErrors(next);
    focus(firstInvalid(next, FIELDS) ?? fallback);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const parsed = signInBodySchema.safeParse({ username, password, remember });
    if (!parsed.success) {
      fail(errorsFromZod(parsed.error, FIELDS));
      return;
    }
    // Awaited rather than per-call callbacks: those are skipped if signing in re-renders this form away.
    signIn.mutateAsync(parsed.data).then(
      (response) => {
        setErrors(NO_ERRORS);
        onSignedIn(response);
      },
      (error: unknown) => {
        const wrong = error instanceof ApiError && error.code === ACCOUNT_PROBLEM_CODES.invalidCredentials;
        if (wrong) setPassword('');
        fail(errorsFromApi(error, FIELDS), wrong ? 'password' : 'summary');
      },
    );
  };

  const summary = summaryOf(errors, ids, FIELDS);

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Sign in">
      <ErrorSummary ref={summaryRef} title="We could not sign you in" items={summary} />
      <TextField
        ref={usernameRef}
        id={ids.username}
        label={LABELS.username}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        required
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        errors={errors.fields.username}
      />
      <PasswordField
        ref={passwordRef}
        id={ids.password}
        label={LABELS.password}
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        errors={errors.fields.password}
      />
      <label className={styles.check}>
        <input
          type="checkbox"
          name="remember"
          checked={remember}
          onChange={(event) => setRemember(event.target.checked)}
          aria-describedby={`${id}-remember-hint`}
        />
        <span>
          Remember me
          <span id={`${id}-remember-hint`} className={styles.checkHint}>
            Stay signed in for 30 days, in every tab of this browser. Leave it unticked to stay signed in in
            this tab only.
          </span>
        </span>
      </label>
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
