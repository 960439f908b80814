/**
 * Who is signed in. The session itself is an httpOnly cookie the browser never reads; this
 * context asks GET /api/me at start, after sign-in keeps the user the server returned, and drops
 * to anonymous whenever any request answers 401 UNAUTHENTICATED.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { api, ApiError, onUnauthenticated } from '../api/client.ts';
import type { Permission } from '../../domain/access.ts';
import type { Me } from '../api/types.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'unreachable'; error: unknown }
  | { status: 'signedIn'; me: Me };

interface Session {
  state: SessionState;
  signIn: (username: string, password: string) => Promise<Me>;
  signOut: () => Promise<void>;
  retry: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const load = useCallback(() => {
    api<Me>('/api/me').then(
      (me) => setState({ status: 'signedIn', me }),
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setState({ status: 'anonymous' });
        else setState({ status: 'unreachable', error });
      },
    );
  }, []);

  useEffect(() => {
    onUnauthenticated(() => setState({ status: 'anonymous' }));
    load();
    return () => onUnauthenticated(null);
  }, [load]);

  const signIn = useCallback(async (username: string, password: string) => {
    const { user } = await api<{ user: Me }>('/api/auth/login', { method: 'POST', body: { username, password } });
    setState({ status: 'signedIn', me: user });
    return user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api<void>('/api/auth/logout', { method: 'POST' });
    } finally {
      setState({ status: 'anonymous' });
    }
  }, []);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    load();
  }, [load]);

  const value = useMemo(() => ({ state, signIn, signOut, retry }), [state, signIn, signOut, retry]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only for components rendered behind RequireAuth. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe outside a signed-in area');
  return state.me;
}

export const can = (me: Me, permission: Permission): boolean => me.permissions.includes(permission);
