import { useId, useRef, useState, type FormEvent } from 'react';
import {
  ACCOUNT_PROBLEM_CODES,
  USERNAME_MAX_CHARS,
  USERNAME_MIN_CHARS,
  registerBodySchema,
  type AuthResponse,
} from '../../../contract/accounts';
import { ApiError } from '../../../lib/api-client';
import { useRegister } from '../hooks/use-auth';
import { useFocusAfterSubmit } from '../hooks/use-form-focus';
import { errorsFromApi, errorsFromZod, firstInvalid, NO_ERRORS, type FormErrors } from '../lib/form-errors';
import { ErrorSummary, summaryOf, TextField } from './form-parts';
import styles from './forms.module.css';
import { PasswordField } from './password-field';

const FIELDS = ['username', 'displayName', 'password', 'confirm'] as const;
type Field = (typeof FIELDS)[number];

export const USERNAME_TAKEN_MESSAGE = 'That username is taken. Choose another one.';

/** Username, display name, password (with its rules live) and confirmation. Signs the new account in. */
export function RegisterForm({ onRegistered }: { onRegistered: (response: AuthResponse) => void }) {
  const id = useId();
  const ids: Record<Field, string> = {
    username: `${id}-username`,
    displayName: `${id}-display-name`,
    password: `${id}-password`,
    confirm: `${id}-confirm`,
  };
  const [values, setValues] = useState<Record<Field, string>>({
    username: '',
    displayName: '',
    password: '',
    confirm: '',
  });
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const usernameRef = useRef<HTMLInputElement>(null);
  const displayNameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focus = useFocusAfterSubmit({
    username: usernameRef,
    displayName: displayNameRef,
    password: passwordRef,
    confirm: confirmRef,
    summary: summaryRef,
  });
  const register = useRegister();

  const set = (field: Field) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: event.target.value }));
    // The live rules take over from the submitted errors, which would say the same thing twice.
    if (field === 'password' && errors.fields.password) {
      setErrors((e) => ({ ...e, fields: { ...e.fields, password: undefined } }));
    }
  };

  const fail = (next: FormErrors<Field>) => {
    setErrors(next);
    focus(firstInvalid(next, FIELDS) ?? 'summary');
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (register.isPending) return;
    const parsed = registerBodySchema.safeParse({
      username: values.username,
      displayName: values.displayName,
      password: values.password,
    });
    const next: FormErrors<Field> = parsed.success
      ? { fields: {}, form: [] }
      : errorsFromZod(parsed.error, FIELDS);
    if (values.confirm === '') next.fields.confirm = ['Type the password again to confirm it.'];
    else if (values.confirm !== values.password)
      next.fields.confirm = ['The two passwords are not the same.'];
    if (!parsed.success || next.fields.confirm) {
      fail(next);
      return;
    }
    register.mutate(parsed.data, {
      onSuccess: (response) => {
        setErrors(NO_ERRORS);
        onRegistered(response);
      },
      onError: (error) => {
        const result = errorsFromApi(error, FIELDS);
        if (error instanceof ApiError && error.code === ACCOUNT_PROBLEM_CODES.usernameTaken) {
          result.fields.username = [USERNAME_TAKEN_MESSAGE];
        }
        fail(result);
      },
    });
  };

  const summary = summaryOf(errors, ids, FIELDS);

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Create an account">
      <ErrorSummary ref={summaryRef} title="We could not create your account" items={summary} />
      <TextField
        ref={usernameRef}
        id={ids.username}
        label="Username"
        hint={`${USERNAME_MIN_CHARS}–${USERNAME_MAX_CHARS} characters: letters a–z, digits, “-” and “_”. You sign in with it; it is also your profile’s address.`}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        required
        value={values.username}
        onChange={set('username')}
        errors={errors.fields.username}
      />
      <TextField
        ref={displayNameRef}
        id={ids.displayName}
        label="Display name"
        hint="Shown with your comments. You can change it later."
        name="displayName"
        autoComplete="name"
        required
        value={values.displayName}
        onChange={set('displayName')}
        errors={errors.fields.displayName}
      />
      <PasswordField
        ref={passwordRef}
        id={ids.password}
        label="Password"
        name="password"
        value={values.password}
        onChange={set('password')}
        errors={errors.fields.password}
        rules={{ username: values.username }}
      />
      <PasswordField
        ref={confirmRef}
        id={ids.confirm}
        label="Confirm password"
        name="confirm"
        value={values.confirm}
        onChange={set('confirm')}
        errors={errors.fields.confirm}
      />
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={register.isPending}>
          {register.isPending ? 'Creating your account…' : 'Create account'}
        </button>
      </div>
    </form>
  );
}
