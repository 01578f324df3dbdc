import type { AgendaItem } from '@hiwar/protocol';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../lib/format';
import { formatDetails } from '../../lib/lists';
import { ConfidentialityBadge } from '../agenda/confidentiality-badge';

interface CurrentItemCardProps {
  item: AgendaItem;
  elapsedMs: number;
  /** Headings differ between screens; the card fits into the page's outline. */
  headingLevel?: 2 | 3;
  /** The console's version: the mode's badge alone on screen (its explanation is still read out). */
  compact?: boolean;
}

/** The item the meeting is on: title, kind, confidentiality in one sentence, and elapsed vs planned time. */
export function CurrentItemCard({ item, elapsedMs, headingLevel = 2, compact = false }: CurrentItemCardProps) {
  const { t, i18n } = useTranslation();
  const plannedMs = item.plannedMinutes * 60_000;
  const overrun = plannedMs > 0 && elapsedMs > plannedMs;
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={`card current-item${overrun ? ' is-overrun' : ''}`} aria-labelledby="current-item-title">
      <p className="eyebrow">
        {t('live.currentItem')} · {t(`agenda.kind.${item.kind}`)}
      </p>
      <Heading id="current-item-title" className="current-title" dir="auto">
        {item.title}
      </Heading>
      <p className="confidentiality-line">
        <ConfidentialityBadge mode={item.confidentiality} />{' '}
        <span className={compact ? 'visually-hidden' : undefined}>
          {t(`confidentiality.explain.${item.confidentiality}`)}
        </span>
      </p>
      {item.presenters.length > 0 ? (
        <ul className="presenters">
          {item.presenters.map((p, index) => (
            // Presenters have no ids; their position is stable while the item is shown.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index} dir="auto">
              {formatDetails(i18n.language, [p.name, p.title, p.organisation])}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="clock" data-testid="clock">
        <span className="clock-elapsed">{formatDuration(elapsedMs, i18n.language)}</span>
        <span className="clock-planned">
          {plannedMs > 0 ? t('live.ofPlanned', { time: formatDuration(plannedMs, i18n.language) }) : t('live.noPlan')}
        </span>
        {overrun ? (
          <span className="badge badge-overrun">
            {t('live.overrun', { time: formatDuration(elapsedMs - plannedMs, i18n.language) })}
          </span>
        ) : null}
      </div>
    </section>
  );
}
