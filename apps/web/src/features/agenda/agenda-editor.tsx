import type { AgendaItem, AgendaItemInput } from '@hiwar/protocol';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { formatList } from '../../lib/lists';
import type { SendCommand } from '../meeting/meeting-store';
import { AgendaItemForm } from './agenda-item-form';
import { ConfidentialityBadge } from './confidentiality-badge';

interface AgendaEditorProps {
  items: AgendaItem[];
  send: SendCommand;
  /** The item the live meeting is on; it cannot be deleted. */
  currentItemId?: string | null;
  readOnly?: boolean;
}

/** Returns the ids with the item at `index` swapped with its neighbour in `direction`. */
export function moveId(ids: string[], index: number, direction: -1 | 1): string[] {
  const target = index + direction;
  if (target < 0 || target >= ids.length) return ids;
  const next = [...ids];
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}

/** Adds, edits, deletes and reorders agenda items; every change is a command to the server. */
export function AgendaEditor({ items, send, currentItemId, readOnly }: AgendaEditorProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // After a move the list re-renders in the new order; focus follows the moved item's button.
  const pendingFocus = useRef<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the server's new order arrives.
  useEffect(() => {
    const key = pendingFocus.current;
    // The buttons are disabled while the command is in flight, and a disabled button cannot take focus.
    if (!key || busy) return;
    const button = buttons.current.get(key);
    const [id] = key.split(':');
    // At the edge the button just used is disabled; fall back to the other direction.
    const fallback = buttons.current.get(`${id}:${key.endsWith(':up') ? 'down' : 'up'}`);
    (button && !button.disabled ? button : fallback)?.focus();
    pendingFocus.current = null;
  }, [items, busy]);

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (err) {
      setError(errorMessage(t, err));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const move = async (index: number, direction: -1 | 1) => {
    const item = items[index];
    if (!item) return;
    pendingFocus.current = `${item.id}:${direction < 0 ? 'up' : 'down'}`;
    const ok = await run(() =>
      send({
        type: 'agenda:reorder',
        itemIds: moveId(
          items.map((i) => i.id),
          index,
          direction,
        ),
      }),
    );
    if (ok) setStatus(t('agenda.movedTo', { title: item.title, position: index + direction + 1, total: items.length }));
  };

  const add = async (item: AgendaItemInput) => {
    const ok = await run(() => send({ type: 'agenda:add-item', item }));
    if (ok) setStatus(t('agenda.added', { title: item.title }));
    else throw new Error('not added');
  };

  const update = async (itemId: string, changes: AgendaItemInput) => {
    if (await run(() => send({ type: 'agenda:update-item', itemId, changes }))) setEditing(null);
  };

  const remove = async (item: AgendaItem) => {
    if (!window.confirm(t('agenda.confirmDelete', { title: item.title }))) return;
    if (await run(() => send({ type: 'agenda:remove-item', itemId: item.id }))) {
      setStatus(t('agenda.deleted', { title: item.title }));
    }
  };

  const total = items.reduce((sum, i) => sum + i.plannedMinutes, 0);

  return (
    <div className="agenda-editor stack">
      <div className="visually-hidden" role="status" aria-live="polite">
        {status}
      </div>
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="muted">{t('agenda.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('agenda.total', { count: total })}</p>
          <ol className="agenda-edit-list">
            {items.map((item, index) => (
              <li key={item.id} className="agenda-edit-item">
                {editing === item.id ? (
                  <AgendaItemForm
                    initial={item}
                    submitLabel={t('agenda.save')}
                    onSubmit={(changes) => update(item.id, changes)}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <div className="agenda-edit-row">
                    <span className="agenda-index" aria-hidden="true">
                      {index + 1}
                    </span>
                    <div className="agenda-row-main">
                      <span className="agenda-title" dir="auto">
                        {item.title}
                      </span>
                      <span className="agenda-meta">
                        {t(`agenda.kind.${item.kind}`)} · {t('agenda.minutes', { count: item.plannedMinutes })}
                        <ConfidentialityBadge mode={item.confidentiality} />
                      </span>
                      {item.presenters.length > 0 ? (
                        <span className="agenda-meta" dir="auto">
                          {formatList(
                            i18n.language,
                            item.presenters.map((p) => (p.organisation ? `${p.name} (${p.organisation})` : p.name)),
                          )}
                        </span>
                      ) : null}
                    </div>
                    {readOnly ? null : (
                      <div className="row-actions">
                        <button
                          type="button"
                          className="button button-icon"
                          ref={(el) => {
                            if (el) buttons.current.set(`${item.id}:up`, el);
                            else buttons.current.delete(`${item.id}:up`);
                          }}
                          disabled={busy || index === 0}
                          onClick={() => move(index, -1)}
                          aria-label={t('agenda.moveUp', { title: item.title })}
                        >
                          <span aria-hidden="true">↑</span>
                        </button>
                        <button
                          type="button"
                          className="button button-icon"
                          ref={(el) => {
                            if (el) buttons.current.set(`${item.id}:down`, el);
                            else buttons.current.delete(`${item.id}:down`);
                          }}
                          disabled={busy || index === items.length - 1}
                          onClick={() => move(index, 1)}
                          aria-label={t('agenda.moveDown', { title: item.title })}
                        >
                          <span aria-hidden="true">↓</span>
                        </button>
                        <button type="button" className="button" disabled={busy} onClick={() => setEditing(item.id)}>
                          {t('agenda.edit')}
                          <span className="visually-hidden">: {item.title}</span>
                        </button>
                        <button
                          type="button"
                          className="button button-danger"
                          disabled={busy || item.id === currentItemId}
                          onClick={() => remove(item)}
                        >
                          {t('agenda.delete')}
                          <span className="visually-hidden">: {item.title}</span>
                        </button>
                      </div>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {readOnly ? null : <AgendaItemForm submitLabel={t('agenda.add')} onSubmit={add} />}
    </div>
  );
}
