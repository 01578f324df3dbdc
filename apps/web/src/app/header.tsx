import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuthStore } from '../features/auth/auth-store';
import { LanguageSwitcher } from '../features/language/language-switcher';

/** The top bar: app name, language, and the account's sign-out when signed in. */
export function Header() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { account, status, load, signOut } = useAuthStore();
  useEffect(() => {
    if (status === 'unknown') void load();
  }, [status, load]);
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            {t('app.mark')}
          </span>
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.label')} className="site-nav">
          {account ? <Link to="/">{t('nav.meetings')}</Link> : null}
          <Link to="/join">{t('nav.join')}</Link>
        </nav>
        <div className="site-tools">
          <LanguageSwitcher />
          {account ? (
            <>
              <Link
                to="/account"
                className="account-name"
                dir="auto"
                aria-label={t('nav.account', { name: account.name })}
              >
                {account.name}
              </Link>
              <button
                type="button"
                className="button button-quiet"
                onClick={async () => {
                  await signOut();
                  navigate('/sign-in');
                }}
              >
                {t('auth.signOut')}
              </button>
            </>
          ) : null}
        </div>
      </div>
    </header>
  );
}
