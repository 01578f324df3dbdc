import { Menu } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { useAuthStore } from '../features/auth/auth-store';
import { LanguageSwitcher } from '../features/language/language-switcher';
import './header.css';

/**
 * The top bar: app name, navigation, language, and the account when signed in. On a phone it is one row
 * (the mark, the language, a menu button): the navigation and the account fold into the menu, so the
 * meeting itself starts high on the screen.
 */
export function Header() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { account, status, load, signOut } = useAuthStore();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  useEffect(() => {
    if (status === 'unknown') void load();
  }, [status, load]);
  // Following a link closes the menu: the new page starts with the bar folded.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the location is the trigger, not an input.
  useEffect(() => setMenuOpen(false), [location.pathname]);
  return (
    <header className="site-header" data-menu={menuOpen ? 'open' : 'closed'}>
      <div className="site-header-inner">
        <Link to="/" className="brand" aria-label={t('nav.home')}>
          <span className="brand-mark" aria-hidden="true">
            {t('app.mark')}
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </Link>
        <LanguageSwitcher />
        <button
          type="button"
          className="site-menu-button"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen((open) => !open)}
        >
          <Menu size={20} aria-hidden="true" />
          {t('nav.menu')}
        </button>
        <div className="site-menu" id={menuId}>
          <nav aria-label={t('nav.label')} className="site-nav">
            {account ? (
              <NavLink to="/" end>
                {t('nav.meetings')}
              </NavLink>
            ) : null}
            <NavLink to="/join">{t('nav.join')}</NavLink>
          </nav>
          {account ? (
            <div className="site-tools">
              <NavLink
                to="/account"
                className="account-name"
                dir="auto"
                aria-label={t('nav.account', { name: account.name })}
              >
                {account.name}
              </NavLink>
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
            </div>
          ) : null}
        </div>
      </div>
    </header>
  );
}
