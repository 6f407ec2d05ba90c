import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { Loading } from './Form';

/**
 * The current route's page inside a frame. Pages load on first visit (App.tsx): until the code arrives the frame
 * stays and «Загрузка…» shows as a status, which screen readers announce.
 */
export function RouteOutlet({ context }: { context?: unknown }) {
  return (
    <Suspense fallback={<Loading />}>
      <Outlet context={context} />
    </Suspense>
  );
}
