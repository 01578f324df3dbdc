import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';

export interface ConsoleTab {
  id: string;
  label: string;
  /** A count beside the label, shown as a number and read out in words ("2 waiting for moderation"). */
  badge?: { text: string; label: string };
  content: ReactNode;
}

/**
 * Tabs on the WAI-ARIA pattern: one tab in the Tab order, arrows move between them (mirrored in right to
 * left), Home and End jump to the ends. Every panel stays mounted and is only hidden, so a half-written
 * form in one tab survives a look at another.
 */
export function ConsoleTabs({
  label,
  tabs,
  selected,
  onSelect,
}: {
  label: string;
  tabs: ConsoleTab[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const id = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const active = tabs.some((tab) => tab.id === selected) ? selected : (tabs[0]?.id ?? '');

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === active);
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next = -1;
    if (event.key === forward) next = (index + 1) % tabs.length;
    else if (event.key === back) next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    const tab = tabs[next];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    buttons.current.get(tab.id)?.focus();
  };

  return (
    <div className="console-tabs">
      <div className="console-tablist" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${id}-${tab.id}-tab`}
            aria-controls={`${id}-${tab.id}-panel`}
            aria-selected={tab.id === active}
            tabIndex={tab.id === active ? 0 : -1}
            className="console-tab"
            ref={(el) => {
              if (el) buttons.current.set(tab.id, el);
              else buttons.current.delete(tab.id);
            }}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
            {tab.badge ? (
              <>
                <span className="badge console-tab-badge" aria-hidden="true">
                  {tab.badge.text}
                </span>
                <span className="visually-hidden">, {tab.badge.label}</span>
              </>
            ) : null}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${id}-${tab.id}-panel`}
          aria-labelledby={`${id}-${tab.id}-tab`}
          className="console-tabpanel"
          hidden={tab.id !== active}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a tab panel that scrolls is one Tab stop, as the WAI-ARIA tabs pattern asks, so a panel without controls (the balance table) can be scrolled by keyboard.
          tabIndex={0}
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
