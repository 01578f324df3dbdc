import type { MeetingView } from '@hiwar/domain';
import { can } from '@hiwar/domain';
import type { Ballot, Vote } from '@hiwar/protocol';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import type { SendCommand } from '../meeting/meeting-store';
import { VoteResults, VoteTurnout } from './vote-results';
import { LiveVoteCountdown } from './vote-timer';
import './votes.css';

interface ParticipantVotesProps {
  view: MeetingView;
  send: SendCommand;
}

/** Every vote of the meeting for a participant: open ones to answer, closed ones with their ranked results. */
export function ParticipantVotes({ view, send }: ParticipantVotesProps) {
  const { t } = useTranslation();
  const mayVote = can(view.self.role, 'vote:cast');
  const votes = [...view.votes].sort((a, b) => b.openedAt - a.openedAt);
  const openIds = votes.filter((v) => v.status === 'open').map((v) => v.id);
  const seen = useRef<Set<string> | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const openKey = openIds.join(',');

  // Announce a vote that opens while the page is open; not the ones already open on arrival.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the set of open votes changes.
  useEffect(() => {
    if (seen.current && openIds.some((id) => !seen.current?.has(id))) setAnnouncement(t('votes.opened'));
    seen.current = new Set([...(seen.current ?? []), ...openIds]);
  }, [openKey]);

  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {votes.length > 0 ? (
        <section className="card participant-votes" aria-labelledby="participant-votes-heading">
          <h2 id="participant-votes-heading">{t('votes.title')}</h2>
          <ul className="vote-list">
            {votes.map((vote) => {
              const ballot = view.myBallots.find((b) => b.voteId === vote.id)?.ballot ?? null;
              return (
                <li key={vote.id} className="vote-item">
                  <VoteCard vote={vote} ballot={ballot} mayVote={mayVote} send={send} />
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}

interface VoteCardProps {
  vote: Vote;
  ballot: Ballot | null;
  mayVote: boolean;
  send: SendCommand;
}

function VoteCard({ vote, ballot, mayVote, send }: VoteCardProps) {
  const { t, i18n } = useTranslation();
  const open = vote.status === 'open';
  return (
    <article className="vote-card" aria-label={vote.title}>
      <h3 dir="auto">{vote.title}</h3>
      <p className="badges">
        <span className="badge">{t(`votes.kind.${vote.kind}`)}</span>
        <span className={`badge vote-status-${vote.status}`}>{t(`votes.status.${vote.status}`)}</span>
      </p>
      <LiveVoteCountdown vote={vote} t={t} locale={i18n.language} />
      {open && mayVote ? (
        vote.kind === 'dots' ? (
          <DotBallot vote={vote} ballot={ballot} send={send} />
        ) : (
          <PollBallot vote={vote} ballot={ballot} send={send} />
        )
      ) : null}
      {open && !mayVote && !vote.results ? <p className="muted">{t('votes.observerHint')}</p> : null}
      <VoteTurnout vote={vote} t={t} />
      <VoteResults vote={vote} t={t} locale={i18n.language} />
    </article>
  );
}

type Dots = Record<string, number>;

function DotBallot({ vote, ballot, send }: Omit<VoteCardProps, 'mayVote'>) {
  const { t } = useTranslation();
  const serverDots = ballot?.dots ?? {};
  const serverKey = JSON.stringify(serverDots);
  // What this screen last sent, until the view brings the ballot back.
  const [local, setLocal] = useState<Dots | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the server's ballot replaces what was sent.
  useEffect(() => setLocal(null), [serverKey]);
  const dots = local ?? serverDots;
  const used = Object.values(dots).reduce((sum, n) => sum + n, 0);
  const left = Math.max(0, vote.dotsPerPerson - used);

  const change = async (optionId: string, delta: number) => {
    const next: Dots = { ...dots, [optionId]: (dots[optionId] ?? 0) + delta };
    if ((next[optionId] ?? 0) <= 0) delete next[optionId];
    setPending(true);
    setError(null);
    try {
      await send({ type: 'vote:cast', voteId: vote.id, ballot: { dots: next } });
      setLocal(next);
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="dot-ballot">
      <p className="dots-left" aria-live="polite">
        {t('votes.dotsLeft', { count: left })}
      </p>
      <ul className="dot-options">
        {vote.options.map((option) => {
          const placed = dots[option.id] ?? 0;
          const canAdd = left > 0 && (vote.allowStacking || placed === 0);
          return (
            <li key={option.id} className="dot-option">
              <span className="dot-label" dir="auto">
                {option.label}
              </span>
              <span className="dot-controls">
                <button
                  type="button"
                  className="button button-icon"
                  aria-label={t('votes.removeDot', { label: option.label })}
                  disabled={pending || placed === 0}
                  onClick={() => void change(option.id, -1)}
                >
                  −
                </button>
                <span className="dot-placed">{t('votes.dotCount', { count: placed })}</span>
                <button
                  type="button"
                  className="button button-icon"
                  aria-label={t('votes.addDot', { label: option.label })}
                  disabled={pending || !canAdd}
                  onClick={() => void change(option.id, 1)}
                >
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function PollBallot({ vote, ballot, send }: Omit<VoteCardProps, 'mayVote'>) {
  const { t } = useTranslation();
  const id = useId();
  const [picks, setPicks] = useState<string[]>([]);
  const [value, setValue] = useState<number | null>(null);
  const [other, setOther] = useState('');
  const [pending, setPending] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const done = sent || ballot !== null;
  const otherText = vote.allowOther ? other.trim() : '';
  const OTHER = '__other__';
  const chosenOther = vote.kind === 'single' ? picks.includes(OTHER) : otherText !== '';
  const optionIds = picks.filter((p) => p !== OTHER);

  const answer: Ballot | null =
    vote.kind === 'scale'
      ? value === null
        ? null
        : { value }
      : vote.kind === 'single'
        ? optionIds.length === 1
          ? { optionIds }
          : chosenOther && otherText
            ? { optionIds: [], other: otherText }
            : null
        : optionIds.length + (chosenOther ? 1 : 0) >= 1
          ? { optionIds, ...(chosenOther ? { other: otherText } : {}) }
          : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!answer || done) return;
    setPending(true);
    setError(null);
    try {
      await send({ type: 'vote:cast', voteId: vote.id, ballot: answer });
      setSent(true);
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setPending(false);
    }
  };

  const toggle = (optionId: string, on: boolean) =>
    setPicks((prev) => (on ? [...prev.filter((p) => p !== optionId), optionId] : prev.filter((p) => p !== optionId)));

  return (
    <form className="poll-ballot stack" onSubmit={submit}>
      <fieldset disabled={done || pending}>
        <legend className="visually-hidden">{vote.title}</legend>
        {vote.kind === 'scale' ? (
          <div className="scale-buttons">
            {Array.from({ length: vote.scaleMax - vote.scaleMin + 1 }, (_, i) => vote.scaleMin + i).map((n) => (
              <button
                key={n}
                type="button"
                className={`button${value === n ? ' button-primary' : ''}`}
                aria-pressed={value === n}
                onClick={() => setValue(n)}
              >
                {n}
              </button>
            ))}
          </div>
        ) : (
          <>
            {vote.options.map((option) => (
              <label key={option.id} className="choice">
                <input
                  type={vote.kind === 'single' ? 'radio' : 'checkbox'}
                  name={`${id}-choice`}
                  checked={picks.includes(option.id)}
                  onChange={(e) =>
                    vote.kind === 'single' ? setPicks([option.id]) : toggle(option.id, e.target.checked)
                  }
                />
                <span dir="auto">{option.label}</span>
              </label>
            ))}
            {vote.allowOther && vote.kind === 'single' ? (
              <label className="choice">
                <input
                  type="radio"
                  name={`${id}-choice`}
                  checked={picks.includes(OTHER)}
                  onChange={() => setPicks([OTHER])}
                />
                <span>{t('votes.otherChoice')}</span>
              </label>
            ) : null}
            {vote.allowOther && (vote.kind === 'multiple' || picks.includes(OTHER)) ? (
              <div className="field">
                <label htmlFor={`${id}-other`}>{t('votes.otherAnswer')}</label>
                <input id={`${id}-other`} value={other} maxLength={200} onChange={(e) => setOther(e.target.value)} />
              </div>
            ) : null}
          </>
        )}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={done || pending || !answer}>
        {done ? t('votes.answerSent') : t('votes.sendAnswer')}
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
