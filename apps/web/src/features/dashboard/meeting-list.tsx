import { isStaff } from '@hiwar/domain';
import type { MeetingSummary } from '@hiwar/protocol';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMeetingStart } from '../../lib/format';

/** The facilitator's meetings as cards: title, start in the meeting's zone, status, role, and where to go. */
export function MeetingList({ meetings }: { meetings: MeetingSummary[] }) {
  const { t, i18n } = useTranslation();
  if (meetings.length === 0) return <p className="muted">{t('dashboard.empty')}</p>;
  return (
    <ul className="meeting-list">
      {meetings.map((m) => (
        <li key={m.id} className="card meeting-card">
          <div>
            <h2 className="meeting-card-title" dir="auto">
              {m.title}
            </h2>
            <p className="muted">
              <span dir="auto">{m.hostOrganisation}</span> · {t(`format.${m.format}`)}
            </p>
            <p>
              <time dateTime={m.startsAt}>{formatMeetingStart(m.startsAt, m.timeZone, i18n.language)}</time>
            </p>
            <p className="badges">
              <span className={`badge status-${m.status}`}>{t(`meetingStatus.${m.status}`)}</span>
              <span className="badge">{t(`roles.${m.role}`)}</span>
            </p>
          </div>
          <div className="meeting-card-actions">
            {isStaff(m.role) ? (
              <>
                <Link className="button" to={`/meetings/${m.id}/setup`}>
                  {t('dashboard.setup')}
                  <span className="visually-hidden">: {m.title}</span>
                </Link>
                <Link className="button button-primary" to={`/meetings/${m.id}/live`}>
                  {t(m.status === 'live' ? 'dashboard.run' : 'dashboard.console')}
                  <span className="visually-hidden">: {m.title}</span>
                </Link>
                {m.status !== 'draft' ? (
                  <Link className="button" to={`/meetings/${m.id}/report`}>
                    {t('report.open')}
                    <span className="visually-hidden">: {m.title}</span>
                  </Link>
                ) : null}
              </>
            ) : (
              <Link className="button" to={`/m/${m.id}`}>
                {t('dashboard.open')}
                <span className="visually-hidden">: {m.title}</span>
              </Link>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
