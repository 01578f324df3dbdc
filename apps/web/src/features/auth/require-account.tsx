import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useAuthStore } from './auth-store';

/** Renders its children for a signed-in account; otherwise sends the person to sign in and back. */
export function RequireAccount({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { status, account, load } = useAuthStore();
  const location = useLocation();
  useEffect(() => {
    if (status === 'unknown') void load();
  }, [status, load]);
  if (status !== 'ready') return <p className="loading">{t('common.loading')}</p>;
  if (!account) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
