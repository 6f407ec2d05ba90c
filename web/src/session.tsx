import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, rememberSession } from './api/client';
import type { SessionDto } from './api/types';

interface SessionState {
  session: SessionDto | null;
  setSession: (session: SessionDto) => void;
  refresh: () => Promise<SessionDto>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** Holds who is signed in and the anti-forgery token; loaded once at start, replaced after sign-in. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSessionState] = useState<SessionDto | null>(null);
  const setSession = useCallback((next: SessionDto) => setSessionState(rememberSession(next)), []);
  const refresh = useCallback(async () => {
    const next = await api.get<SessionDto>('/api/session');
    setSession(next);
    return next;
  }, [setSession]);
  const signOut = useCallback(async () => {
    await api.post<void>('/api/session/sign-out');
    await refresh();
  }, [refresh]);

  useEffect(() => {
    refresh().catch(() => setSessionState({ authenticated: false, csrfToken: '', user: null, twoFactorRequired: false }));
  }, [refresh]);

  return <SessionContext.Provider value={{ session, setSession, refresh, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** Where a person lands after signing in: operators to the queue, members to their first organization. */
export function homeOf(session: SessionDto): string {
  if (session.user?.isOperator) return '/operator';
  const first = session.user?.organizations[0];
  // A person whose only school closed their access is told so on that school's page (ID-8).
  const closed = session.user?.closedOrganizationIds[0];
  return first ? `/org/${first.id}` : closed ? `/org/${closed}` : '/';
}
