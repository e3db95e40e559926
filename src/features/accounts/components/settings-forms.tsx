import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  passwordProblems,
  type EmailFrequency,
  type Settings,
  type SettingsUpdateInput,
} from '../../../contract/accounts';
import { displayNameSchema } from '../../../contract/text';
import { sessionKeys } from '../../../lib/session';
import { settingsQueryOptions } from '../api/get-settings';
import { accountKeys, COMMENT_QUERIES_ROOT } from '../api/keys';
import { updateSettingsMutationOptions } from '../api/update-settings';
import { useFocusAfterSubmit } from '../hooks/use-form-focus';
import { errorsFromApi, firstInvalid, NO_ERRORS, type FormErrors } from '../lib/form-errors';
import { ErrorSummary, summaryOf, TextField } from './form-parts';
import styles from './forms.module.css';
import { PasswordField } from './password-field';
import page from './settings.module.css';

function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateSettingsMutationOptions(),
    onSuccess: async (settings, input) => {
      queryClient.setQueryData(accountKeys.settings, settings);
      // The display name shows in the header, on the profile and on comments. A name
      // changes rarely, so refetching every loaded discussion when next shown is a fair
      // price for bylines that are never stale; nothing here waits for them.
      if (input.displayName !== undefined)
        void queryClient.invalidateQueries({ queryKey: COMMENT_QUERIES_ROOT });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
        queryClient.invalidateQueries({ queryKey: accountKeys.profiles() }),
      ]);
    },
  });
}

/** A status line that says what was saved; announced politely, cleared on the next edit. */
function SavedStatus({ children }: { children: ReactNode }) {
  return (
    <div role="status" className={page.status}>
      {children ? <p className="message message--success">{children}</p> : null}
    </div>
  );
}

// ------------------------------------------------------------------ profile

const NAME_FIELDS = ['displayName'] as const;
type NameField = (typeof NAME_FIELDS)[number];

function DisplayNameForm({ settings }: { settings: Settings }) {
  const id = useId();
  const ids: Record<NameField, string> = { displayName: `${id}-display-name` };
  const [displayName, setDisplayName] = useState(settings.displayName);
  const [errors, setErrors] = useState<FormErrors<NameField>>(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  const displayNameRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focus = useFocusAfterSubmit({ displayName: displayNameRef, summary: summaryRef });
  const update = useUpdateSettings();

  const fail = (next: FormErrors<NameField>) => {
    setErrors(next);
    focus(firstInvalid(next, NAME_FIELDS) ?? 'summary');
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const parsed = displayNameSchema.safeParse(displayName);
    if (!parsed.success) {
      fail({ fields: { displayName: parsed.error.issues.map((i) => i.message) }, form: [] });
      return;
    }
    update.mutate(
      { displayName: parsed.data },
      {
        onSuccess: (next) => {
          setErrors(NO_ERRORS);
          setDisplayName(next.displayName);
          setSaved(`Saved. Your display name is now “${next.displayName}”.`);
        },
        onError: (error) => fail(errorsFromApi(error, NAME_FIELDS)),
      },
    );
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={page.sectionTitle}>
        Your name
      </h2>
      <dl className={page.facts}>
        <div>
          <dt>Username</dt>
          <dd>@{settings.username}</dd>
        </div>
        <div>
          <dt>Email (simulated)</dt>
          <dd>{settings.email}</dd>
        </div>
      </dl>
      <ErrorSummary
        ref={summaryRef}
        title="Your name was not saved"
        items={summaryOf(errors, ids, NAME_FIELDS)}
      />
      <TextField
        ref={displayNameRef}
        id={ids.displayName}
        label="Display name"
        hint="Shown with your comments and on your profile."
        name="displayName"
        autoComplete="name"
        required
        value={displayName}
        onChange={(event) => {
          setDisplayName(event.target.value);
          setSaved(null);
        }}
        errors={errors.fields.displayName}
      />
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save name'}
        </button>
        <SavedStatus>{saved}</SavedStatus>
      </div>
    </form>
  );
}

// ----------------------------------------------------------------- password

const PASSWORD_FIELDS = ['currentPassword', 'newPassword', 'confirm'] as const;
type PasswordFormField = (typeof PASSWORD_FIELDS)[number];

function PasswordForm({ settings }: { settings: Settings }) {
  const id = useId();
  const ids: Record<PasswordFormField, string> = {
    currentPassword: `${id}-current`,
    newPassword: `${id}-new`,
    confirm: `${id}-confirm`,
  };
  const empty: Record<PasswordFormField, string> = { currentPassword: '', newPassword: '', confirm: '' };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FormErrors<PasswordFormField>>(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  const currentPasswordRef = useRef<HTMLInputElement>(null);
  const newPasswordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focus = useFocusAfterSubmit({
    currentPassword: currentPasswordRef,
    newPassword: newPasswordRef,
    confirm: confirmRef,
    summary: summaryRef,
  });
  const update = useUpdateSettings();

  const set = (field: PasswordFormField) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: event.target.value }));
    setSaved(null);
    if (field === 'newPassword' && errors.fields.newPassword) {
      setErrors((e) => ({ ...e, fields: { ...e.fields, newPassword: undefined } }));
    }
  };

  const fail = (next: FormErrors<PasswordFormField>) => {
    setErrors(next);
    focus(firstInvalid(next, PASSWORD_FIELDS) ?? 'summary');
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const next: FormErrors<PasswordFormField> = { fields: {}, form: [] };
    if (values.currentPassword === '') next.fields.currentPassword = ['Enter your current password.'];
    const problems =
      values.newPassword === ''
        ? ['Enter the new password.']
        : passwordProblems(values.newPassword, settings.username);
    if (problems.length > 0) next.fields.newPassword = problems;
    if (values.confirm !== values.newPassword)
      next.fields.confirm = ['The two new passwords are not the same.'];
    if (firstInvalid(next, PASSWORD_FIELDS)) {
      fail(next);
      return;
    }
    const input: SettingsUpdateInput = {
      currentPassword: values.currentPassword,
      newPassword: values.newPassword,
    };
    update.mutate(input, {
      onSuccess: () => {
        setErrors(NO_ERRORS);
        setValues(empty);
        setSaved('Password changed. Anywhere else you were signed in to this account has been signed out.');
      },
      onError: (error) => fail(errorsFromApi(error, PASSWORD_FIELDS)),
    });
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={page.sectionTitle}>
        Password
      </h2>
      <ErrorSummary
        ref={summaryRef}
        title="Your password was not changed"
        items={summaryOf(errors, ids, PASSWORD_FIELDS)}
      />
      {/* Lets password managers tie the new password to the right account. */}
      <input type="text" name="username" autoComplete="username" value={settings.username} readOnly hidden />
      <PasswordField
        ref={currentPasswordRef}
        id={ids.currentPassword}
        label="Current password"
        name="currentPassword"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={set('currentPassword')}
        errors={errors.fields.currentPassword}
      />
      <PasswordField
        ref={newPasswordRef}
        id={ids.newPassword}
        label="New password"
        name="newPassword"
        value={values.newPassword}
        onChange={set('newPassword')}
        errors={errors.fields.newPassword}
        rules={{ username: settings.username }}
      />
      <PasswordField
        ref={confirmRef}
        id={ids.confirm}
        label="Confirm new password"
        name="confirm"
        value={values.confirm}
        onChange={set('confirm')}
        errors={errors.fields.confirm}
      />
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Changing…' : 'Change password'}
        </button>
        <SavedStatus>{saved}</SavedStatus>
      </div>
    </form>
  );
}

