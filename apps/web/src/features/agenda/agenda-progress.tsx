import type { AgendaItem, Meeting } from '@hiwar/protocol';
import { useTranslation } from 'react-i18next';
import { ConfidentialityBadge } from './confidentiality-badge';

type Progress = 'done' | 'current' | 'upcoming';

/** Where each item stands: before the current one is done, after it upcoming; all done once ended. */
export function progressOf(meeting: Pick<Meeting, 'status' | 'currentItemId'>, agenda: AgendaItem[]): Progress[] {
  if (meeting.status === 'ended') return agenda.map(() => 'done');
  const current = agenda.findIndex((i) => i.id === meeting.currentItemId);
  if (meeting.status !== 'live' || current < 0) return agenda.map(() => 'upcoming');
  return agenda.map((_, index) => (index < current ? 'done' : index === current ? 'current' : 'upcoming'));
}

interface AgendaProgressProps {
  meeting: Pick<Meeting, 'status' | 'currentItemId'>;
  agenda: AgendaItem[];
  /** When given, each item other than the current one gets a "Go to" button (facilitators only). */
  onJump?: (itemId: string) => void;
  busy?: boolean;
}

/** The agenda as a list with done / current / upcoming marks and each item's confidentiality. */
export function AgendaProgress({ meeting, agenda, onJump, busy }: AgendaProgressProps) {
  const { t } = useTranslation();
  const progress = progressOf(meeting, agenda);
  if (agenda.length === 0) return <p className="muted">{t('agenda.empty')}</p>;
  return (
    <ol className="agenda-progress">
      {agenda.map((item, index) => {
        const state = progress[index] ?? 'upcoming';
        return (
          <li
            key={item.id}
            className={`agenda-row is-${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="agenda-marker" aria-hidden="true" />
            <div className="agenda-row-main">
              <span className="agenda-title" dir="auto">
                {item.title}
              </span>
              <span className="agenda-meta">
                <span className="visually-hidden">{t(`agenda.progress.${state}`)}, </span>
                {t(`agenda.kind.${item.kind}`)} · {t('agenda.minutes', { count: item.plannedMinutes })}
                <ConfidentialityBadge mode={item.confidentiality} />
              </span>
            </div>
            {onJump && state !== 'current' && meeting.status === 'live' ? (
              <button type="button" className="button button-small" disabled={busy} onClick={() => onJump(item.id)}>
                {t('live.jump')}
                <span className="visually-hidden">: {item.title}</span>
              </button>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
