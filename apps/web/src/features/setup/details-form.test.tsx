import type { MeetingDetails } from '@hiwar/protocol';
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { DetailsForm } from './details-form';

const DETAILS: MeetingDetails = {
  title: 'Water and the city',
  hostOrganisation: 'Dialogue Institute',
  startsAt: '2027-05-12T10:00',
  timeZone: 'Asia/Amman',
  format: 'online',
  contentLanguage: 'en',
  videoCallUrl: null,
  description: '',
};

function autosaved(initial = DETAILS) {
  const onSave = vi.fn<(changes: Partial<MeetingDetails>) => Promise<void>>().mockResolvedValue();
  const onSaveOnLeave = vi.fn<(changes: Partial<MeetingDetails>) => Promise<unknown>>().mockResolvedValue({});
  const view = renderWithApp(
    <DetailsForm mode="autosave" initial={initial} onSave={onSave} onSaveOnLeave={onSaveOnLeave} />,
  );
  return { ...view, onSave, onSaveOnLeave };
}

describe('DetailsForm, autosaved in setup', { timeout: 30_000 }, () => {
  it('has no Save button: typing is saved a moment later, only what changed, with a quiet "saved" line', async () => {
    const user = userEvent.setup();
    const { onSave } = autosaved();
    expect(screen.queryByRole('button', { name: /save/i })).toBeNull();
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Water and the city, part two');
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    // Leaving the field saves at once.
    await user.tab();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith({ title: 'Water and the city, part two' });
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
  });

  it('saves a chosen value (format) straight away, and waits for a pause while typing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const { onSave } = autosaved();
      await user.selectOptions(screen.getByLabelText('Format'), 'hybrid');
      expect(onSave).toHaveBeenLastCalledWith({ format: 'hybrid' });
      await user.type(screen.getByLabelText(/Description/), 'Why we meet');
      const calls = onSave.mock.calls.length;
      await act(async () => {
        vi.advanceTimersByTime(1000);
      });
      expect(onSave).toHaveBeenCalledTimes(calls + 1);
      expect(onSave).toHaveBeenLastCalledWith({ description: 'Why we meet' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a bad value beside its field, does not send it, and still saves the good ones', async () => {
    const user = userEvent.setup();
    const { onSave } = autosaved();
    const link = screen.getByLabelText(/Video call link/);
    await user.type(link, 'javascript:alert(1)');
    await user.tab();
    expect(link).toHaveAttribute('aria-invalid', 'true');
    expect(link).toHaveAccessibleDescription('Enter a full link starting with https://');
    expect(screen.getByRole('status')).toHaveTextContent('Not saved yet: correct the marked field.');
    expect(onSave).not.toHaveBeenCalled();

    const host = screen.getByLabelText('Host organisation');
    await user.clear(host);
    await user.type(host, 'مركز الحوار');
    await user.tab();
    expect(onSave).toHaveBeenCalledWith({ hostOrganisation: 'مركز الحوار' });
    expect(onSave.mock.calls.flat().some((c) => 'videoCallUrl' in c)).toBe(false);

    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.tab();
    expect(title).toHaveAccessibleDescription('Fill in this field.');
  });

  it('shows a server refusal as an alert', async () => {
    const user = userEvent.setup();
    const { onSave } = autosaved();
    onSave.mockRejectedValueOnce(Object.assign(new Error('no'), { code: 'FORBIDDEN' }));
    await user.selectOptions(screen.getByLabelText('Format'), 'in-person');
    expect(await screen.findByRole('alert')).toHaveTextContent(/.+/);
  });

  it('loses no edit when the page is left before the pause is over', async () => {
    const user = userEvent.setup();
    const { onSave, onSaveOnLeave, unmount } = autosaved();
    const title = screen.getByLabelText('Title');
    await user.type(title, ' (draft)');
    unmount();
    expect(onSaveOnLeave).toHaveBeenCalledWith({ title: 'Water and the city (draft)' });
    expect(onSave).not.toHaveBeenCalled();
  });

  it('follows changes from elsewhere without wiping the field being edited', async () => {
    const user = userEvent.setup();
    const { rerender, onSave } = autosaved();
    const title = screen.getByLabelText('Title');
    await user.type(title, '!');
    // Another facilitator changes the host organisation and the format meanwhile.
    rerender(
      <DetailsForm
        mode="autosave"
        initial={{ ...DETAILS, hostOrganisation: 'Regional Dialogue Centre', format: 'hybrid' }}
        onSave={onSave}
      />,
    );
    expect(screen.getByLabelText('Host organisation')).toHaveValue('Regional Dialogue Centre');
    expect(screen.getByLabelText('Format')).toHaveValue('hybrid');
    expect(title).toHaveValue('Water and the city!');
  });
});

describe('DetailsForm, creating a meeting', { timeout: 30_000 }, () => {
  it('checks everything on one button and names the fields that need attention', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithApp(
      <DetailsForm
        mode="create"
        initial={{ ...DETAILS, title: '' }}
        submitLabel="Create meeting"
        onSubmit={onSubmit}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Create meeting' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Fill in this field.');
    expect(screen.getByLabelText('Title')).toHaveFocus();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'A title' } });
    await user.click(screen.getByRole('button', { name: 'Create meeting' }));
    expect(onSubmit).toHaveBeenCalledWith({ ...DETAILS, title: 'A title' });
  });
});
