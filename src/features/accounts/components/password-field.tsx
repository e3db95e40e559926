import { TextField, type TextFieldProps } from './form-parts';
import { PASSWORD_HINT, PasswordRules } from './password-rules';

interface PasswordFieldProps extends Omit<TextFieldProps, 'type' | 'hint' | 'extra' | 'extraId' | 'value'> {
  value: string;
  /**
   * For a new password: shows the rules as the hint and what this password still needs,
   * live as it is typed (checked against `username` too).
   */
  rules?: { username?: string };
}

/** A required password input; with `rules`, a new password with its rules checked live. */
export function PasswordField({ rules, autoComplete = 'new-password', ...field }: PasswordFieldProps) {
  const rulesId = `${field.id}-rules`;
  return (
    <TextField
      type="password"
      required
      autoComplete={autoComplete}
      {...field}
      {...(rules
        ? {
            hint: PASSWORD_HINT,
            extraId: rulesId,
            extra: <PasswordRules id={rulesId} password={field.value} username={rules.username} />,
          }
        : {})}
    />
  );
}
