import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchTimeZones, timeZoneOptions } from './time-zones';
import './time-zone-picker.css';

export interface TimeZonePickerProps {
  id: string;
  value: string;
  onChange: (timeZone: string) => void;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
}

/**
 * A searchable time-zone field (the ARIA combobox pattern): type part of a city, a region, a local name or an
 * offset, move with the arrow keys, pick with Enter or a press, leave with Escape. Each zone shows its UTC
 * offset now. Leaving the field without picking keeps the zone that was chosen before.
 */
export function TimeZonePicker({ id, value, onChange, disabled, invalid, describedBy }: TimeZonePickerProps) {
  const { t, i18n } = useTranslation();
  const listId = useId();
  const hintId = useId();
  const options = useMemo(() => timeZoneOptions(value, i18n.language), [value, i18n.language]);
  const selected = options.find((o) => o.id === value);
  const display = selected ? `${selected.label} (${selected.offset})` : value;
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLDivElement>(null);

  const matches = useMemo(() => searchTimeZones(options, query ?? ''), [options, query]);
  const activeOption = open ? matches[active] : undefined;

  // Keep the highlighted zone in view as the arrows move through a long list.
  useEffect(() => {
    if (!open || !activeOption) return;
    const element = list.current?.querySelector<HTMLElement>(`[data-zone="${CSS.escape(activeOption.id)}"]`);
    element?.scrollIntoView?.({ block: 'nearest' });
  }, [open, activeOption]);

  const openList = () => {
    setOpen(true);
    const index = matches.findIndex((o) => o.id === value);
    setActive(index >= 0 ? index : 0);
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const pick = (zone: string) => {
    close();
    if (zone !== value) onChange(zone);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!open) {
          openList();
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((i) => Math.min(Math.max(i + step, 0), matches.length - 1));
        return;
      }
      case 'PageDown':
      case 'PageUp':
        if (!open) return;
        event.preventDefault();
        setActive((i) =>
          Math.min(Math.max(i + (event.key === 'PageDown' ? 10 : -10), 0), Math.max(matches.length - 1, 0)),
        );
        return;
      case 'Enter':
        if (!open) return;
        event.preventDefault();
        if (activeOption) pick(activeOption.id);
        return;
      case 'Escape':
        if (!open && query === null) return;
        event.preventDefault();
        // Escape stops inside the field: it must not also close a dialog around it.
        event.stopPropagation();
        close();
        return;
      case 'Tab':
        // Tabbing away with a single match takes it, as typing a full name and moving on should.
        if (open && query && matches.length === 1 && matches[0]) pick(matches[0].id);
        else close();
        return;
    }
  };

  return (
    <div className="tz-picker">
      <input
        id={id}
        role="combobox"
        type="text"
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
        disabled={disabled}
        value={query ?? display}
        onFocus={(e) => e.target.select()}
        onClick={() => (open ? undefined : openList())}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <p className="hint tz-hint" id={hintId}>
        {t('setup.timeZoneHint')}
      </p>
      <div
        id={listId}
        ref={list}
        role="listbox"
        className="tz-list card"
        hidden={!open}
        aria-label={t('setup.timeZone')}
      >
        {/* Only an open list is rendered: four hundred hidden options would slow every keystroke in the form. */}
        {!open ? null : matches.length === 0 ? (
          <p className="tz-empty">{t('setup.timeZoneNoMatch', { query: query ?? '' })}</p>
        ) : (
          matches.map((o, index) => (
            // Options are reached through the field's aria-activedescendant, as the combobox pattern has it, so
            // they take no focus and no keys of their own.
            // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox field
            // biome-ignore lint/a11y/useKeyWithClickEvents: the field's own keys move and pick
            <div
              key={o.id}
              id={`${listId}-${o.id}`}
              data-zone={o.id}
              role="option"
              aria-selected={o.id === value}
              className={index === active ? 'tz-option tz-option-active' : 'tz-option'}
              // A press picks before the field's blur closes the list.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(o.id)}
            >
              <span className="tz-option-label" dir="ltr">
                {o.label}
              </span>
              <span className="tz-option-offset" dir="ltr">
                {o.offset}
              </span>
              {o.name ? <span className="tz-option-name">{o.name}</span> : null}
            </div>
          ))
        )}
      </div>
    </div>
  );
}
