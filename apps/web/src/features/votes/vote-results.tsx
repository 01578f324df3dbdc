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
  /** Show only the first rows (the wall's room); the rest are counted in one line. */
  maxRows?: number;
}

/**
 * How many have voted so far, while a vote is open: the count only, never the choices, so results can stay
 * hidden until the close ("12 of 30 have voted"). `eligible` is known to staff only.
 */
export function VoteTurnout({ vote, t, eligible }: { vote: Vote; t: TFunction; eligible?: number }) {
  if (vote.status !== 'open') return null;
  return (
    <p className="vote-turnout" aria-live="polite">
      {eligible && eligible > 0
        ? t('votes.turnoutOf', { count: vote.turnout, total: eligible })
        : t('votes.turnout', { count: vote.turnout })}
    </p>
  );
}

/** Free answers grouped case-insensitively, most frequent first, each with how often it was given. */
export function wordCloud(answers: readonly string[]): { word: string; count: number }[] {
  const groups = new Map<string, { word: string; count: number }>();
  for (const answer of answers) {
    const word = answer.replace(/\s+/g, ' ').trim();
    if (!word) continue;
    const key = word.toLocaleLowerCase();
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { word, count: 1 });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
}

/**
 * Ranked results: rank, label, count and a bar sized by share; typed "other" answers counted as a row of
 * their own and shown as a word cloud; a scale's average. A poll's shares are of the people who voted (in a
 * multiple-choice poll they add up to more than 100 %); a dot vote's are of the dots given. Before the
 * first ballot nothing is ranked.
 */
export function VoteResults({ vote, t, locale, maxRows }: VoteResultsProps) {
  const results = vote.results;
  if (!results) return null;
  if (results.ballots === 0) return <p className="muted vote-results">{t('votes.noBallotsYet')}</p>;
  const countKey = vote.kind === 'dots' ? 'votes.dotCount' : 'votes.voteCount';
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const others = results.other.length;
  const rows = [
    ...results.tallies.map((tally) => ({ key: tally.optionId, label: tallyLabel(vote, tally.optionId), ...tally })),
    ...(vote.allowOther && others > 0 ? [{ key: 'other', label: t('votes.otherChoice'), count: others, rank: 0 }] : []),
  ]
    .sort((a, b) => b.count - a.count)
    .map((row, _, all) => ({ ...row, rank: 1 + all.filter((r) => r.count > row.count).length }));
  const whole =
    vote.kind === 'dots' ? results.tallies.reduce((sum, r) => sum + r.count, 0) : Math.max(results.ballots, 1);
  const shown = maxRows === undefined ? rows : rows.slice(0, maxRows);
  const cloud = wordCloud(results.other).slice(0, maxRows === undefined ? undefined : maxRows * 2);
  const most = cloud[0]?.count ?? 1;
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
        {shown.map((row) => {
          const share = whole > 0 ? row.count / whole : 0;
          const names = results.voters?.find((v) => v.optionId === row.key)?.names ?? [];
          return (
            <li key={row.key} className="vote-tally">
              <span className="vote-rank">{t('votes.rank', { rank: row.rank })}</span>
              <span className="vote-label" dir="auto">
                {row.label}
              </span>
              <span className="vote-count">
                {t(countKey, { count: row.count })} ({percent.format(share)})
              </span>
              <span className="vote-bar-track" aria-hidden="true">
                <span className="vote-bar" style={{ inlineSize: `${Math.min(100, Math.round(share * 100))}%` }} />
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
      {rows.length > shown.length ? (
        <p className="muted">{t('projector.more', { count: rows.length - shown.length })}</p>
      ) : null}
      {cloud.length > 0 ? (
        <div className="vote-other">
          <h4>{t('votes.otherAnswers')}</h4>
          <ul className="word-cloud">
            {cloud.map(({ word, count }) => (
              <li
                key={word}
                dir="auto"
                // The most frequent answer is twice the size of one given once.
                style={{ fontSize: `${(1 + count / most).toFixed(2)}em` }}
                title={t(countKey, { count })}
              >
                {word}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
