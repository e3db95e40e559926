import { PASSWORD_MIN_CHARS, passwordProblems } from '../../../contract/accounts';
import styles from './forms.module.css';

export const PASSWORD_HINT = `At least ${PASSWORD_MIN_CHARS} characters. Not a common password, and not your username. A few words strung together work well.`;

interface PasswordRulesProps {
  id: string;
  password: string;
  username?: string;
}

/**
 * What the password still needs, live as it is typed (the same rules the
 * server applies). Polite, and only its wording changes, so a screen reader
 * hears a new problem or the all-clear, not every keystroke.
 */
export function PasswordRules({ id, password, username }: PasswordRulesProps) {
  const problems = password === '' ? [] : passwordProblems(password, username);
  return (
    <div id={id} aria-live="polite">
      {password === '' ? null : problems.length > 0 ? (
        <ul className={styles.rules}>
          {problems.map((problem) => (
            <li key={problem} className={styles.rule} data-state="problem">
              <span className={styles.ruleMark} aria-hidden="true">
                ✕
              </span>
              {problem}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.rule} data-state="ok">
          <span className={styles.ruleMark} aria-hidden="true">
            ✓
          </span>
          This password meets the rules.
        </p>
      )}
    </div>
  );
}
