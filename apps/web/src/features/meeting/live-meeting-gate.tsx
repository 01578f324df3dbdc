import type { MeetingView } from '@hiwar/domain';
import type { WireError } from '@hiwar/protocol';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shows the loading or refusal state of a staff live screen, and its children once the view is there. */
export function LiveMeetingGate({
  view,
  fatal,
  children,
}: {
  view: MeetingView | null;
  fatal: WireError | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (fatal) {
    return (
      <section className="card narrow" role="alert">
        <h1>{t('live.cannotOpen')}</h1>
        <p>{t(`errors.${fatal.code}`)}</p>
        <Link to="/">{t('nav.backToMeetings')}</Link>
      </section>
    );
  }
  if (!view) return <p className="loading">{t('common.loading')}</p>;
  return <>{children}</>;
}
