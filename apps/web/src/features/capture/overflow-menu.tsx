import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';

export type MenuEntry =
  | { kind: 'action'; label: string; onSelect: () => void; disabled?: boolean; danger?: boolean }
  | { kind: 'toggle'; label: string; checked: boolean; onSelect: () => void; disabled?: boolean };

/**
 * A "more actions" button and its menu, as the ARIA menu-button pattern has it: Enter, Space or ArrowDown
 * open it on the first item, ArrowUp on the last; arrows, Home and End move; Escape closes it and gives
 * focus back to the button; Tab or a press outside closes it. It is placed with logical insets, so it
 * opens towards the start of the line in English and in Arabic alike, and stays inside the row's width.
 */
export function OverflowMenu({
  label,
  entries,
  buttonContent,
}: {
  /** The button's accessible name, e.g. "More actions". */
  label: string;
  entries: MenuEntry[];
  buttonContent?: ReactNode;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const enabled = entries.map((e, i) => (e.disabled ? -1 : i)).filter((i) => i >= 0);

  const openAt = (which: 'first' | 'last') => {
    setFocusIndex(which === 'first' ? (enabled[0] ?? 0) : (enabled[enabled.length - 1] ?? 0));
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  // Focus follows the highlighted item; the menu is scrolled into view inside a scrolling list.
  useEffect(() => {
    if (!open) return;
    const items = menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]');
    items?.[focusIndex]?.focus();
  }, [open, focusIndex]);
  useEffect(() => {
    if (open) menu.current?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);

  // A press anywhere else closes the menu (mouse and touch alike), without stealing focus.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onButtonKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openAt('first');
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt('last');
    }
  };

  const move = (step: number) => {
    if (enabled.length === 0) return;
    const at = enabled.indexOf(focusIndex);
    const next = enabled[(at + step + enabled.length) % enabled.length];
    if (next !== undefined) setFocusIndex(next);
  };

  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        move(1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        move(-1);
        break;
      case 'Home':
        e.preventDefault();
        setFocusIndex(enabled[0] ?? 0);
        break;
      case 'End':
        e.preventDefault();
        setFocusIndex(enabled[enabled.length - 1] ?? 0);
        break;
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        close(true);
        break;
      case 'Tab':
        close(false);
        break;
    }
  };

  const choose = (entry: MenuEntry) => {
    if (entry.disabled) return;
    close(true);
    entry.onSelect();
  };

  return (
    <div className="overflow" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="button button-small overflow-button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKeyDown}
      >
        {buttonContent ?? <span aria-hidden="true">⋯</span>}
      </button>
      {open ? (
        <div
          id={`${id}-menu`}
          ref={menu}
          role="menu"
          aria-label={label}
          className="overflow-menu"
          onKeyDown={onMenuKeyDown}
        >
          {entries.map((entry, i) => {
            const common = {
              type: 'button' as const,
              tabIndex: i === focusIndex ? 0 : -1,
              'aria-disabled': entry.disabled || undefined,
              onClick: () => choose(entry),
            };
            return entry.kind === 'toggle' ? (
              <button
                key={entry.label}
                {...common}
                role="menuitemcheckbox"
                aria-checked={entry.checked}
                className="overflow-item"
              >
                <span className="overflow-check" aria-hidden="true">
                  {entry.checked ? '✓' : ''}
                </span>
                <span dir="auto">{entry.label}</span>
              </button>
            ) : (
              <button
                key={entry.label}
                {...common}
                role="menuitem"
                className={`overflow-item${entry.danger ? ' overflow-item-danger' : ''}`}
              >
                <span dir="auto">{entry.label}</span>
              </button>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
