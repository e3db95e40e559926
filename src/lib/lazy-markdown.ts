import { use } from 'react';
import type * as Markdown from './markdown';
import { lazyModule } from './lazy-module';

/**
 * The markdown renderer (marked + DOMPurify, 26 KB gzip) for pages whose first
 * paint does not wait for it: their loaders start it alongside the data, and
 * the part of the page that renders markdown suspends until it is in.
 */
export const markdownModule = lazyModule(() => import('./markdown'));

/**
 * The renderer, suspending until it has loaded. `use` is called on every render (never
 * skipped once the module is in), so a render that suspended and is replayed after the
 * load calls the same hooks in the same order.
 */
export function useMarkdown(): typeof Markdown {
  return use(markdownModule.load());
}
