import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

/** Holds the place of a view while its file downloads, and says so to screen readers. */
export function ViewLoader({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p className="view-loading" role="status">
          {t('common.loading')}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
