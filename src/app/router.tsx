import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, redirect, type RouteObject } from 'react-router';
import { parseReviewListQuery } from '../contract/params';
import { statusQueryOptions } from '../features/about/api/demo';
import { profileInfiniteQueryOptions } from '../features/accounts/api/get-profile';
import { settingsQueryOptions } from '../features/accounts/api/get-settings';
import { commentContextQueryOptions } from '../features/comments/api/get-context';
import { threadInfiniteQueryOptions } from '../features/comments/api/get-thread';
import { COMMENT_PARAM } from '../features/comments/lib/links';
import { mailboxQueryOptions } from '../features/notifications/api/get-mailbox';
import { notificationsInfiniteQueryOptions } from '../features/notifications/api/get-notifications';
import { subscriptionsQueryOptions } from '../features/notifications/api/get-subscriptions';
import { unreadCountQueryOptions } from '../features/notifications/api/get-unread-count';
import { facetsQueryOptions } from '../features/reviews/api/get-facets';
import { reviewQueryOptions } from '../features/reviews/api/get-review';
import { reviewsQueryOptions } from '../features/reviews/api/get-reviews';
import { loadContract } from '../lib/lazy-contract';
import { markdownModule } from '../lib/lazy-markdown';
// Also registers the session's Authorization header before the first request.
import { getSessionToken, signInHref } from '../lib/session';
import { AppShell, AppShellFallback } from './routes/app-shell';
import { discussionModule, reviewPageModule, threadFocusViewModule } from './routes/review-parts';
import { RouteErrorBoundary } from './routes/route-error';

/**
 * Loaders only warm the cache: they start every query a page needs at once and
 * return without waiting, so navigation is instant and the page's
 * useSuspenseQuery calls pick the data up (showing skeletons meanwhile). Errors
 * are left for the component's query to throw into the route's error boundary.
 * They also start the code a page renders only once its data is in (the
 * review page, the discussion, the markdown renderer), so it loads alongside
 * the data. The review list's URL is parsed without zod (contract/params.ts),
 * so the index page's first load does without it; other URL queries are parsed
 * with the contract's lazily loaded part (it holds zod): the query starts once
 * that is in, which is never later than any answer could come (the backend
 * that answers loads it too).
 */
const warm = (...queries: Promise<unknown>[]) => {
  for (const query of queries) void query.catch(() => undefined);
  return null;
};

/** Pages of one person's data: a guest opening one goes to sign in, and comes back after. */
const redirectGuest = (request: Request) => {
  if (getSessionToken() !== null) return null;
  const url = new URL(request.url);
  return redirect(signInHref(`${url.pathname}${url.search}${url.hash}`));
};

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      Component: AppShell,
      // Shown while the first page's code loads (route components are lazy).
      HydrateFallback: AppShellFallback,
      ErrorBoundary: RouteErrorBoundary,
      children: [
        {
          ErrorBoundary: RouteErrorBoundary,
          children: [
            {
              index: true,
              loader: ({ request }) =>
                warm(
                  queryClient.query(
                    reviewsQueryOptions(parseReviewListQuery(new URL(request.url).searchParams)),
                  ),
                  queryClient.query(facetsQueryOptions('tags')),
                  queryClient.query(facetsQueryOptions('publications')),
                ),
              lazy: { Component: async () => (await import('./routes/reviews-index')).ReviewsIndexRoute },
            },
            {
              path: 'reviews/:slug',
              loader: ({ params, request }) => {
                const slug = params.slug ?? '';
                const search = new URL(request.url).searchParams;
                const linked = search.get(COMMENT_PARAM);
                return warm(
                  queryClient.query(reviewQueryOptions(slug)),
                  // The discussion's first page (in the URL's order) and a permalink's comment load alongside.
                  loadContract().then(({ parseThreadQuery }) =>
                    queryClient.infiniteQuery(
                      threadInfiniteQueryOptions(slug, parseThreadQuery(search).sort),
                    ),
                  ),
                  ...(linked ? [queryClient.query(commentContextQueryOptions(linked))] : []),
                  reviewPageModule.load(),
                  discussionModule.load(),
                  markdownModule.load(),
                );
              },
              lazy: { Component: async () => (await import('./routes/review')).ReviewRoute },
            },
            {
              path: 'reviews/:slug/thread/:commentId',
              loader: ({ params, request }) => {
                const linked = new URL(request.url).searchParams.get(COMMENT_PARAM);
                return warm(
                  queryClient.query(reviewQueryOptions(params.slug ?? '')),
                  queryClient.query(commentContextQueryOptions(params.commentId ?? '')),
                  ...(linked ? [queryClient.query(commentContextQueryOptions(linked))] : []),
                  threadFocusViewModule.load(),
                );
              },
              lazy: { Component: async () => (await import('./routes/comment-thread')).CommentThreadRoute },
            },
            {
              path: 'sign-in',
              lazy: { Component: async () => (await import('./routes/sign-in')).SignInRoute },
            },
            {
              path: 'register',
              lazy: { Component: async () => (await import('./routes/register')).RegisterRoute },
            },
            {
              path: 'settings',
              loader: ({ request }) =>
                redirectGuest(request) ?? warm(queryClient.query(settingsQueryOptions())),
              lazy: { Component: async () => (await import('./routes/settings')).SettingsRoute },
            },
            {
              path: 'users/:username',
              loader: ({ params }) =>
                warm(queryClient.infiniteQuery(profileInfiniteQueryOptions(params.username ?? ''))),
              lazy: {
                Component: async () => (await import('./routes/profile')).ProfileRoute,
                ErrorBoundary: async () => (await import('./routes/profile')).ProfileErrorBoundary,
              },
            },
            {
              path: 'inbox',
              loader: ({ request }) =>
                redirectGuest(request) ??
                warm(
                  queryClient.infiniteQuery(notificationsInfiniteQueryOptions()),
                  queryClient.query(unreadCountQueryOptions()),
                ),
              lazy: { Component: async () => (await import('./routes/inbox')).InboxRoute },
            },
            {
              path: 'following',
              loader: ({ request }) =>
                redirectGuest(request) ?? warm(queryClient.query(subscriptionsQueryOptions())),
              lazy: { Component: async () => (await import('./routes/following')).FollowingRoute },
            },
            {
              path: 'mailbox',
              loader: () => warm(queryClient.query(mailboxQueryOptions())),
              lazy: { Component: async () => (await import('./routes/mailbox')).MailboxRoute },
            },
            {
              path: 'unsubscribe',
              lazy: { Component: async () => (await import('./routes/unsubscribe')).UnsubscribeRoute },
            },
            {
              path: 'about',
              loader: () => warm(queryClient.query(statusQueryOptions())),
              lazy: { Component: async () => (await import('./routes/about')).AboutRoute },
            },
            {
              path: '*',
              lazy: { Component: async () => (await import('./routes/not-found')).NotFoundRoute },
            },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
