import type { Vote } from '@hiwar/protocol';
import type { TFunction } from 'i18next';
import { VoteResults, VoteTurnout } from './vote-results';
import { VoteCountdown } from './vote-timer';
import './votes.css';

/** How many options or result rows fit on the wall at a size the back of the room can read. */
export const PROJECTOR_VOTE_ROWS = 6;

interface ProjectorVoteProps {
  vote: Vote;
  /** The closed vote's results fill the screen. */
  takeover: boolean;
  t: TFunction;
  locale: string;
  /** Server time now, for the countdown. */
  now: number;
  /** How many may vote, when the screen knows (staff screens): "12 of 30 have voted". */
  eligible?: number;
}

/**
 * A vote on the wall. Open: its question, the countdown, how many have voted and the options, with counts
 * only when the vote shows results live. Closed: its ranked results, large, in place of the agenda.
 */
export function ProjectorVote({ vote, takeover, t, locale, now, eligible }: ProjectorVoteProps) {
  const open = vote.status === 'open';
  const hiddenOptions = Math.max(0, vote.options.length - PROJECTOR_VOTE_ROWS);
  return (
    <section
      className={takeover ? 'projector-vote is-takeover' : 'projector-vote'}
      aria-labelledby="projector-vote-title"
      data-testid="projector-vote"
    >
      <div className="projector-vote-head">
        <p className="projector-label">{open ? t('votes.projectorOpen') : t('votes.projectorResults')}</p>
        <VoteCountdown vote={vote} now={now} t={t} locale={locale} />
      </div>
      {/* The wall reads in one direction: names and options are isolated inside it rather than turning it. */}
      <h2 id="projector-vote-title" className="projector-vote-title">
        <bdi>{vote.title}</bdi>
      </h2>
      <VoteTurnout vote={vote} t={t} eligible={eligible} />
      {open && !vote.results ? (
        vote.kind === 'scale' ? (
          <p className="projector-vote-scale">{t('votes.scaleRange', { min: vote.scaleMin, max: vote.scaleMax })}</p>
        ) : (
          <>
            <ul className="projector-vote-options">
              {vote.options.slice(0, PROJECTOR_VOTE_ROWS).map((option) => (
                <li key={option.id}>
                  <bdi>{option.label}</bdi>
                </li>
              ))}
            </ul>
            {hiddenOptions > 0 ? (
              <p className="projector-more">{t('projector.more', { count: hiddenOptions })}</p>
            ) : null}
          </>
        )
      ) : (
        <VoteResults vote={vote} t={t} locale={locale} maxRows={PROJECTOR_VOTE_ROWS} />
      )}
    </section>
  );
}
