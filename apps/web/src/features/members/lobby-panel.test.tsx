import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildMember } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { WaitingScreen } from '../participant/waiting-screen';
import { LobbyPanel } from './lobby-panel';

const members = [
  buildMember({ id: 'member-in-0001', displayName: 'Already in' }),
  buildMember({ id: 'member-wait-01', displayName: 'Samira', organisation: 'Coast Network', waiting: true }),
  buildMember({ id: 'member-wait-02', displayName: 'Omar', waiting: true }),
];

describe('LobbyPanel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists only the people waiting, and admits one, all, or refuses with a confirmation', async () => {
    const send = vi.fn().mockResolvedValue({ ok: true });
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderWithApp(
      <LobbyPanel lobby={{ locked: false, waitingRoom: true }} members={members} ended={false} send={send} />,
    );
    const waiting = screen.getByRole('region', { name: 'Waiting (2)' });
    expect(within(waiting).queryByText('Already in')).not.toBeInTheDocument();
    expect(within(waiting).getByText('Coast Network')).toBeInTheDocument();
    await userEvent.click(within(waiting).getByRole('button', { name: 'Admit: Samira' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'member:admit', memberIds: ['member-wait-01'] });
    await userEvent.click(within(waiting).getByRole('button', { name: 'Admit all' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'member:admit' });
    await userEvent.click(within(waiting).getByRole('button', { name: 'Refuse: Omar' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'member:remove', memberId: 'member-wait-02' });
  });

  it('locks, turns the waiting room off and rotates the code after a confirmation', async () => {
    const send = vi.fn().mockResolvedValue({ ok: true });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderWithApp(<LobbyPanel lobby={{ locked: false, waitingRoom: true }} members={[]} ended={false} send={send} />);
    expect(screen.getByText('Nobody is waiting.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Lock the meeting' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'meeting:set-lobby', locked: true });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Waiting room' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'meeting:set-lobby', waitingRoom: false });
    await userEvent.click(screen.getByRole('button', { name: 'New join code' }));
    expect(confirm).toHaveBeenCalled();
    expect(send).toHaveBeenLastCalledWith({ type: 'meeting:rotate-code' });
  });

  it('shows a refusal from the server, translated', async () => {
    const send = vi.fn().mockRejectedValue({ code: 'MEMBER_NOT_WAITING' });
    renderWithApp(
      <LobbyPanel lobby={{ locked: false, waitingRoom: true }} members={members} ended={false} send={send} />,
      { language: 'ar' },
    );
    await userEvent.click(screen.getByRole('button', { name: 'السماح للجميع بالدخول' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('لم يعد هذا الشخص في غرفة الانتظار.');
  });
});

describe('WaitingScreen', () => {
  it('says that the person waits, under their name, and nothing else', () => {
    renderWithApp(<WaitingScreen waiting={{ memberId: 'member-wait-01', displayName: 'Samira' }} status="online" />, {
      language: 'fr',
    });
    expect(screen.getByRole('heading', { name: 'Vous êtes en salle d’attente' })).toBeInTheDocument();
    expect(screen.getByText(/Samira/)).toBeInTheDocument();
  });
});
