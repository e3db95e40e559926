/** A module loaded on first use, once: the same promise for everyone who asks. */
export interface LazyModule<T> {
  /** Needs no `this`: it can be passed around on its own. */
  load(this: void): Promise<T>;
  /** The module once it has loaded, so a render can use it without suspending. */
  readonly current: T | undefined;
}

/**
 * The fields React's `use()` reads on a promise it is given: a promise already marked
 * fulfilled is read synchronously instead of suspending the render once more.
 */
type TrackedPromise<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

/** A failed load is not kept: the next load() tries again (a chunk can fail on a flaky network). */
export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loading: TrackedPromise<T> | null = null;
  let current: T | undefined;
  return {
    load() {
      if (loading) return loading;
      const promise: TrackedPromise<T> = importer().then(
        (module) => {
          current = module;
          promise.status = 'fulfilled';
          promise.value = module;
          return module;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      loading = promise;
      return promise;
    },
    get current() {
      return current;
    },
  };
}
