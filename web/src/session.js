import { jsx as _jsx } from "react/jsx-runtime";
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { api, rememberSession } from './api/client';
const SessionContext = createContext(null);
/** Holds who is signed in and the anti-forgery token; loaded once at start, replaced after sign-in. */
export function SessionProvider({ children }) {
    const [session, setSessionState] = useState(null);
    const setSession = useCallback((next) => setSessionState(rememberSession(next)), []);
    const refresh = useCallback(async () => {
        const next = await api.get('/api/session');
        setSession(next);
        return next;
    }, [setSession]);
    const signOut = useCallback(async () => {
        await api.post('/api/session/sign-out');
        await refresh();
    }, [refresh]);
    useEffect(() => {
        refresh().catch(() => setSessionState({ authenticated: false, csrfToken: '', user: null, twoFactorRequired: false }));
    }, [refresh]);
    return _jsx(SessionContext.Provider, { value: { session, setSession, refresh, signOut }, children: children });
}
export function useSession() {
    const state = useContext(SessionContext);
    if (!state)
        throw new Error('useSession outside SessionProvider');
    return state;
}
/** Where a person lands after signing in: operators to the queue, members to their first organization. */
export function homeOf(session) {
    if (session.user?.isOperator)
        return '/operator';
    const first = session.user?.organizations[0];
    return first ? `/org/${first.id}` : '/';
}
