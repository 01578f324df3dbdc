import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Header } from './header';
import { ViewLoader } from './view-loader';

/** Page frame: skip link, header and the main landmark every route renders into. */
export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Header />
      <main id="main" tabIndex={-1} className="site-main">
        <ViewLoader>
          <Outlet />
        </ViewLoader>
      </main>
    </>
  );
}
