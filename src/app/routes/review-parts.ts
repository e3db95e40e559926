import { lazyModule } from '../../lib/lazy-module';

/*
 * Code the review pages render only once their data is in, kept off their first
 * load: the routes' loaders start it alongside the data (which needs the
 * embedded backend, far larger, on a first visit), and the routes show
 * placeholders until both are in. The discussion (with the thread's virtual
 * list) sits below the review and has a placeholder of its own.
 */

export const reviewPageModule = lazyModule(() => import('./review-page'));

export const discussionModule = lazyModule(() => import('../../features/comments/components/discussion'));

export const threadFocusViewModule = lazyModule(
  () => import('../../features/comments/components/thread-focus-view'),
);
