import { lazy, type ComponentType } from 'react';

/**
 * A component whose code loads when it is first rendered, under a Suspense boundary (issue 19: the first load
 * carries only what sign-in and the chat list need). React.lazy wants a default export; modules here export by name.
 */
export function lazyNamed<Name extends string, Component extends ComponentType<any>>(load: () => Promise<Record<Name, Component>>, name: Name) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
