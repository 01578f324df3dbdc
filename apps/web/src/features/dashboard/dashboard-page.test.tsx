import type { MeetingSummary } from '@hiwar/protocol';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { api } from '../../lib/api';
import { buildMeeting } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { DashboardPage } from './dashboard-page';
import { groupMeetings, primaryAction } from './meeting-groups';

const DAY = 24 * 3600_000;
const T0 = Date.UTC(2026, 10, 20, 9, 0);

function summary(overrides: Partial<MeetingSummary>): MeetingSummary {
  return {
    id: 'm',
    title: 'A meeting',
    hostOrganisation: 'Dialogue Institute',
    startsAt: '2026-12-01T10:00',
    timeZone: 'UTC',
    format: 'online',
    status: 'draft',
    startedAt: null,
    endedAt: null,
    joinCode: 'ABCD2345',
    role: 'facilitator',
    ...overrides,
  };
}

const MEETINGS: MeetingSummary[] = [
  // Listed newest-scheduled first, as the server does, to show that grouping sorts for itself.
  summary({ id: 'later', title: 'Later draft', startsAt: '2027-02-01T10:00' }),
  // 09:00 in Stockholm is 08:00 UTC: before the 08:30 UTC draft on the same day, though its clock time is later.
  summary({ id: 'soon-zone', title: 'Soon in Stockholm', startsAt: '2027-01-10T09:00', timeZone: 'Europe/Stockholm' }),
  summary({ id: 'soon-utc', title: 'Soon in UTC', startsAt: '2027-01-10T08:30' }),
  summary({ id: 'live', title: 'Running now', status: 'live', startedAt: T0 }),
  summary({
    id: 'old',
    title: 'Older past',
    status: 'ended',
    startedAt: T0 - 30 * DAY,
    endedAt: T0 - 30 * DAY + 3_600_000,
  }),
  summary({
    id: 'recent',
    title: 'Recent past',
    status: 'ended',
    startedAt: T0 - 2 * DAY,
    endedAt: T0 - 2 * DAY + 7_200_000,
  }),
  summary({
    id: 'guest',
    title: 'Where I am rapporteur',
    status: 'ended',
    role: 'rapporteur',
    startedAt: T0 - 5 * DAY,
    endedAt: T0 - 5 * DAY,
  }),
];

describe('groupMeetings', () => {
  it('puts live meetings, upcoming drafts soonest first by real instant, and past meetings newest first', () => {
    const groups = groupMeetings(MEETINGS);
    expect(groups.live.map((m) => m.id)).toEqual(['live']);
    expect(groups.upcoming.map((m) => m.id)).toEqual(['soon-zone', 'soon-utc', 'later']);
    expect(groups.past.map((m) => m.id)).toEqual(['recent', 'guest', 'old']);
  });

  it('offers the next step first: console when live, setup when upcoming, report when past', () => {
    expect(primaryAction(summary({ status: 'live' }))).toBe('console');
    expect(primaryAction(summary({ status: 'draft' }))).toBe('setup');
    expect(primaryAction(summary({ status: 'ended' }))).toBe('report');
    expect(primaryAction(summary({ status: 'ended', role: 'rapporteur' }))).toBe('report');
    expect(primaryAction(summary({ status: 'live', role: 'participant' }))).toBe('open');
  });
});

const COPY_SETUP = 'Setup page of the copy';

function renderDashboard(language: 'en' | 'ar' = 'en') {
  return renderWithApp(
    <Routes>
      <Route path="/" element={<DashboardPage />} />
      <Route path="/meetings/:id/setup" element={<p>{COPY_SETUP}</p>} />
    </Routes>,
    { language },
  );
}

