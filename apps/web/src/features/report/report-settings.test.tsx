import type { HiwarHttp } from '@hiwar/client';
import type { ReportSettings as Settings } from '@hiwar/protocol';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { ReportSettings, termsFrom } from './report-settings';

function open(settings: Partial<Settings> = {}) {
  const http = {
    getMeeting: vi.fn().mockResolvedValue({
      meeting: { reportSettings: { themeOrder: 'agenda', digits: 'latin', sensitiveTerms: ['Hama'], ...settings } },
    }),
    command: vi.fn().mockResolvedValue({ ok: true, seq: 2, duplicate: false, serverNow: 0 }),
  };
  renderWithApp(<ReportSettings http={http as unknown as HiwarHttp} meetingId="meeting-1" />);
  return { http, user: userEvent.setup() };
}

const sent = (http: ReturnType<typeof open>['http']) =>
  http.command.mock.calls.map(([meetingId, body]) => [meetingId, body]);

describe('ReportSettings', () => {
  it('reads one term per line, trimmed, without empty lines', () => {
    expect(termsFrom(' Wadi  Araba \r\n\nProject Falcon, north\n  ')).toEqual(['Wadi Araba', 'Project Falcon, north']);
  });

  it('shows the settings in its summary and sends the theme order and the digits', async () => {
    const { http, user } = open();
    const summary = await screen.findByText(/The facilitator’s order · Western digits \(2024\) · 1 sensitive term/);
    await user.click(summary);
    await user.click(screen.getByRole('radio', { name: 'By weight (most support first)' }));
    await user.click(await screen.findByRole('radio', { name: 'Arabic-Indic digits (٢٠٢٤)' }));
    expect(sent(http)).toEqual([
      ['meeting-1', { type: 'meeting:set-report-settings', settings: { themeOrder: 'weight' } }],
      ['meeting-1', { type: 'meeting:set-report-settings', settings: { digits: 'arabic-indic' } }],
    ]);
    expect(screen.getByRole('radio', { name: 'Arabic-Indic digits (٢٠٢٤)' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(/Saved/);
  });

  it('adds pasted terms one per line, once each, and removes a term with its chip', async () => {
    const { http, user } = open();
    await user.click(await screen.findByText('Report settings'));
    const box = screen.getByLabelText('Add terms');
    await user.click(box);
    await user.paste('Wadi Araba\nProject Falcon\n wadi araba \nhama');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(sent(http)).toEqual([
      [
        'meeting-1',
        { type: 'meeting:set-report-settings', settings: { sensitiveTerms: ['Hama', 'Wadi Araba', 'Project Falcon'] } },
      ],
    ]);
    expect(box).toHaveValue('');
    const chips = await screen.findByRole('list');
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Hama×', 'Wadi Araba×', 'Project Falcon×']);
    await user.click(screen.getByRole('button', { name: 'Remove “Hama”' }));
    expect(http.command).toHaveBeenLastCalledWith('meeting-1', {
      type: 'meeting:set-report-settings',
      settings: { sensitiveTerms: ['Wadi Araba', 'Project Falcon'] },
    });
  });

  it('adds with Enter and keeps the typed terms when the server refuses', async () => {
    const { http, user } = open({ sensitiveTerms: [] });
    http.command.mockRejectedValueOnce(Object.assign(new Error('no'), { code: 'FORBIDDEN' }));
    await user.click(await screen.findByText('Report settings'));
    expect(screen.getByText('No sensitive terms yet.')).toBeInTheDocument();
    const box = screen.getByLabelText('Add terms');
    await user.type(box, 'Zarqa{Enter}');
    expect(http.command).toHaveBeenCalledWith('meeting-1', {
      type: 'meeting:set-report-settings',
      settings: { sensitiveTerms: ['Zarqa'] },
    });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(box).toHaveValue('Zarqa');
  });
});