// ------------------------------------------------------------ notifications

const FREQUENCIES: { value: EmailFrequency; label: string; hint: string }[] = [
  { value: 'immediately', label: 'Immediately', hint: 'One email for each new comment.' },
  { value: 'daily', label: 'Daily digest', hint: 'One email a day listing what is new.' },
  { value: 'off', label: 'Off', hint: 'No emails; notifications still appear in your inbox.' },
];

function NotificationsForm({ settings }: { settings: Settings }) {
  const id = useId();
  const [notifyOnReplies, setNotifyOnReplies] = useState(settings.notifyOnReplies);
  const [emailFrequency, setEmailFrequency] = useState<EmailFrequency>(settings.emailFrequency);
  const [errors, setErrors] = useState<FormErrors<never>>(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focus = useFocusAfterSubmit({ summary: summaryRef });
  const update = useUpdateSettings();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    update.mutate(
      { notifyOnReplies, emailFrequency },
      {
        onSuccess: (next) => {
          setErrors(NO_ERRORS);
          setNotifyOnReplies(next.notifyOnReplies);
          setEmailFrequency(next.emailFrequency);
          setSaved('Notification settings saved.');
        },
        onError: (error) => {
          setErrors(errorsFromApi<never>(error, []));
          focus('summary');
        },
      },
    );
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={page.sectionTitle}>
        Notifications
      </h2>
      <ErrorSummary
        ref={summaryRef}
        title="Your notification settings were not saved"
        items={errors.form.map((message) => ({ message }))}
      />
      <label className={styles.check}>
        <input
          type="checkbox"
          name="notifyOnReplies"
          checked={notifyOnReplies}
          onChange={(event) => {
            setNotifyOnReplies(event.target.checked);
            setSaved(null);
          }}
        />
        <span>
          Tell me when someone replies to my comments
          <span className={styles.checkHint}>
            Threads you follow notify you whatever this says; manage them on the Following page.
          </span>
        </span>
      </label>
      <fieldset className={styles.fieldset}>
        <legend>Email me about new notifications</legend>
        {FREQUENCIES.map((option) => (
          <label key={option.value} className={styles.check}>
            <input
              type="radio"
              name="emailFrequency"
              value={option.value}
              checked={emailFrequency === option.value}
              onChange={() => {
                setEmailFrequency(option.value);
                setSaved(null);
              }}
            />
            <span>
              {option.label}
              <span className={styles.checkHint}>{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save notification settings'}
        </button>
        <SavedStatus>{saved}</SavedStatus>
      </div>
    </form>
  );
}

/** The three settings forms, each saved on its own, for the signed-in person. */
export function SettingsForms() {
  const { data: settings } = useSuspenseQuery(settingsQueryOptions());
  return (
    <div className={page.sections}>
      <section className={page.card}>
        <DisplayNameForm settings={settings} />
      </section>
      <section className={page.card}>
        <NotificationsForm settings={settings} />
      </section>
      <section className={page.card}>
        <PasswordForm settings={settings} />
      </section>
    </div>
  );
}
