export const SITE_NAME = 'Screening Room';

/**
 * The page's <title>: React 19 hoists it into <head>. Render exactly one per
 * page; a page without one keeps the site name from index.html.
 */
export function DocumentTitle({ title }: { title?: string }) {
  return <title>{title ? `${title} · ${SITE_NAME}` : SITE_NAME}</title>;
}
