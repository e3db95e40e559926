import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { parseReviewListQuery } from '../contract/reviews';
import { statusQueryOptions } from '../features/about/api/demo';
import { facetsQueryOptions } from '../features/reviews/api/get-facets';
import { reviewQueryOptions } from '../features/reviews/api/get-review';
import { reviewsQueryOptions } from '../features/reviews/api/get-reviews';
import { AppShell, AppShellFallback } from './routes/app-shell';
import { RouteErrorBoundary } from './routes/route-error';

/**
 * Loaders only warm the cache: they start every query a page needs at once and
 * return without waiting, so navigation is instant and the page's
 * useSuspenseQuery calls pick the data up (showing skeletons meanwhile). Errors
 * are left for the component's query to throw into the route's error boundary.
 */
const warm = (...queries: Promise<unknown>[]) => {
  for (const query of queries) void query.catch(() => undefined);
  return null;
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
              loader: ({ params }) => warm(queryClient.query(reviewQueryOptions(params.slug ?? ''))),
              lazy: { Component: async () => (await import('./routes/review')).ReviewRoute },
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