describe('DashboardPage', () => {
  it('shows three groups with the primary action of each row one press away, and the date a past meeting was held', async () => {
    vi.spyOn(api, 'listMeetings').mockResolvedValue(MEETINGS);
    renderDashboard();
    const live = await screen.findByRole('region', { name: /Live now/ });
    expect(within(live).getByRole('link', { name: 'Open console: Running now' })).toHaveAttribute(
      'href',
      '/meetings/live/live',
    );
    const upcoming = screen.getByRole('region', { name: /Upcoming/ });
    expect(
      within(upcoming)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Soon in Stockholm', 'Soon in UTC', 'Later draft']);
    expect(within(upcoming).getByRole('link', { name: 'Set up: Later draft' })).toHaveAttribute(
      'href',
      '/meetings/later/setup',
    );
    const past = screen.getByRole('region', { name: /Past meetings/ });
    const rowOf = (title: string) => within(past).getByRole('heading', { name: title }).closest('li') as HTMLElement;
    const recent = rowOf('Recent past');
    expect(within(recent).getByRole('link', { name: 'Report: Recent past' })).toHaveAttribute(
      'href',
      '/meetings/recent/report',
    );
    expect(recent).toHaveTextContent('Held on November 18, 2026');
    // Someone else's meeting: no copy or delete offered, and their role shown.
    const guestRow = rowOf('Where I am rapporteur');
    expect(within(guestRow).queryByText(/More actions/)).toBeNull();
    expect(guestRow).toHaveTextContent('Rapporteur');
  });

  it('duplicates a meeting with an edited title and opens the copy’s setup', async () => {
    const user = userEvent.setup();
    vi.spyOn(api, 'listMeetings').mockResolvedValue(MEETINGS);
    const duplicate = vi
      .spyOn(api, 'duplicateMeeting')
      .mockResolvedValue(buildMeeting({ id: 'copy-1', title: 'Recent past, round two' }));
    renderDashboard();
    const past = await screen.findByRole('region', { name: /Past meetings/ });
    const row = within(past).getByRole('heading', { name: 'Recent past' }).closest('li') as HTMLElement;
    await user.click(within(row).getByText('More actions for “Recent past”'));
    await user.click(within(row).getByRole('button', { name: 'Use as template' }));

    const dialog = screen.getByRole('dialog', { name: 'Use as template' });
    expect(dialog).toHaveAccessibleDescription(/people, points, votes and report stay with the original/);
    const title = within(dialog).getByLabelText('Title');
    expect(title).toHaveValue('Recent past (copy)');
    expect(title).toHaveFocus();
    await user.clear(title);
    await user.click(within(dialog).getByRole('button', { name: 'Create the new meeting' }));
    // An empty title is refused beside the field, and nothing is sent.
    expect(within(dialog).getByText('Fill in this field.')).toBeInTheDocument();
    expect(title).toHaveAccessibleDescription('Fill in this field.');
    expect(duplicate).not.toHaveBeenCalled();

    await user.type(title, 'Recent past, round two');
    const date = within(dialog).getByLabelText('Date and start time');
    await user.clear(date);
    await user.type(date, '2027-03-04T11:00');
    await user.click(within(dialog).getByRole('button', { name: 'Create the new meeting' }));
    expect(duplicate).toHaveBeenCalledWith('recent', { title: 'Recent past, round two', startsAt: '2027-03-04T11:00' });
    expect(await screen.findByText('Setup page of the copy')).toBeInTheDocument();
  });

  it('deletes a meeting only after a confirmation that names it, and cancelling keeps it', async () => {
    const user = userEvent.setup();
    vi.spyOn(api, 'listMeetings').mockResolvedValue(MEETINGS);
    const remove = vi.spyOn(api, 'deleteMeeting').mockResolvedValue();
    renderDashboard();
    const upcoming = await screen.findByRole('region', { name: /Upcoming/ });
    const row = () => within(upcoming).getByRole('heading', { name: 'Later draft' }).closest('li') as HTMLElement;

    await user.click(within(row()).getByText('More actions for “Later draft”'));
    await user.click(within(row()).getByRole('button', { name: 'Delete' }));
    let dialog = screen.getByRole('dialog', { name: 'Delete this meeting now?' });
    expect(dialog).toHaveTextContent('“Later draft” and everything in it');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(remove).not.toHaveBeenCalled();
    expect(within(upcoming).getByRole('heading', { name: 'Later draft' })).toBeInTheDocument();

    await user.click(within(row()).getByText('More actions for “Later draft”'));
    await user.click(within(row()).getByRole('button', { name: 'Delete' }));
    dialog = screen.getByRole('dialog', { name: 'Delete this meeting now?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete the meeting' }));
    expect(remove).toHaveBeenCalledWith('later');
    await waitFor(() => expect(within(upcoming).queryByRole('heading', { name: 'Later draft' })).toBeNull());
    expect(screen.getByRole('status')).toHaveTextContent('“Later draft” has been deleted.');
  });

  it('says why a delete failed and keeps the meeting listed', async () => {
    const user = userEvent.setup();
    vi.spyOn(api, 'listMeetings').mockResolvedValue(MEETINGS);
    vi.spyOn(api, 'deleteMeeting').mockRejectedValue(Object.assign(new Error('no'), { code: 'MEETING_OWNER_ONLY' }));
    renderDashboard('ar');
    const upcoming = await screen.findByRole('region', { name: /الاجتماعات القادمة/ });
    const row = within(upcoming).getByRole('heading', { name: 'Later draft' }).closest('li') as HTMLElement;
    await user.click(within(row).getByText(/مزيد من الإجراءات/));
    await user.click(within(row).getByRole('button', { name: 'حذف' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'حذف الاجتماع' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/.+/);
    expect(within(upcoming).getByRole('heading', { name: 'Later draft' })).toBeInTheDocument();
  });
});
