import { NotFoundView } from './not-found-view';

export function NotFoundRoute() {
  return <NotFoundView />;
}
