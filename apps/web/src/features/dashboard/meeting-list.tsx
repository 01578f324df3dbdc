import type { MeetingSummary } from '@hiwar/protocol';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMeetingStart } from '../../lib/format';
import {
  actionPath,
  groupMeetings,
  heldAt,
  type MeetingActionKind,
  ownsMeeting,
  primaryAction,
} from './meeting-groups';

export interface MeetingListProps {
  meetings: MeetingSummary[];
  /** Opens "Use as template" for a meeting its owner may copy. */
  onDuplicate: (meeting: MeetingSummary) => void;
  /** Asks to delete a meeting its owner may delete. */
  onDelete: (meeting: MeetingSummary) => void;
}

const ACTION_LABEL: Record<MeetingActionKind, string> = {
  console: 'dashboard.openConsole',
  setup: 'dashboard.setup',
  report: 'dashboard.report',
  open: 'dashboard.open',
};

/** The facilitator's meetings in three groups (live now, upcoming, past), each row with its next step first. */
export function MeetingList({ meetings, onDuplicate, onDelete }: MeetingListProps) {
  const { t } = useTranslation();
  if (meetings.length === 0) return <p className="muted">{t('dashboard.empty')}</p>;
  const groups = groupMeetings(meetings);
  const sections = [
    { key: 'live', heading: t('dashboard.liveNow'), items: groups.live },
    { key: 'upcoming', heading: t('dashboard.upcoming'), items: groups.upcoming },
    { key: 'past', heading: t('dashboard.past'), items: groups.past },
  ].filter((s) => s.items.length > 0);
  return (
    <div className="desk-groups">
      {sections.map((section) => (
        <section key={section.key} className="desk-group" aria-labelledby={`desk-group-${section.key}`}>
          <h2 id={`desk-group-${section.key}`} className="desk-group-heading">
            {section.heading} <span className="desk-group-count">{section.items.length}</span>
          </h2>
          <ul className="meeting-list desk-list">
            {section.items.map((m) => (
              <MeetingRow key={m.id} meeting={m} onDuplicate={onDuplicate} onDelete={onDelete} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function MeetingRow({
  meeting: m,
  onDuplicate,
  onDelete,
}: {
  meeting: MeetingSummary;
  onDuplicate: MeetingListProps['onDuplicate'];
  onDelete: MeetingListProps['onDelete'];
}) {
  const { t, i18n } = useTranslation();
  const primary = primaryAction(m);
  const owner = ownsMeeting(m);
  const menu = useRef<HTMLDetailsElement>(null);
  const closeMenu = () => menu.current?.removeAttribute('open');
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menu.current?.open) return;
    closeMenu();
    menu.current.querySelector('summary')?.focus();
  };
  // A menu left open is closed by a press anywhere else, as menus elsewhere behave.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const open = menu.current;
      if (open?.open && !open.contains(event.target as Node)) open.removeAttribute('open');
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);
  // Secondary ways in, in the order of a meeting's life; the primary one is not repeated.
  const others = (['setup', 'console', 'report'] as const).filter(
    (kind) =>
      kind !== primary &&
      owner &&
      !(kind === 'report' && m.status === 'draft') &&
      !(kind === 'console' && m.status === 'ended'),
  );
  return (
    <li className={`desk-row desk-row-${m.status}`}>
      <div className="desk-row-main">
        <h3 className="desk-row-title" dir="auto">
          <Link to={actionPath(primary, m.id)}>{m.title}</Link>
        </h3>
        <p className="desk-row-meta">
          {m.status === 'live' ? <span className="badge status-live">{t('meetingStatus.live')}</span> : null}
          <When meeting={m} language={i18n.language} />
          <span className="desk-row-host">
            <span dir="auto">{m.hostOrganisation}</span> · {t(`format.${m.format}`)}
          </span>
          {owner ? null : <span className="badge">{t(`roles.${m.role}`)}</span>}
        </p>
      </div>
      <div className="desk-row-actions">
        <Link
          className={primary === 'console' || primary === 'setup' ? 'button button-primary' : 'button'}
          to={actionPath(primary, m.id)}
        >
          {t(ACTION_LABEL[primary])}
          <span className="visually-hidden">: {m.title}</span>
        </Link>
        {owner ? (
          <details className="desk-more" ref={menu} onKeyDown={closeOnEscape}>
            <summary className="button button-quiet">
              <span aria-hidden="true">⋯</span>
              <span className="visually-hidden">{t('dashboard.moreFor', { title: m.title })}</span>
            </summary>
            <ul className="desk-more-menu card">
              {others.map((kind) => (
                <li key={kind}>
                  <Link className="desk-more-item" to={actionPath(kind, m.id)}>
                    {t(ACTION_LABEL[kind])}
                  </Link>
                </li>
              ))}
              <li>
                <button
                  type="button"
                  className="desk-more-item"
                  onClick={() => {
                    closeMenu();
                    onDuplicate(m);
                  }}
                >
                  {t('dashboard.duplicate')}
                </button>
              </li>
              <li>
                <button
                  type="button"
                  className="desk-more-item desk-more-danger"
                  onClick={() => {
                    closeMenu();
                    onDelete(m);
                  }}
                >
                  {t('dashboard.delete')}
                </button>
              </li>
            </ul>
          </details>
        ) : null}
      </div>
    </li>
  );
}

/** The date that matters for the row: when it starts, or for a past meeting the day it was held. */
function When({ meeting: m, language }: { meeting: MeetingSummary; language: string }) {
  const { t } = useTranslation();
  if (m.status === 'ended') {
    const at = heldAt(m);
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: m.timeZone }).format(at);
    return (
      <time className="desk-row-when" dateTime={new Date(at).toISOString()}>
        {t('dashboard.heldOn', { date })}
      </time>
    );
  }
  return (
    <time className="desk-row-when" dateTime={m.startsAt}>
      {formatMeetingStart(m.startsAt, m.timeZone, language)}
    </time>
  );
}
