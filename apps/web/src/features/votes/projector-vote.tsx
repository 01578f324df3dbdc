import type { Vote } from '@hiwar/protocol';
import type { TFunction } from 'i18next';
import { VoteResults, VoteTurnout } from './vote-results';

/** The latest vote on the wall: while open, its question and options without any counts; once closed, its results. */
export function ProjectorVote({ votes, t, locale }: { votes: Vote[]; t: TFunction; locale: string }) {
  const vote = votes.reduce<Vote | null>((latest, v) => (!latest || v.openedAt >= latest.openedAt ? v : latest), null);
  if (!vote) return null;
  const open = vote.status === 'open';
  return (
    <section className="projector-vote" aria-labelledby="projector-vote-title" data-testid="projector-vote">
      <p className="projector-label">{open ? t('votes.projectorOpen') : t('votes.projectorResults')}</p>
      {/* The wall reads in one direction: names and options are isolated inside it rather than turning it. */}
      <h2 id="projector-vote-title" className="projector-heading">
        <bdi>{vote.title}</bdi>
      </h2>
      <VoteTurnout vote={vote} t={t} />
      {open ? (
        vote.kind === 'scale' ? (
          <p>{t('votes.scaleRange', { min: vote.scaleMin, max: vote.scaleMax })}</p>
        ) : (
          <ul className="projector-vote-options">
            {vote.options.map((option) => (
              <li key={option.id}>
                <bdi>{option.label}</bdi>
              </li>
            ))}
          </ul>
        )
      ) : (
        <VoteResults vote={vote} t={t} locale={locale} />
      )}
    </section>
  );
}
