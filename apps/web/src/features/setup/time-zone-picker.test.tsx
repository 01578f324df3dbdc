import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { TimeZonePicker } from './time-zone-picker';
import { searchTimeZones, timeZoneOptions, utcOffset } from './time-zones';

const JANUARY = new Date(Date.UTC(2027, 0, 15, 12));

describe('time zones', () => {
  it('gives each zone its offset from UTC at a given moment', () => {
    expect(utcOffset('UTC', JANUARY)).toBe('UTC+00:00');
    expect(utcOffset('Asia/Kolkata', JANUARY)).toBe('UTC+05:30');
    expect(utcOffset('America/Sao_Paulo', JANUARY)).toBe('UTC-03:00');
    expect(utcOffset('Europe/Stockholm', JANUARY)).toBe('UTC+01:00');
    expect(utcOffset('Europe/Stockholm', new Date(Date.UTC(2027, 6, 1)))).toBe('UTC+02:00');
  });

  it('offers the runtime’s zones, and keeps a meeting’s zone that is not among them', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(timeZoneOptions('Europe/Stockholm', 'en', JANUARY).map((o) => o.id)).toEqual(zones);
    const odd = timeZoneOptions('Etc/GMT+12', 'en', JANUARY);
    expect(odd[0]?.id).toBe(zones.includes('Etc/GMT+12') ? zones[0] : 'Etc/GMT+12');
  });

  it('finds zones by city, by country in the UI language, and by offset', () => {
    const en = timeZoneOptions('UTC', 'en', JANUARY);
    expect(searchTimeZones(en, 'sao paulo').map((o) => o.id)).toEqual(['America/Sao_Paulo']);
    expect(searchTimeZones(en, 'amman')[0]?.id).toBe('Asia/Amman');
    expect(searchTimeZones(en, 'jordan').map((o) => o.id)).toContain('Asia/Amman');
    // The runtime's ICU may still call it by its old name.
    const kathmandu = /^Asia\/Kat(h)?mandu$/;
    expect(searchTimeZones(en, '+5:45').map((o) => o.id)).toContainEqual(expect.stringMatching(kathmandu));
    expect(searchTimeZones(en, 'utc+05:45').map((o) => o.id)).toContainEqual(expect.stringMatching(kathmandu));
    expect(searchTimeZones(en, 'no such place')).toEqual([]);
    const ar = timeZoneOptions('UTC', 'ar', JANUARY);
    expect(searchTimeZones(ar, 'الأردن').map((o) => o.id)).toContain('Asia/Amman');
  });
});

const LABEL = 'Time zone';
const NEXT = 'Next field';

function Picker({ onChange }: { onChange: (zone: string) => void }) {
  const [zone, setZone] = useState('Europe/Stockholm');
  return (
    <>
      <label htmlFor="tz">{LABEL}</label>
      <TimeZonePicker
        id="tz"
        value={zone}
        onChange={(z) => {
          setZone(z);
          onChange(z);
        }}
      />
      <button type="button">{NEXT}</button>
    </>
  );
}

// Typing into a list of four hundred zones is slow in jsdom, not in a browser.
describe('TimeZonePicker', { timeout: 30_000 }, () => {
  it('works with the keyboard alone: type to search, arrows to move, Enter to pick', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithApp(<Picker onChange={onChange} />);
    const field = screen.getByRole('combobox', { name: 'Time zone' });
    expect(field).toHaveValue(`Europe/Stockholm (${utcOffset('Europe/Stockholm')})`);
    expect(field).toHaveAttribute('aria-expanded', 'false');

    await user.click(field);
    await user.keyboard('{Control>}a{/Control}');
    await user.keyboard('toronto');
    expect(field).toHaveAttribute('aria-expanded', 'true');
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveTextContent('America/Toronto');
    expect(options[0]).toHaveTextContent(/UTC-0[45]:00/);
    expect(field).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('America/Toronto');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(field).toHaveValue(`America/Toronto (${utcOffset('America/Toronto')})`);

    await user.clear(field);
    await user.keyboard('europe/');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = screen.getAllByRole('option')[2];
    expect(field).toHaveAttribute('aria-activedescendant', active?.id);
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(active?.getAttribute('data-zone'));
  });

  it('Escape and leaving the field keep the zone chosen before', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithApp(<Picker onChange={onChange} />);
    const field = screen.getByRole('combobox', { name: 'Time zone' });
    await user.click(field);
    await user.keyboard('{Control>}a{/Control}zzz');
    expect(screen.getByText('No time zone matches “zzz”.')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(field).toHaveValue(`Europe/Stockholm (${utcOffset('Europe/Stockholm')})`);
    await user.click(field);
    await user.keyboard('{Control>}a{/Control}lisbon');
    await user.click(screen.getByRole('button', { name: 'Next field' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(field).toHaveValue(`Europe/Stockholm (${utcOffset('Europe/Stockholm')})`);
  });

  it('takes the one match when tabbing away, and a press on an option picks it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithApp(<Picker onChange={onChange} />);
    const field = screen.getByRole('combobox', { name: 'Time zone' });
    await user.click(field);
    await user.keyboard('{Control>}a{/Control}reykjavik');
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith('Atlantic/Reykjavik');
    await user.click(field);
    await user.keyboard('{Control>}a{/Control}amman');
    await user.click(screen.getByRole('option', { name: /Asia\/Amman/ }));
    expect(onChange).toHaveBeenLastCalledWith('Asia/Amman');
  });
});
