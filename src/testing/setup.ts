import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor wait for the app, they do not time it: CI has 2 busy cores, and route
// modules load lazily, so allow more than the 1 s default before calling it missing.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout and no window.scrollTo; the router's ScrollRestoration calls it on every navigation.
window.scrollTo = () => undefined;

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});
