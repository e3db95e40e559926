import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../../lib/api-client';
import { formatCount, pluralize } from '../../../lib/format';
import { generateThreadMutationOptions } from '../api/generate-thread';
import styles from './about.module.css';

/** The benchmark's sizes; all within GENERATED_THREAD_MAX (src/contract/system.ts). */
const THREAD_SIZES = [100, 1_000, 10_000] as const;
type ThreadSize = (typeof THREAD_SIZES)[number];

/**
 * Makes a review with a generated discussion of the chosen size, to see how the
 * app copes with a big thread. Each size is made once; asking again links to it.
 */
export function GenerateThread() {
  const queryClient = useQueryClient();
  const [count, setCount] = useState<ThreadSize>(THREAD_SIZES[0]);
  const generate = useMutation({
    ...generateThreadMutationOptions(),
    // A new review: lists the app already showed are out of date.
    onSuccess: () => void queryClient.invalidateQueries(),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (generate.isPending) return;
    generate.mutate({ count });
  };

  const asked = generate.variables?.count ?? count;
  return (
    <form className={styles.generate} onSubmit={submit} noValidate>
      <fieldset className={styles.sizes}>
        <legend>Comments in the thread</legend>
        {THREAD_SIZES.map((size) => (
          <label key={size} className={styles.size}>
            <input
              type="radio"
              name="count"
              value={size}
              checked={count === size}
              onChange={() => setCount(size)}
            />
            {formatCount(size)}
          </label>
        ))}
      </fieldset>
      <div>
        {/* aria-disabled rather than disabled, so that the button keeps keyboard focus while it runs. */}
        <button type="submit" className="button button--secondary" aria-disabled={generate.isPending}>
          {generate.isPending ? 'Generating…' : 'Generate thread'}
        </button>
      </div>

      <div role="status">
        {generate.isPending ? (
          <p className={styles.progress}>
            Generating {pluralize(asked, 'comment')}… The biggest sizes take a few seconds.
          </p>
        ) : generate.isSuccess ? (
          <p className="message message--success">
            {generate.data.created ? 'Done. Read it: ' : 'That size was made before. Read it: '}
            <Link to={`/reviews/${encodeURIComponent(generate.data.slug)}`}>{generate.data.title}</Link>
          </p>
        ) : null}
      </div>
      <div role="alert">
        {generate.isError ? (
          <p className="message message--error">
            Could not generate the thread. {errorMessage(generate.error)}
          </p>
        ) : null}
      </div>
    </form>
  );
}
