import { LIMITS, type SessionInfo } from '@hiwar/protocol';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useAuthStore } from '../auth/auth-store';

/** /account — the signed-in facilitator's sessions (where they are signed in), and their password. */
export function AccountPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { account, load } = useAuthStore();
  const [sessions, setSessions] = useState<SessionInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const when = (ms: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));

  const refresh = useCallback(async () => {
    try {
      setSessions(await api.sessions());
    } catch (err) {
      setError(errorMessage(t, err));
    }
  }, [t]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** After the session this page runs in has ended, the account store learns it and the page goes to sign-in. */
  const signedOut = async () => {
    useAuthStore.setState({ account: null, status: 'unknown' });
    await load();
    navigate('/sign-in', { replace: true });
  };
  const act = async (action: () => Promise<unknown>, after: () => Promise<void> = refresh) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      await after();
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  const revoke = (session: SessionInfo) =>
    act(() => api.revokeSession(session.id), session.current ? signedOut : refresh);
  const everywhere = () => {
    if (window.confirm(t('account.confirmEverywhere'))) void act(() => api.signOutEverywhere(), signedOut);
  };

  return (
    <div className="stack narrow">
      <h1>{t('account.title')}</h1>
      {account ? (
        <p>
          <span dir="auto">{account.name}</span> · <span dir="ltr">{account.email}</span>
        </p>
      ) : null}
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      <section className="card stack" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('account.sessionsTitle')}</h2>
        <p className="hint">{t('account.sessionsHint')}</p>
        {sessions === null ? (
          <p className="loading">{t('common.loading')}</p>
        ) : (
          <ul className="member-list member-admin">
            {sessions.map((s) => (
              <li key={s.id}>
                <div className="member-who">
                  <span>{t('account.signedInAt', { date: when(s.createdAt) })}</span>
                  <span className="muted">{t('account.lastUsedAt', { date: when(s.lastUsedAt) })}</span>
                  {s.current ? <span className="badge">{t('account.thisDevice')}</span> : null}
                </div>
                <button type="button" className="button" disabled={busy} onClick={() => revoke(s)}>
                  {t(s.current ? 'auth.signOut' : 'account.endSession')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div>
          <button type="button" className="button button-danger" disabled={busy} onClick={everywhere}>
            {t('account.signOutEverywhere')}
          </button>
        </div>
      </section>
      <PasswordForm />
    </div>
  );
}

/** Changes the password; the server ends every other session and keeps this one. */
function PasswordForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next.length < LIMITS.passwordMin) {
      setMessage({ ok: false, text: t('validation.passwordLength', { count: LIMITS.passwordMin }) });
      return;
    }
    setPending(true);
    setMessage(null);
    try {
      await api.changePassword({ currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setMessage({ ok: true, text: t('account.passwordChanged') });
    } catch (err) {
      setMessage({ ok: false, text: errorMessage(t, err) });
    } finally {
      setPending(false);
    }
  };
  return (
    <form className="card stack" aria-labelledby="password-heading" onSubmit={submit} noValidate>
      <h2 id="password-heading">{t('account.passwordTitle')}</h2>
      <div className="field">
        <label htmlFor="account-current">{t('account.currentPassword')}</label>
        <input
          id="account-current"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="account-new">{t('account.newPassword')}</label>
        <p className="hint" id="account-new-hint">
          {t('account.passwordHint')}
        </p>
        <input
          id="account-new"
          type="password"
          autoComplete="new-password"
          aria-describedby="account-new-hint"
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
      </div>
      {message ? (
        <p className={message.ok ? 'banner' : 'banner banner-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button button-primary" disabled={pending}>
          {t('account.changePassword')}
        </button>
      </div>
    </form>
  );
}
