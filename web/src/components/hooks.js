import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client';
import { t } from '../i18n';
/** Sets the tab title, so screen-reader users hear where they are after navigation. */
export function useTitle(title) {
    useEffect(() => {
        document.title = `${title} — ${t('app.name')}`;
    }, [title]);
}
/** Loads data for a page and re-runs when its key changes or reload is called; errors arrive as ApiError. */
export function useLoad(load, key) {
    const [result, setResult] = useState({ state: 'loading' });
    const [generation, setGeneration] = useState(0);
    const reload = useCallback(() => setGeneration((g) => g + 1), []);
    useEffect(() => {
        let current = true;
        setResult((previous) => (previous.state === 'ready' ? previous : { state: 'loading' }));
        load().then((data) => current && setResult({ state: 'ready', data }), (error) => current &&
            setResult({
                state: 'error',
                error: error instanceof ApiError ? error : new ApiError({ status: 0, code: 'client_error', title: t('error.generic') }),
            }));
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
export function useAction(options = {}) {
    const [error, setError] = useState();
    const [busy, setBusy] = useState(false);
    async function run(action) {
        setBusy(true);
        setError(undefined);
        try {
            await action();
            options.onDone?.();
        }
        catch (failure) {
            if (!(failure instanceof ApiError))
                throw failure;
            setError(failure);
            options.onError?.();
        }
        finally {
            setBusy(false);
        }
    }
    return { error, busy, run };
}
