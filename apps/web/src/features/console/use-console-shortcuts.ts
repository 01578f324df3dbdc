import { useEffect, useRef } from 'react';

/** What the console's single-key shortcuts do; each is optional while it has nothing to act on. */
export interface ConsoleShortcutActions {
  nextItem: () => void;
  giveFloor: () => void;
  endTurn: () => void;
  help: () => void;
}

/**
 * The console's keys, named by physical key (KeyboardEvent.code) so that they are the same keys on an
 * Arabic, French or Swedish layout: N is the key that types "ى" on an Arabic keyboard, and so on.
 */
export const SHORTCUT_KEYS = {
  nextItem: { code: 'KeyN', label: 'N' },
  giveFloor: { code: 'KeyF', label: 'F' },
  endTurn: { code: 'KeyE', label: 'E' },
  help: { code: 'Slash', label: '?' },
} as const;

/** Whether the key press belongs to someone typing, or to a control that uses the keys itself. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable="true"], [role="textbox"]') !== null;
}

/** Which shortcut a key press is, or null: plain keys only, never while typing or while a dialog is open. */
export function shortcutFor(event: KeyboardEvent): keyof ConsoleShortcutActions | null {
  if (event.defaultPrevented || event.repeat || event.isComposing) return null;
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTyping(event.target)) return null;
  // A modal dialog has the keyboard; the console's keys would act behind it.
  if (document.querySelector('dialog[open]')) return null;
  // "?" is Shift and the slash key on most layouts; Arabic keyboards type "؟" there.
  if (event.code === SHORTCUT_KEYS.help.code || event.key === '?' || event.key === '؟') {
    return event.shiftKey || event.key === '?' || event.key === '؟' ? 'help' : null;
  }
  if (event.shiftKey) return null;
  if (event.code === SHORTCUT_KEYS.nextItem.code) return 'nextItem';
  if (event.code === SHORTCUT_KEYS.giveFloor.code) return 'giveFloor';
  if (event.code === SHORTCUT_KEYS.endTurn.code) return 'endTurn';
  return null;
}

/** Listens on the whole document while the console is shown and runs the matching action. */
export function useConsoleShortcuts(actions: ConsoleShortcutActions, enabled = true) {
  // The latest actions, without re-adding the listener on every render (they close over the current view).
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const which = shortcutFor(event);
      if (!which) return;
      event.preventDefault();
      latest.current[which]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
