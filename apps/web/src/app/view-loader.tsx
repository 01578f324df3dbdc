import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode, Suspense } from 'react';
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

/**
 * A view loaded on first visit, shown inside a ViewLoader. Participants on a phone and a slow connection
 * download only what joining and taking part need; facilitators' and rapporteurs' screens come in their
 * own files.
 */
// biome-ignore lint/suspicious/noExplicitAny: a module's export keeps its own props type; `any` only lets it through `lazy`.
export function later<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
