import type { AgendaItem, AgendaItemInput } from '@hiwar/protocol';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { formatList } from '../../lib/lists';
import { moveTo } from '../../lib/order';
import type { SendCommand } from '../meeting/meeting-store';
import { ConfirmDialog } from '../retention/confirm-dialog';
import { DragHandle, SortableList, useSortableRow } from '../sortable/sortable-list';
import { AgendaItemForm } from './agenda-item-form';
import { ConfidentialityBadge } from './confidentiality-badge';

interface AgendaEditorProps {
  items: AgendaItem[];
  send: SendCommand;
  /** The item the live meeting is on; it cannot be deleted. */
  currentItemId?: string | null;
  readOnly?: boolean;
}

/**
 * Adds, edits, deletes and reorders agenda items (drag by the handle, or the arrow buttons); every change is
 * a command to the server.
 */
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

  /** Sends the new order; `focusKey` names the button that keeps the focus after an arrow press. */
  const reorder = async (from: number, to: number, focusKey?: string) => {
    const item = items[from];
    if (!item) return;
    pendingFocus.current = focusKey ?? null;
    const ids = items.map((i) => i.id);
    const ok = await run(() => send({ type: 'agenda:reorder', itemIds: moveTo(ids, from, to) }));
    if (ok) setStatus(t('agenda.movedTo', { title: item.title, position: to + 1, total: items.length }));
  };
  const move = (index: number, direction: -1 | 1) =>
    reorder(index, index + direction, `${items[index]?.id}:${direction < 0 ? 'up' : 'down'}`);

  const add = async (item: AgendaItemInput) => {
    const ok = await run(() => send({ type: 'agenda:add-item', item }));
    if (ok) setStatus(t('agenda.added', { title: item.title }));
    else throw new Error('not added');
  };

  const update = async (itemId: string, changes: AgendaItemInput) => {
    if (await run(() => send({ type: 'agenda:update-item', itemId, changes }))) setEditing(null);
  };

  // Deleting is asked in the page's own dialog, in the page's language.
  const [deleting, setDeleting] = useState<AgendaItem | null>(null);
  const remove = async (item: AgendaItem) => {
    if (await run(() => send({ type: 'agenda:remove-item', itemId: item.id }))) {
      setStatus(t('agenda.deleted', { title: item.title }));
    }
    setDeleting(null);
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
          <SortableList
            ids={items.map((i) => i.id)}
            nameOf={(id) => items.find((i) => i.id === id)?.title ?? ''}
            onMove={(from, to) => void reorder(from, to)}
          >
            <ol className="agenda-edit-list">
              {items.map((item, index) =>
                editing === item.id ? (
                  <li key={item.id} className="agenda-edit-item">
                    <AgendaItemForm
                      initial={item}
                      submitLabel={t('agenda.save')}
                      onSubmit={(changes) => update(item.id, changes)}
                      onCancel={() => setEditing(null)}
                    />
                  </li>
                ) : (
                  <AgendaRow
                    key={item.id}
                    item={item}
                    index={index}
                    count={items.length}
                    busy={busy}
                    readOnly={readOnly}
                    current={item.id === currentItemId}
                    buttons={buttons.current}
                    onMove={(direction) => move(index, direction)}
                    onEdit={() => setEditing(item.id)}
                    onDelete={() => setDeleting(item)}
                  />
                ),
              )}
            </ol>
          </SortableList>
        </>
      )}
      {readOnly ? null : <AgendaItemForm submitLabel={t('agenda.add')} onSubmit={add} />}
      <ConfirmDialog
        open={deleting !== null}
        title={t('agenda.confirmDelete', { title: deleting?.title ?? '' })}
        confirmLabel={t('agenda.delete')}
        cancelLabel={t('common.cancel')}
        danger
        busy={busy}
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('agenda.deleteEffect')}</p>
      </ConfirmDialog>
    </div>
  );
}

interface AgendaRowProps {
  item: AgendaItem;
  index: number;
  count: number;
  busy: boolean;
  readOnly?: boolean;
  /** The item the live meeting is on: it cannot be deleted. */
  current: boolean;
  /** The arrow buttons by `<id>:up|down`, so that focus can follow a moved item. */
  buttons: Map<string, HTMLButtonElement>;
  onMove: (direction: -1 | 1) => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** One agenda item: its grip, title and details, and the actions on it. */
function AgendaRow({ item, index, count, busy, readOnly, current, buttons, onMove, onEdit, onDelete }: AgendaRowProps) {
  const { t, i18n } = useTranslation();
  const { row, handle } = useSortableRow(item.id, busy || readOnly);
  const arrow = (direction: -1 | 1) => {
    const key = `${item.id}:${direction < 0 ? 'up' : 'down'}`;
    return (
      <button
        type="button"
        className="button button-icon"
        ref={(el) => {
          if (el) buttons.set(key, el);
          else buttons.delete(key);
        }}
        disabled={busy || (direction < 0 ? index === 0 : index === count - 1)}
        onClick={() => onMove(direction)}
        aria-label={t(direction < 0 ? 'agenda.moveUp' : 'agenda.moveDown', { title: item.title })}
      >
        {direction < 0 ? <ArrowUp size={18} aria-hidden="true" /> : <ArrowDown size={18} aria-hidden="true" />}
      </button>
    );
  };
  return (
    <li className="agenda-edit-item" {...row}>
      <div className="agenda-edit-row">
        {readOnly ? null : <DragHandle label={t('sortable.handle', { name: item.title })} handle={handle} />}
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
            {arrow(-1)}
            {arrow(1)}
            <button type="button" className="button" disabled={busy} onClick={onEdit}>
              {t('agenda.edit')}
              <span className="visually-hidden">: {item.title}</span>
            </button>
            <button type="button" className="button button-danger" disabled={busy || current} onClick={onDelete}>
              {t('agenda.delete')}
              <span className="visually-hidden">: {item.title}</span>
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
