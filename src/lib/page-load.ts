/*
 * The query string this page was loaded with, read once, when this module is
 * first evaluated. src/main.tsx imports it before anything else, so it is read
 * before the router can redirect (a guest opening /inbox goes to /sign-in) and
 * drop parameters that act once per page load, such as ?faults= (the backend
 * and the fault banner read it). No imports: nothing can run before it.
 */
const atLoad = typeof location === 'undefined' ? '' : location.search;

/** `location.search` as it was when the page loaded ('' outside a browser). */
export function pageLoadSearch(): string {
  return atLoad;
}
