import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { LoginResponse, Me } from '@vardflata/contracts';
import { api, setCsrfToken, setUnauthorizedHandler } from '../../api';
import type { SessionInfo } from '../../lib/types';

/**
 * The sign-in state of the browser tab. The session itself is an httpOnly cookie; what the app
 * keeps is the signed-in user and the CSRF token, restored from GET /api/auth/session after a
 * reload.
 */
export type Session =
  | { status: 'loading' }
  | { status: 'signed-out'; reason?: 'expired' | 'signed-out' }
  | { status: 'second-factor'; user: Me | null }
  | { status: 'enrolment'; user: Me | null }
  // auth: an administrator chose the password; the user chooses her own first (decision 0012).
  | { status: 'password-change'; user: Me | null }
  | { status: 'signed-in'; user: Me };

interface SessionApi {
  session: Session;
  signIn: (username: string, password: string) => Promise<void>;
  submitSecondFactor: (code: string) => Promise<void>;
  /** After enrolment of a second factor during sign-in: the session is now active. */
  refresh: () => Promise<void>;
  /** auth: the session's next step after the user chose her own password. */
  settle: (body: SessionInfo) => void;
  signOut: () => Promise<void>;
  updateUser: (user: Me) => void;
}

const SessionContext = createContext<SessionApi | null>(null);

/**
 * Set when this tab has just completed a sign-in: the signed-in shell then moves focus to the
 * first page's heading (the sign-in form, which had focus, is gone). Not after a reload.
 */
let signedInHere = false;
export function takeSignedInHere(): boolean {
  const value = signedInHere;
  signedInHere = false;
  return value;
}

function markIfSignedIn(session: Session): Session {
  if (session.status === 'signed-in') signedInHere = true;
  return session;
}

function fromResponse(body: LoginResponse | SessionInfo): Session {
  setCsrfToken(body.csrfToken ?? null);
  if (!body.secondFactorRequired && body.user) return { status: 'signed-in', user: body.user };
  if ('passwordChangeRequired' in body && body.passwordChangeRequired === true) {
    return { status: 'password-change', user: body.user };
  }
  // The session route says only "second factor required"; an account without an enabled
  // factor can only be waiting for enrolment.
  const enrolment =
    ('secondFactorEnrolmentRequired' in body && body.secondFactorEnrolmentRequired === true) ||
    (body.user !== null && !body.user.secondFactorEnabled);
  return enrolment
    ? { status: 'enrolment', user: body.user }
    : { status: 'second-factor', user: body.user };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  const queryClient = useQueryClient();

  const restore = useCallback(
    () =>
      api.get<SessionInfo>('/api/auth/session').then(
        (info) => setSession(markIfSignedIn(fromResponse(info))),
        () => {
          // 401: no session (or it has ended). Anything else: the sign-in page says what fails.
          setCsrfToken(null);
          setSession({ status: 'signed-out' });
        },
      ),
    [],
  );

  // At start (and after a reload): the cookie may still hold a session.
  useEffect(() => {
    let current = true;
    api.get<SessionInfo>('/api/auth/session').then(
      (info) => current && setSession(fromResponse(info)),
      () => {
        if (!current) return;
        setCsrfToken(null);
        setSession({ status: 'signed-out' });
      },
    );
    return () => {
      current = false;
    };
  }, []);

  // Any 401 on an ordinary request means the session ended (idle timeout, disabled account):
  // forget everything cached about persons and show the sign-in page.
  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      queryClient.clear();
      setSession((current) =>
        current.status === 'signed-in' ? { status: 'signed-out', reason: 'expired' } : current,
      );
    });
    return () => setUnauthorizedHandler(null);
  }, [queryClient]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      queryClient.clear();
      const body = await api.post<LoginResponse>('/api/auth/login', { username, password });
      setSession(markIfSignedIn(fromResponse(body)));
    },
    [queryClient],
  );

  const submitSecondFactor = useCallback(async (code: string) => {
    const body = await api.post<SessionInfo>('/api/auth/second-factor', { code });
    setSession(markIfSignedIn(fromResponse(body)));
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } catch {
      // Signed out either way: the cookie is gone or the session had already ended.
    }
    setCsrfToken(null);
    queryClient.clear();
    setSession({ status: 'signed-out', reason: 'signed-out' });
  }, [queryClient]);

  const updateUser = useCallback((user: Me) => {
    setSession((current) =>
      current.status === 'signed-in' ? { status: 'signed-in', user } : current,
    );
  }, []);

  const settle = useCallback((body: SessionInfo) => {
    setSession(markIfSignedIn(fromResponse(body)));
  }, []);

  const value = useMemo(
    () => ({ session, signIn, submitSecondFactor, refresh: restore, settle, signOut, updateUser }),
    [session, signIn, submitSecondFactor, restore, settle, signOut, updateUser],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only for components rendered inside the signed-in shell. */
export function useMe(): Me {
  const { session } = useSession();
  if (session.status !== 'signed-in') throw new Error('useMe outside a signed-in session');
  return session.user;
}
