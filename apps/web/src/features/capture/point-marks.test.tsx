import type { MeetingView } from '@hiwar/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildMeeting, buildPoint, liveView, THEMES } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { CaptureDesk } from './capture-desk';

const noLog = () => Promise.resolve([]);

function desk(points: ReturnType<typeof buildPoint>[]) {
  const base = liveView(60_000);
  const view: MeetingView = { ...base, meeting: buildMeeting({ ...base.meeting, themes: THEMES }), points };
  const send = vi.fn().mockResolvedValue({ ok: true });
  renderWithApp(<CaptureDesk view={view} send={send} loadModerationLog={noLog} />);
  const user = userEvent.setup();
  const item = (text: string) => screen.getByText(text).closest('li') as HTMLElement;
  /** The marks sit behind "Marks for the report" in the point's "More actions" menu. */
  const marks = async (text: string) => {
    await user.click(within(item(text)).getByRole('button', { name: 'More actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Marks for the report' }));
    return item(text);
  };
  return { send, item, marks, user };
}

describe('the report marks on a desk point', () => {
  it('marks a point identifying with one press, and says what that means', async () => {
    const { send, marks, user } = desk([
      buildPoint({ id: 'point-0001', text: 'The judge in the north was threatened' }),
    ]);
    const toggle = within(await marks('The judge in the north was threatened')).getByRole('button', {
      name: 'Identifying',
    });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).toHaveAccessibleDescription('An identifying point stays out of every public section of the report.');
    await user.click(toggle);
    expect(send).toHaveBeenCalledWith({ type: 'point:mark', pointId: 'point-0001', identifying: true });
  });

  it('unmarks an identifying point and shows the note while it is marked', async () => {
    const { send, item, marks, user } = desk([
      buildPoint({ id: 'point-0001', text: 'Named the mayor', identifying: true }),
    ]);
    // The row says it is identifying without opening anything.
    expect(within(item('Named the mayor')).getByText('Identifying')).toHaveClass('badge-identifying');
    const li = await marks('Named the mayor');
    expect(within(li).getByText('An identifying point stays out of every public section of the report.')).toHaveClass(
      'point-mark-note',
    );
    await user.click(within(li).getByRole('button', { name: 'Identifying', pressed: true }));
    expect(send).toHaveBeenCalledWith({ type: 'point:mark', pointId: 'point-0001', identifying: false });
  });

  it('shows the form the report reads, and sends the desk’s override or a return to automatic', async () => {
    const { send, marks, user } = desk([
      buildPoint({ id: 'point-0001', text: 'Fund security staff for three years' }),
      buildPoint({ id: 'point-0002', text: 'Who pays for the shelters?', form: 'clause' }),
    ]);
    const form = within(await marks('Fund security staff for three years')).getByLabelText('Reads as');
    expect(form).toHaveDisplayValue('Automatic');
    await user.click(form);
    // The classifier is loaded when the desk reaches for the choice, then names what it reads.
    expect(
      await within(form).findByRole('option', { name: 'Automatic: call to act (“called for …”)' }, { timeout: 4000 }),
    ).toBeInTheDocument();
    await user.selectOptions(form, 'question');
    expect(send).toHaveBeenCalledWith({ type: 'point:mark', pointId: 'point-0001', form: 'question' });

    const overridden = within(await marks('Who pays for the shelters?')).getByLabelText('Reads as');
    expect(overridden).toHaveDisplayValue('statement (“noted that …”)');
    await user.selectOptions(overridden, '');
    expect(send).toHaveBeenCalledWith({ type: 'point:mark', pointId: 'point-0002', form: null });
  });

  it('offers an addressee on recommendations only, and sends it', async () => {
    const { send, item, marks, user } = desk([
      buildPoint({ id: 'point-0001', text: 'Pool funds for small groups', recommendation: true }),
      buildPoint({ id: 'point-0002', text: 'Reporting rules put people at risk' }),
      buildPoint({ id: 'point-0003', text: 'Publish the bulletins', recommendation: true, addressee: 'governments' }),
    ]);
    expect(within(await marks('Reporting rules put people at risk')).queryByLabelText('Addressed to')).toBeNull();
    const to = within(await marks('Pool funds for small groups')).getByLabelText('Addressed to');
    expect(to).toHaveDisplayValue('No one in particular');
    await user.selectOptions(to, 'donors');
    expect(send).toHaveBeenCalledWith({ type: 'point:mark', pointId: 'point-0001', addressee: 'donors' });
    const set = within(await marks('Publish the bulletins')).getByLabelText('Addressed to');
    expect(set).toHaveDisplayValue('Governments');
    await user.selectOptions(set, '');
    expect(send).toHaveBeenCalledWith({ type: 'point:mark', pointId: 'point-0003', addressee: null });
  });
});
