import type { MeetingView } from '@hiwar/domain';
import { can, estimatedWaitMs, turnLimitMs } from '@hiwar/domain';
import type { CommandBody, InterventionKind } from '@hiwar/protocol';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import type { SendCommand } from '../meeting/meeting-store';
import { FloorCountdown } from './floor-countdown';
import { choosableKinds, speakerName } from './queue-text';
import { beep, readSoundPreference, storeSoundPreference } from './sound';

export interface ParticipantQueueProps {
  view: MeetingView;
  /** Server time now, ticking. */
  now: number;
  send: SendCommand;
  /** Plays the cue when the person's turn comes; replaceable in tests. */
  playCue?: () => void;
}

/** Where the person stands: speaking, next, waiting, or not in the queue. */
type Standing = 'floor' | 'next' | 'waiting' | 'idle';

/**
 * The participant's side of the speaker queue, phone first: one big button to raise or lower a hand,
 * the place in the queue with a rough wait, and an unmissable, announced banner when it is their turn.
 */
export function ParticipantQueue({ view, now, send, playCue = beep }: ParticipantQueueProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { meeting, agenda, queue, self } = view;
  const settings = meeting.queueSettings;
  const [kind, setKind] = useState<InterventionKind>('new-point');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sound, setSound] = useState(readSoundPreference);

  const position = queue.entries.findIndex((e) => e.memberId === self.id);
  const mine = position >= 0 ? queue.entries[position] : undefined;
  const hasFloor = queue.floor !== null && queue.floor.memberId === self.id;
  const standing: Standing = hasFloor ? 'floor' : position === 0 ? 'next' : position > 0 ? 'waiting' : 'idle';
  const mayRaise = can(self.role, 'queue:raise-hand');
  const kinds = choosableKinds(settings.allowPriority);
  // Without priority every hand is a new point, whatever was chosen before the setting changed.
  const chosenKind = kinds.includes(kind) ? kind : 'new-point';

  // A sound only on the change itself, not when the page opens on a state that was already there.
  const previous = useRef<Standing | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = standing;
    if (before === null || before === standing) return;
    if ((standing === 'next' || standing === 'floor') && sound) playCue();
    // A phone in a pocket or on the table: a short buzz when the floor comes, where the device allows it.
    if (standing === 'floor' && typeof navigator !== 'undefined' && 'vibrate' in navigator)
      navigator.vibrate([200, 100, 200]);
  }, [standing, sound, playCue]);

  const run = async (body: CommandBody) => {
    setBusy(true);
    setError(null);
    try {
      await send(body);
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  const toggleSound = (on: boolean) => {
    setSound(on);
    storeSoundPreference(on);
    // Browsers only allow audio after a gesture; a cue now also lets the person hear what to expect.
    if (on) playCue();
  };

  // Turns finished so far give the best guess of a turn's length; without any, the limit is the guess.
  const averageTurnMs = self.turns > 0 && self.floorMs > 0 ? self.floorMs / self.turns : null;
  const waitMs =
    position >= 0 ? estimatedWaitMs(position, queue, averageTurnMs, turnLimitMs(meeting, agenda), now) : null;
  const floor = queue.floor;
  // The person's state in a few words, for the bar that stays pinned at the foot of a phone's screen.
  const barState = hasFloor
    ? t('queue.youHaveFloor')
    : mine
      ? [
          `${t('queue.yourPlace')} ${(position + 1).toLocaleString(i18n.language)}`,
          waitMs !== null && standing === 'waiting'
            ? waitMs < 60_000
              ? t('queue.waitUnderMinute')
              : t('queue.wait', { count: Math.ceil(waitMs / 60_000) })
            : null,
        ]
          .filter(Boolean)
          .join(' · ')
      : t('queue.waiting', { count: queue.entries.length });
  /**
   * The one action that matters now (raise, lower, hand back), in a bar that a phone keeps in view at the
   * foot of the screen; on a wider screen it stays in the card. The state line repeats what the card says,
   * so screen readers skip it.
   */
  const bar = (action: ReactNode) => (
    <div className="turn-bar">
      <p className="turn-bar-state" aria-hidden="true">
        {barState}
      </p>
      {action}
    </div>
  );

  return (
    <section className="card participant-queue" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('queue.title')}</h2>

      {standing === 'floor' || standing === 'next' ? (
        // Keyed by the standing, so a change mounts a fresh alert that screen readers announce at once.
        <div key={standing} className={`turn-banner turn-banner-${standing}`} role="alert">
          <strong>{standing === 'floor' ? t('queue.youHaveFloor') : t('queue.youAreNext')}</strong>
          <span>{standing === 'floor' ? t('queue.youHaveFloorBody') : t('queue.youAreNextBody')}</span>
        </div>
      ) : null}

      <div className="floor-now">
        {floor ? (
          <>
            <p className="floor-who">
              <span className="muted">{t('queue.speakingNow')}</span>{' '}
              <strong dir="auto">{hasFloor ? t('queue.you') : speakerName(t, floor.name)}</strong>
            </p>
            <FloorCountdown floor={floor} now={now} t={t} locale={i18n.language} size="large" />
          </>
        ) : (
          <p className="muted">{t('queue.nobodySpeaking')}</p>
        )}
      </div>

      {queue.status !== 'open' ? (
        <p className="banner" role="status">
          {t(`queue.statusNotice.${queue.status}`)}
        </p>
      ) : null}

      {/* The speaker hands the floor back themselves when they have finished. */}
      {hasFloor && floor
        ? bar(
            <button
              type="button"
              className="button button-primary button-big"
              disabled={busy}
              onClick={() => run({ type: 'queue:yield-floor', turnId: floor.turnId })}
            >
              {t('queue.imDone')}
            </button>,
          )
        : null}

      {/* Anyone may take their own hand down, also someone made an observer while waiting. */}
      {hasFloor ? null : mine || mayRaise ? (
        mine ? (
          <div className="my-place">
            <p className="place">
              {t('queue.yourPlace')}{' '}
              <strong className="place-number">{(position + 1).toLocaleString(i18n.language)}</strong>
            </p>
            <p>
              <span className={`badge kind-${mine.kind}`}>{t(`queue.kind.${mine.kind}`)}</span>
            </p>
            {waitMs !== null && standing === 'waiting' ? (
              <p className="muted">
                {waitMs < 60_000 ? t('queue.waitUnderMinute') : t('queue.wait', { count: Math.ceil(waitMs / 60_000) })}
              </p>
            ) : null}
            {bar(
              <button
                type="button"
                className="button button-big"
                disabled={busy}
                onClick={() => run({ type: 'queue:lower-hand' })}
              >
                {t('queue.lowerHand')}
              </button>,
            )}
          </div>
        ) : (
          <div className="raise">
            {kinds.length > 1 ? (
              <fieldset className="kind-chooser" disabled={busy || queue.status === 'closed'}>
                <legend>{t('queue.kindLegend')}</legend>
                {kinds.map((k) => (
                  <label key={k} className="kind-option">
                    <input
                      type="radio"
                      name={`${id}-kind`}
                      value={k}
                      checked={chosenKind === k}
                      onChange={() => setKind(k)}
                    />
                    <span>
                      <span className="kind-name">{t(`queue.kind.${k}`)}</span>
                      <span className="hint">{t(`queue.kindHint.${k}`)}</span>
                    </span>
                  </label>
                ))}
              </fieldset>
            ) : null}
            {bar(
              <button
                type="button"
                className="button button-primary button-big"
                disabled={busy || queue.status === 'closed'}
                onClick={() => run({ type: 'queue:raise-hand', kind: chosenKind })}
              >
                <span aria-hidden="true">✋</span> {t('queue.raiseHand')}
              </button>,
            )}
          </div>
        )
      ) : null}

      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}

      <p className="muted">{t('queue.waiting', { count: queue.entries.length })}</p>

      {mine || mayRaise ? (
        <label className="check">
          <input type="checkbox" checked={sound} onChange={(e) => toggleSound(e.target.checked)} />
          {t('queue.soundToggle')}
        </label>
      ) : null}
    </section>
  );
}
