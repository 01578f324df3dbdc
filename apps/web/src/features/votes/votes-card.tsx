import type { MeetingView } from '@hiwar/domain';
import { defaultDots } from '@hiwar/domain';
import type { CommandBody, Point, Vote, VoteKind } from '@hiwar/protocol';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { Dialog } from '../meeting/dialog';
import type { SendCommand } from '../meeting/meeting-store';
import { ConfirmDialog } from '../retention/confirm-dialog';
import { projectorVote, useProjectorDismissal } from './projector-dismissal';
import { VoteResults, VoteTurnout } from './vote-results';
import { LiveVoteCountdown, TimerField } from './vote-timer';
import './votes.css';

/** The points a dot vote chooses among: published recommendations, or every published point if none. */
export function dotVoteCandidates(points: Point[]): Point[] {
  const published = points.filter((p) => p.status === 'published');
  const recommendations = published.filter((p) => p.recommendation);
  return recommendations.length > 0 ? recommendations : published;
}

interface VotesCardProps {
  view: MeetingView;
  send: SendCommand;
}

/**
 * The console's votes: the running vote on top with its turnout, countdown and Close button; "New vote" opens
 * a dot vote on recommendations or a quick poll in a dialog; closed votes below with their results.
 */
export function VotesCard({ view, send }: VotesCardProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Vote | null>(null);
  const [creating, setCreating] = useState(false);
  const [kind, setKind] = useState<'poll' | 'dots'>('poll');
  const { meeting, agenda } = view;
  const [dismissedVoteId, dismissOnProjector] = useProjectorDismissal(meeting.id);
  const onProjector = projectorVote(view, dismissedVoteId);
  const current = agenda.find((i) => i.id === meeting.currentItemId) ?? null;
  const live = meeting.status === 'live';
  const canOpen = live && current !== null;
  // The running votes first, where the facilitator's eye and the Close button are; then the newest.
  const votes = [...view.votes].sort(
    (a, b) => Number(b.status === 'open') - Number(a.status === 'open') || b.openedAt - a.openedAt,
  );
  // Everyone admitted who may vote (observers may not).
  const eligible = (view.members ?? []).filter((m) => !m.waiting && m.role !== 'observer').length;

  const run = async (body: CommandBody): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await send(body);
      return true;
    } catch (err) {
      setError(errorMessage(t, err));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const opened = () => setCreating(false);

  return (
    <section className="card votes-card" aria-labelledby="votes-heading">
      <div className="votes-card-head">
        <h2 id="votes-heading">{t('votes.title')}</h2>
        {canOpen ? (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {t('votes.newVote')}
          </button>
        ) : null}
      </div>
      {error && !creating ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      {canOpen ? null : <p className="muted">{t('votes.notLive')}</p>}
      {votes.length > 0 ? (
        <ul className="vote-list">
          {votes.map((vote) => (
            <li key={vote.id} className={vote.status === 'open' ? 'vote-item is-open' : 'vote-item'}>
              <h3 dir="auto">{vote.title}</h3>
              <p className="badges">
                <span className="badge">{t(`votes.kind.${vote.kind}`)}</span>
                <span className={`badge vote-status-${vote.status}`}>{t(`votes.status.${vote.status}`)}</span>
                {vote.named ? <span className="badge">{t('votes.namedBadge')}</span> : null}
              </p>
              <LiveVoteCountdown vote={vote} t={t} locale={i18n.language} />
              <VoteTurnout vote={vote} t={t} eligible={eligible} />
              <div className="actions">
                {vote.status === 'open' ? (
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() => void run({ type: 'vote:close', voteId: vote.id })}
                  >
                    {t('votes.close')} <span className="visually-hidden">{vote.title}</span>
                  </button>
                ) : live ? (
                  <button
                    type="button"
                    className="button button-quiet"
                    disabled={busy}
                    onClick={() => void run({ type: 'vote:reopen', voteId: vote.id })}
                  >
                    {t('votes.reopen')} <span className="visually-hidden">{vote.title}</span>
                  </button>
                ) : null}
                {onProjector?.takeover && onProjector.vote.id === vote.id ? (
                  <button type="button" className="button" onClick={() => dismissOnProjector(vote.id)}>
                    {t('votes.projectorBack')}
                  </button>
                ) : null}
                <button type="button" className="button button-quiet" disabled={busy} onClick={() => setDeleting(vote)}>
                  {t('votes.delete')} <span className="visually-hidden">{vote.title}</span>
                </button>
              </div>
              <VoteResults vote={vote} t={t} locale={i18n.language} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('votes.none')}</p>
      )}
      <Dialog open={creating && canOpen} title={t('votes.newVote')} onClose={() => setCreating(false)} wide>
        <fieldset className="vote-kind-choice">
          <legend className="visually-hidden">{t('votes.kindLabel')}</legend>
          <label>
            <input type="radio" name="vote-kind" checked={kind === 'poll'} onChange={() => setKind('poll')} />
            {t('votes.pollForm')}
          </label>
          <label>
            <input type="radio" name="vote-kind" checked={kind === 'dots'} onChange={() => setKind('dots')} />
            {t('votes.dotForm')}
          </label>
        </fieldset>
        {error ? (
          <p className="banner banner-error" role="alert">
            {error}
          </p>
        ) : null}
        {kind === 'dots' ? (
          <DotVoteForm points={view.points} busy={busy} run={run} onOpened={opened} />
        ) : (
          <PollForm namedAllowed={current?.confidentiality === 'on-record'} busy={busy} run={run} onOpened={opened} />
        )}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title={t('votes.deleteTitle')}
        confirmLabel={t('votes.delete')}
        cancelLabel={t('common.cancel')}
        danger
        busy={busy}
        onConfirm={() => {
          const vote = deleting;
          setDeleting(null);
          if (vote) void run({ type: 'vote:delete', voteId: vote.id });
        }}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('votes.deleteBody', { title: deleting?.title ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

interface FormProps {
  busy: boolean;
  run: (body: CommandBody) => Promise<boolean>;
  /** Called once the vote is open, to close the dialog. */
  onOpened: () => void;
}

/** The command's timer field: absent for "no timer". */
const timerOf = (seconds: number) => (seconds > 0 ? { durationSeconds: seconds } : {});

function DotVoteForm({ points, busy, run, onOpened }: FormProps & { points: Point[] }) {
  const { t } = useTranslation();
  const id = useId();
  const candidates = dotVoteCandidates(points);
  const [title, setTitle] = useState(() => t('votes.dotDefaultTitle'));
  // Points left out; new points arrive chosen.
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  // Null until the facilitator types a number: the default follows the number of options.
  const [dots, setDots] = useState<string | null>(null);
  const [stacking, setStacking] = useState(false);
  const [seconds, setSeconds] = useState(0);
  const chosen = candidates.filter((p) => !excluded.has(p.id));
  const dotsValue = dots === null ? defaultDots(chosen.length) : Number(dots);
  const valid =
    chosen.length >= 2 && title.trim() !== '' && dots !== '' && Number.isInteger(dotsValue) && dotsValue >= 1;

  const toggle = (pointId: string, on: boolean) =>
    setExcluded((prev) => {
      const next = new Set(prev);
      if (on) next.delete(pointId);
      else next.add(pointId);
      return next;
    });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    const ok = await run({
      type: 'vote:open',
      kind: 'dots',
      title: title.trim(),
      options: chosen.map((p) => ({ pointId: p.id })),
      dotsPerPerson: dotsValue,
      allowStacking: stacking,
      scaleMin: 1,
      scaleMax: 5,
      allowOther: false,
      liveResults: false,
      named: false,
      ...timerOf(seconds),
    });
    if (ok) {
      setDots(null);
      onOpened();
    }
  };

  return (
    <div className="vote-form">
      <form className="stack" onSubmit={submit} aria-label={t('votes.dotForm')}>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('votes.dotTitle')}</label>
          <input
            id={`${id}-title`}
            data-autofocus
            dir="auto"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <fieldset>
          <legend>{t('votes.options')}</legend>
          {candidates.length === 0 ? <p className="muted">{t('votes.noPoints')}</p> : null}
          {candidates.map((p) => (
            <label key={p.id} className="check">
              <input type="checkbox" checked={!excluded.has(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
              <span dir="auto">{p.text}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-dots`}>{t('votes.dotsPerPerson')}</label>
          <input
            id={`${id}-dots`}
            className="input-short"
            type="number"
            min={1}
            max={50}
            value={dots ?? String(dotsValue)}
            onChange={(e) => setDots(e.target.value)}
          />
        </div>
        <label className="check">
          <input type="checkbox" checked={stacking} onChange={(e) => setStacking(e.target.checked)} />
          <span>{t('votes.allowStacking')}</span>
        </label>
        <TimerField value={seconds} onChange={setSeconds} />
        {chosen.length < 2 ? <p className="hint">{t('votes.needTwo')}</p> : null}
        <button type="submit" className="button button-primary" disabled={busy || !valid}>
          {t('votes.openDot')}
        </button>
      </form>
    </div>
  );
}

type PollKind = Exclude<VoteKind, 'dots'>;

function PollForm({ namedAllowed, busy, run, onOpened }: FormProps & { namedAllowed: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<PollKind>('single');
  const [optionsText, setOptionsText] = useState('');
  const [scaleMin, setScaleMin] = useState('1');
  const [scaleMax, setScaleMax] = useState('5');
  const [allowOther, setAllowOther] = useState(false);
  const [liveResults, setLiveResults] = useState(false);
  const [named, setNamed] = useState(false);
  const [seconds, setSeconds] = useState(0);
  const options = optionsText
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const min = Number(scaleMin);
  const max = Number(scaleMax);
  const valid =
    title.trim() !== '' &&
    (kind === 'scale' ? Number.isInteger(min) && Number.isInteger(max) && max > min : options.length >= 2);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    const ok = await run({
      type: 'vote:open',
      kind,
      title: title.trim(),
      options: kind === 'scale' ? [] : options.map((label) => ({ label })),
      allowStacking: false,
      scaleMin: kind === 'scale' ? min : 1,
      scaleMax: kind === 'scale' ? max : 5,
      allowOther: kind !== 'scale' && allowOther,
      liveResults,
      named: namedAllowed && named,
      ...timerOf(seconds),
    });
    if (ok) {
      setTitle('');
      setOptionsText('');
      onOpened();
    }
  };

  return (
    <div className="vote-form">
      <form className="stack" onSubmit={submit} aria-label={t('votes.pollForm')}>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('votes.question')}</label>
          <input
            id={`${id}-title`}
            data-autofocus
            dir="auto"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('votes.kindLabel')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as PollKind)}>
            <option value="single">{t('votes.kind.single')}</option>
            <option value="multiple">{t('votes.kind.multiple')}</option>
            <option value="scale">{t('votes.kind.scale')}</option>
          </select>
        </div>
        {kind === 'scale' ? (
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-min`}>{t('votes.scaleMin')}</label>
              <input
                id={`${id}-min`}
                className="input-short"
                type="number"
                min={-10}
                max={10}
                value={scaleMin}
                onChange={(e) => setScaleMin(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-max`}>{t('votes.scaleMax')}</label>
              <input
                id={`${id}-max`}
                className="input-short"
                type="number"
                min={-10}
                max={10}
                value={scaleMax}
                onChange={(e) => setScaleMax(e.target.value)}
              />
            </div>
          </div>
        ) : (
          <>
            <div className="field">
              <label htmlFor={`${id}-options`}>{t('votes.optionsPerLine')}</label>
              <textarea
                id={`${id}-options`}
                dir="auto"
                rows={4}
                value={optionsText}
                onChange={(e) => setOptionsText(e.target.value)}
              />
            </div>
            <label className="check">
              <input type="checkbox" checked={allowOther} onChange={(e) => setAllowOther(e.target.checked)} />
              <span>{t('votes.allowOther')}</span>
            </label>
          </>
        )}
        <label className="check">
          <input type="checkbox" checked={liveResults} onChange={(e) => setLiveResults(e.target.checked)} />
          <span>{t('votes.liveResults')}</span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={namedAllowed && named}
            disabled={!namedAllowed}
            aria-describedby={`${id}-named-hint`}
            onChange={(e) => setNamed(e.target.checked)}
          />
          <span>{t('votes.named')}</span>
        </label>
        <p id={`${id}-named-hint`} className="hint">
          {namedAllowed ? t('votes.namedHint') : t('votes.namedNotAllowed')}
        </p>
        <TimerField value={seconds} onChange={setSeconds} />
        <button type="submit" className="button button-primary" disabled={busy || !valid}>
          {t('votes.openPoll')}
        </button>
      </form>
    </div>
  );
}
