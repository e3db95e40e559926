import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import type { FormErrors } from '../lib/form-errors';
import styles from './forms.module.css';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children'> {
  id: string;
  label: string;
  /** Shown under the label, always (rules, formats). */
  hint?: ReactNode;
  errors?: readonly string[];
  /** Extra content under the input (e.g. live password rules), described by the input too. */
  extra?: ReactNode;
  extraId?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with its hint and errors in words, wired with aria-describedby. */
export function TextField({ id, label, hint, errors = [], extra, extraId, ref, ...input }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = errors.length > 0 ? `${id}-error` : null;
  const describedBy = [hintId, extraId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${styles.field}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId ?? undefined} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <div id={errorId ?? undefined} className={styles.fieldError}>
          {errors.map((message) => (
            <p key={message}>
              <span className="visually-hidden">Error: </span>
              {message}
            </p>
          ))}
        </div>
      ) : null}
      <input
        ref={ref}
        id={id}
        className={`input ${errors.length > 0 ? styles.invalid : ''}`}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {extra}
    </div>
  );
}

export interface SummaryItem {
  message: string;
  /** The id of the field it is about: the summary links there. */
  fieldId?: string;
}

/** A submit's errors as summary items: the form's own first, then each field's in `order`. */
export function summaryOf<F extends string>(
  errors: FormErrors<F>,
  ids: Record<F, string>,
  order: readonly F[],
): SummaryItem[] {
  return [
    ...errors.form.map((message): SummaryItem => ({ message })),
    ...order.flatMap((field) =>
      (errors.fields[field] ?? []).map((message): SummaryItem => ({ message, fieldId: ids[field] })),
    ),
  ];
}

interface ErrorSummaryProps {
  title: string;
  items: readonly SummaryItem[];
  ref?: Ref<HTMLDivElement>;
}

/**
 * The errors of a submit, listed at the top of the form. The alert region is
 * always in the page so that screen readers announce what appears in it.
 */
export function ErrorSummary({ title, items, ref }: ErrorSummaryProps) {
  return (
    <div
      role="alert"
      ref={ref}
      tabIndex={-1}
      className={items.length > 0 ? styles.summary : styles.summaryIdle}
    >
      {items.length > 0 ? (
        <>
          <p className={styles.summaryTitle}>{title}</p>
          <ul className={styles.summaryList}>
            {items.map((item) => (
              <li key={`${item.fieldId ?? ''}:${item.message}`}>
                {item.fieldId ? (
                  <a
                    href={`#${item.fieldId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(item.fieldId ?? '')?.focus();
                    }}
                  >
                    {item.message}
                  </a>
                ) : (
                  item.message
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
