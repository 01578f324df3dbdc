import type { CommandBody, InterventionKind, Member, Queue, QueueEntry, QueueSettings } from '@hiwar/protocol';
import { LIMITS } from '@hiwar/protocol';
import { GripVertical } from 'lucide-react';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { formatDuration } from '../../lib/format';
import { moveTo } from '../../lib/order';
import { Dialog } from '../meeting/dialog';
import type { SendCommand } from '../meeting/meeting-store';
import { ConfirmDialog } from '../retention/confirm-dialog';
import { SortableList, SortableRow } from '../sortable/sortable-list';
import { FloorCountdown } from './floor-countdown';
import { QueueSettingsForm } from './queue-settings-form';
import { choosableKinds, speakerName } from './queue-text';

export interface QueuePanelProps {
  queue: Queue;
  settings: QueueSettings;
  /** The member list (staff see it), for each waiting member's turns and floor time so far. */
  members: Member[];
  /** Ids of connected members, when known. */
  onlineIds?: string[];
  /** Server time now, ticking. */
  now: number;
  send: SendCommand;
  /** When given, a "Queue settings" button opens the settings form in a dialog and saves through this. */
  onSaveSettings?: (settings: QueueSettings) => Promise<unknown>;
  /** The console's keys for the two floor buttons, shown on them (see use-console-shortcuts). */
  shortcuts?: { giveFloor: string; endTurn: string };
}

/**
 * The facilitator's speaker queue: who has the floor and for how long, who waits in which order, and the
 * controls to give the floor, reorder (drag or keyboard), pause, close or clear. Adding someone in the room
 * and the queue's settings are forms, opened in dialogs so that the floor and the list keep the space.
 */
