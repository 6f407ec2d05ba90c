import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client';
import { t } from '../i18n';

/** Sets the tab title, so screen-reader users hear where they are after navigation. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title]);
}

type LoadState<T> = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; data: T };

/** What a page loaded, plus a stable reload that works whatever state the data was in when a handler was made. */
export type Loaded<T> = LoadState<T> & { reload: () => void };

/** Loads data for a page and re-runs when its key changes or reload is called; errors arrive as ApiError. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [result, setResult] = useState<LoadState<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => {
    let current = true;
    setResult((previous) => (previous.state === 'ready' ? previous : { state: 'loading' }));
    load().then(
      (data) => current && setResult({ state: 'ready', data }),
      (error: unknown) =>
        current &&
        setResult({
          state: 'error',
          error: error instanceof ApiError ? error : new ApiError({ status: 0, code: 'client_error', title: t('error.generic') }),
        }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);
  return { ...result, reload };
}

/**
 * Runs one user action against the API: tracks busy state, keeps the server's ApiError for the form
 * (messages beside fields), and calls onDone after success (usually a reload) or onError after a refusal.
 */
export function useAction(options: { onDone?: () => void; onError?: () => void } = {}) {
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      options.onDone?.();
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure);
      options.onError?.();
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, run };
}
