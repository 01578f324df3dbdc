import type { Vote } from '@hiwar/protocol';
import type { TFunction } from 'i18next';
import { formatList } from '../../lib/lists';

/** The label of a tallied option: the option's text, or the value on a scale. */
export function tallyLabel(vote: Vote, optionId: string): string {
  if (vote.kind === 'scale') return optionId;
  return vote.options.find((o) => o.id === optionId)?.label ?? optionId;
}

interface VoteResultsProps {
  vote: Vote;
  t: TFunction;
  locale?: string;
}

/** Ranked results: rank, label, count and a bar sized by share; free answers as a word list; a scale's average. */
export function VoteResults({ vote, t, locale }: VoteResultsProps) {
  const results = vote.results;
  if (!results) return null;
  const total = results.tallies.reduce((sum, r) => sum + r.count, 0);
  const countKey = vote.kind === 'dots' ? 'votes.dotCount' : 'votes.voteCount';
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <div className="vote-results">
      <p className="muted">{t('votes.ballots', { count: results.ballots })}</p>
      {results.average !== null ? (
        <p className="vote-average">
          {t('votes.average', {
            value: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(results.average),
          })}
        </p>
      ) : null}
      <ol className="vote-tallies">
        {results.tallies.map((tally) => {
          const share = total > 0 ? tally.count / total : 0;
          const names = results.voters?.find((v) => v.optionId === tally.optionId)?.names ?? [];
          return (
            <li key={tally.optionId} className="vote-tally">
              <span className="vote-rank">{t('votes.rank', { rank: tally.rank })}</span>
              <span className="vote-label" dir="auto">
                {tallyLabel(vote, tally.optionId)}
              </span>
              <span className="vote-count">
                {t(countKey, { count: tally.count })} ({percent.format(share)})
              </span>
              <span className="vote-bar-track" aria-hidden="true">
                <span className="vote-bar" style={{ inlineSize: `${Math.round(share * 100)}%` }} />
              </span>
              {names.length > 0 ? (
                <span className="vote-names muted" dir="auto">
                  {formatList(locale ?? 'en', names)}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      {results.other.length > 0 ? (
        <div className="vote-other">
          <h4>{t('votes.otherAnswers')}</h4>
          <ul className="word-list">
            {results.other.map((word, i) => (
              // Answers may repeat; their place in the list is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: free answers have no id
              <li key={i} dir="auto">
                {word}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