export function QueuePanel({
  queue,
  settings,
  members,
  onlineIds,
  now,
  send,
  onSaveSettings,
  shortcuts,
}: QueuePanelProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [dialog, setDialog] = useState<'add' | 'settings' | 'clear' | null>(null);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  // After a keyboard move the list re-renders in the server's new order; focus follows the moved entry.
  const pendingFocus = useRef<string | null>(null);
  const byId = new Map(members.map((m) => [m.id, m]));
  const online = onlineIds ? new Set(onlineIds) : null;
  const { entries, floor } = queue;
  const ids = entries.map((e) => e.id);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the server's new order arrives.
  useEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    // Moving a focused node in the DOM drops its focus; put it back, once.
    handles.current.get(key)?.focus();
    pendingFocus.current = null;
  }, [entries]);

  const run = async (body: CommandBody) => {
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

  const reorder = async (entry: QueueEntry, from: number, to: number) => {
    const next = moveTo(ids, from, to);
    if (next === ids) return;
    pendingFocus.current = entry.id;
    const ok = await run({ type: 'queue:reorder', entryIds: next });
    if (ok) {
      setStatus(t('queue.movedTo', { name: speakerName(t, entry.name), position: to + 1, total: ids.length }));
    }
    // The new order may have arrived before the answer did; keep the focus on the moved entry either way.
    handles.current.get(entry.id)?.focus();
  };

  const onHandleKey = (event: KeyboardEvent, entry: QueueEntry, index: number) => {
    const direction = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
    if (!direction) return;
    event.preventDefault();
    if (busy) return;
    void reorder(entry, index, index + direction);
  };

  const memberStats = (memberId: string | null) => {
    const member = memberId ? byId.get(memberId) : undefined;
    if (!member) return null;
    return `${t('queue.turns', { count: member.turns })} · ${t('queue.floorTime', { time: formatDuration(member.floorMs, i18n.language) })}`;
  };

  const nextEntry = entries[0];

  return (
    <section className="card queue-panel" aria-labelledby={`${id}-heading`}>
      <div className="queue-head">
        <h2 id={`${id}-heading`}>{t('queue.title')}</h2>
        <span className={`badge queue-status-${queue.status}`}>{t(`queue.status.${queue.status}`)}</span>
        {onSaveSettings ? (
          <button
            type="button"
            className="button button-quiet button-icon queue-settings-open"
            aria-haspopup="dialog"
            title={t('queueSettings.title')}
            onClick={() => setDialog('settings')}
          >
            <span aria-hidden="true">⚙</span>
            <span className="visually-hidden">{t('queueSettings.title')}</span>
          </button>
        ) : null}
      </div>

      <div className={`floor-card${floor ? '' : ' is-empty'}`}>
        {floor ? (
          <>
            <p className="floor-who">
              <span className="muted">{t('queue.speakingNow')}</span>{' '}
              <strong dir="auto">{speakerName(t, floor.name)}</strong>{' '}
              <span className={`badge kind-${floor.kind}`}>{t(`queue.kind.${floor.kind}`)}</span>
            </p>
            <FloorCountdown floor={floor} now={now} t={t} locale={i18n.language} size="huge" />
          </>
        ) : (
          <p className="muted">{t('queue.nobodySpeaking')}</p>
        )}
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            disabled={busy || !nextEntry}
            // The turn we saw lets the server refuse a second, simultaneous press by another facilitator.
            onClick={() => run({ type: 'queue:give-floor', fromTurnId: floor?.turnId ?? null })}
            aria-keyshortcuts={shortcuts?.giveFloor}
          >
            {nextEntry ? t('queue.nextSpeakerNamed', { name: speakerName(t, nextEntry.name) }) : t('queue.nextSpeaker')}
            <ShortcutKey label={shortcuts?.giveFloor} />
          </button>
          {floor ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => run({ type: 'queue:end-turn', turnId: floor.turnId })}
              aria-keyshortcuts={shortcuts?.endTurn}
            >
              {t('queue.endTurn')}
              <ShortcutKey label={shortcuts?.endTurn} />
            </button>
          ) : null}
        </div>
      </div>

      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>

      <div className="queue-list-head">
        <h3 id={`${id}-list`}>{t('queue.waiting', { count: entries.length })}</h3>
        <button
          type="button"
          className="button button-small queue-add-open"
          aria-haspopup="dialog"
          onClick={() => setDialog('add')}
        >
          <span aria-hidden="true">+</span> {t('queue.addPerson')}
        </button>
      </div>
      {/* The heading already says that nobody is waiting. */}
      {entries.length === 0 ? null : (
        <div className="queue-scroll">
          <p className="hint queue-reorder-hint" id={`${id}-reorder-hint`}>
            {t('queue.reorderHint')}
          </p>
          {/* Mouse and touch drag through the list; the grip's own arrow keys move one place per press. */}
          <SortableList
            ids={ids}
            nameOf={(entryId) => speakerName(t, entries.find((e) => e.id === entryId)?.name ?? null)}
            onMove={(from, to) => {
              const entry = entries[from];
              if (entry) void reorder(entry, from, to);
            }}
            keyboard={false}
          >
            <ol className="queue-list" aria-labelledby={`${id}-list`}>
              {entries.map((entry, index) => {
                const name = speakerName(t, entry.name);
                const stats = memberStats(entry.memberId);
                const isOnline = entry.memberId && online ? online.has(entry.memberId) : null;
                return (
                  <SortableRow key={entry.id} id={entry.id} disabled={busy}>
                    {({ row, handle }) => (
                      <li {...row} className="queue-row">
                        <button
                          type="button"
                          {...handle}
                          className="drag-handle"
                          ref={(el) => {
                            handle.ref(el);
                            if (el) handles.current.set(entry.id, el);
                            else handles.current.delete(entry.id);
                          }}
                          aria-label={t('queue.moveHandle', { name, position: index + 1, total: entries.length })}
                          aria-describedby={`${id}-reorder-hint`}
                          onKeyDown={(e) => onHandleKey(e, entry, index)}
                        >
                          <GripVertical size={20} aria-hidden="true" />
                        </button>
                        <span className="queue-index" aria-hidden="true">
                          {(index + 1).toLocaleString(i18n.language)}
                        </span>
                        <div className="queue-who">
                          <span className="queue-name">
                            {isOnline !== null ? (
                              <span className={`presence-dot${isOnline ? ' is-online' : ''}`}>
                                <span className="visually-hidden">
                                  {isOnline ? t('members.online') : t('members.away')}
                                </span>
                              </span>
                            ) : null}
                            <strong dir="auto">{name}</strong>
                            <span className={`badge kind-${entry.kind}`}>{t(`queue.kind.${entry.kind}`)}</span>
                            {entry.memberId === null ? <span className="badge">{t('queue.inTheRoom')}</span> : null}
                          </span>
                          {stats ? <span className="queue-stats muted">{stats}</span> : null}
                        </div>
                        <div className="row-actions">
                          <button
                            type="button"
                            className="button button-small button-icon"
                            disabled={busy || index === 0}
                            aria-label={t('queue.moveUp', { name })}
                            onClick={() => reorder(entry, index, index - 1)}
                          >
                            <span aria-hidden="true">↑</span>
                          </button>
                          <button
                            type="button"
                            className="button button-small button-icon"
                            disabled={busy || index === entries.length - 1}
                            aria-label={t('queue.moveDown', { name })}
                            onClick={() => reorder(entry, index, index + 1)}
                          >
                            <span aria-hidden="true">↓</span>
                          </button>
                          <button
                            type="button"
                            className="button button-small"
                            disabled={busy}
                            aria-label={t('queue.giveFloorTo', { name })}
                            onClick={() =>
                              run({ type: 'queue:give-floor', entryId: entry.id, fromTurnId: floor?.turnId ?? null })
                            }
                          >
                            {t('queue.giveFloor')}
                          </button>
                          <button
                            type="button"
                            className="button button-small button-danger"
                            disabled={busy}
                            aria-label={t('queue.removeEntry', { name })}
                            onClick={() => run({ type: 'queue:remove', entryId: entry.id })}
                          >
                            {t('queue.remove')}
                          </button>
                        </div>
                      </li>
                    )}
                  </SortableRow>
                );
              })}
            </ol>
          </SortableList>
        </div>
      )}

      <fieldset className="controls queue-controls" disabled={busy}>
        <legend className="visually-hidden">{t('queue.controls')}</legend>
        {queue.status === 'open' ? (
          <button
            type="button"
            className="button button-small"
            onClick={() => run({ type: 'queue:set-status', status: 'paused' })}
          >
            {t('queue.pause')}
          </button>
        ) : null}
        {queue.status === 'paused' ? (
          <button
            type="button"
            className="button button-small"
            onClick={() => run({ type: 'queue:set-status', status: 'open' })}
          >
            {t('queue.resume')}
          </button>
        ) : null}
        {queue.status === 'closed' ? (
          <button
            type="button"
            className="button button-small"
            onClick={() => run({ type: 'queue:set-status', status: 'open' })}
          >
            {t('queue.open')}
          </button>
        ) : (
          <button
            type="button"
            className="button button-small"
            onClick={() => run({ type: 'queue:set-status', status: 'closed' })}
          >
            {t('queue.close')}
          </button>
        )}
        <button
          type="button"
          className="button button-small button-danger"
          disabled={entries.length === 0}
          onClick={() => setDialog('clear')}
        >
          {t('queue.clear')}
        </button>
      </fieldset>

      <Dialog open={dialog === 'add'} title={t('queue.addPerson')} onClose={() => setDialog(null)}>
        <AddPersonForm
          allowPriority={settings.allowPriority}
          busy={busy}
          onAdd={async (body) => {
            const ok = await run(body);
            if (ok) setDialog(null);
            return ok;
          }}
        />
        {/* A refusal is shown here too: the panel's own message is behind the dialog. */}
        {error ? (
          <p className="banner banner-error" role="alert">
            {error}
          </p>
        ) : null}
      </Dialog>
      {onSaveSettings ? (
        <Dialog open={dialog === 'settings'} title={t('queueSettings.title')} onClose={() => setDialog(null)}>
          <QueueSettingsForm
            settings={settings}
            onSubmit={onSaveSettings}
            onSaved={() => {
              setDialog(null);
              setStatus(t('queueSettings.saved'));
            }}
          />
        </Dialog>
      ) : null}
      <ConfirmDialog
        open={dialog === 'clear'}
        title={t('queue.clear')}
        confirmLabel={t('queue.clear')}
        cancelLabel={t('common.cancel')}
        danger
        busy={busy}
        onConfirm={() => {
          setDialog(null);
          void run({ type: 'queue:clear' });
        }}
        onCancel={() => setDialog(null)}
      >
        <p>{t('queue.confirmClear')}</p>
      </ConfirmDialog>
    </section>
  );
}

