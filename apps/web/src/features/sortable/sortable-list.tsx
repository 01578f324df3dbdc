import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { GripVertical } from 'lucide-react';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './sortable.css';

interface SortableListProps {
  /** The rows' ids in their current order. */
  ids: string[];
  /** What a row is called when its move is announced to a screen reader. */
  nameOf: (id: string) => string;
  /** Called once, when a row is dropped somewhere other than where it started. */
  onMove: (from: number, to: number) => void;
  /**
   * Whether the grip also picks rows up from the keyboard (Space, arrows, Space). A list whose grip moves
   * a row one place per arrow key by itself turns this off and keeps only mouse and touch.
   */
  keyboard?: boolean;
  children: ReactNode;
}

/**
 * A vertical list whose rows can be dragged by a handle with a mouse, a finger (press and hold) or the
 * keyboard (Space to pick up, arrows to move, Space to drop, Escape to cancel), with every step announced
 * in the page's language. Rows use `useSortableRow`; the list only reports the move, the caller sends it.
 */
export function SortableList({ ids, nameOf, onMove, keyboard = true, children }: SortableListProps) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    // A short hold before a drag starts, so that a finger can still scroll the page past the handle.
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 6 } }),
    // Hooks run on every render in the same order, so the keyboard sensor is always made and left out here.
    ...[useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates })].filter(() => keyboard),
  );
  const where = (id: string | number | undefined) => ({
    position: ids.indexOf(String(id)) + 1,
    total: ids.length,
  });
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('sortable.picked', { name: nameOf(String(active.id)), ...where(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('sortable.over', { name: nameOf(String(active.id)), ...where(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t('sortable.dropped', { name: nameOf(String(active.id)), ...where(over.id) }) : undefined,
    onDragCancel: ({ active }) => t('sortable.cancelled', { name: nameOf(String(active.id)) }),
  };
  const end = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from >= 0 && to >= 0) onMove(from, to);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={end}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('sortable.instructions') } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}

/** The parts of a row in a `SortableList`: spread `row` on the row's element and `handle` on its grip. */
export function useSortableRow(id: string, disabled = false) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    disabled,
  });
  const style: CSSProperties = {
    // Only the vertical move: a row never slides sideways out of its column.
    transform: CSS.Translate.toString(transform ? { ...transform, x: 0 } : null),
    transition,
  };
  return {
    row: { ref: setNodeRef, style, 'data-dragging': isDragging ? 'true' : undefined },
    handle: { ref: setActivatorNodeRef, ...attributes, ...listeners, disabled },
  };
}

type HandleProps = ReturnType<typeof useSortableRow>['handle'];

/** The grip a row is dragged by; its name says what moves ("Move Opening"). */
export function DragHandle({ label, handle }: { label: string; handle: HandleProps }) {
  return (
    <button type="button" className="drag-handle" aria-label={label} {...handle}>
      <GripVertical size={20} aria-hidden="true" />
    </button>
  );
}

/** A list item of a `SortableList` with its grip first, for rows that need nothing more than that. */
export function SortableItem({
  id,
  className,
  handleLabel,
  disabled,
  children,
}: {
  id: string;
  className?: string;
  handleLabel: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  const { row, handle } = useSortableRow(id, disabled);
  return (
    <li className={className} {...row}>
      <DragHandle label={handleLabel} handle={handle} />
      {children}
    </li>
  );
}

/** A row of a `SortableList` drawn by its caller: `children` gets the props for the row and for its grip. */
export function SortableRow({
  id,
  disabled,
  children,
}: {
  id: string;
  disabled?: boolean;
  children: (parts: ReturnType<typeof useSortableRow>) => ReactNode;
}) {
  return <>{children(useSortableRow(id, disabled))}</>;
}