/** A shortcut's key on the button it presses; the button names it to assistive technology itself. */
function ShortcutKey({ label }: { label: string | undefined }) {
  if (!label) return null;
  return (
    <span className="shortcut-key" aria-hidden="true">
      {label}
    </span>
  );
}

/** Puts someone in the room without a Hiwar membership in the queue, named or not. */
function AddPersonForm({
  allowPriority,
  busy,
  onAdd,
}: {
  allowPriority: boolean;
  busy: boolean;
  onAdd: (body: CommandBody) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<InterventionKind>('new-point');
  const kinds = choosableKinds(allowPriority);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await onAdd({
      type: 'queue:add-person',
      name: name.trim() || null,
      kind: kinds.includes(kind) ? kind : 'new-point',
    });
    if (ok) setName('');
  };

  return (
    <form className="form" onSubmit={submit}>
      <fieldset disabled={busy}>
        <legend className="visually-hidden">{t('queue.addPerson')}</legend>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-name`}>
              {t('queue.personName')} <span className="muted">{t('common.optional')}</span>
            </label>
            <input
              id={`${id}-name`}
              dir="auto"
              maxLength={LIMITS.nameLength}
              value={name}
              placeholder={t('queue.unnamed')}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          {kinds.length > 1 ? (
            <div className="field">
              <label htmlFor={`${id}-kind`}>{t('queue.kindLabel')}</label>
              <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as InterventionKind)}>
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`queue.kind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
        <button type="submit" className="button">
          {t('queue.addToQueue')}
        </button>
      </fieldset>
    </form>
  );
}
