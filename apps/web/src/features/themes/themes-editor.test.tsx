import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildMeeting, THEMES } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { ThemesEditor } from './themes-editor';

describe('ThemesEditor', () => {
  it('shows preset names in the UI language and adds the themes in the meeting’s content language', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const meeting = buildMeeting({ contentLanguage: 'ar' });
    renderWithApp(<ThemesEditor meeting={meeting} send={send} />, { language: 'fr' });
    expect(
      screen.getByRole('option', { name: 'Femmes, paix et sécurité (piliers de la résolution 1325)' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Appliquer le modèle' }));
    expect(send).toHaveBeenCalledWith({
      type: 'theme:add',
      themes: [
        { name: 'المشاركة', description: '', colour: '#1f6f5c' },
        { name: 'الحماية', description: '', colour: '#2f5da8' },
        { name: 'الوقاية', description: '', colour: '#8a4fb0' },
        { name: 'الإغاثة والتعافي', description: '', colour: '#b5651d' },
      ],
    });
  });

  it('adds a custom theme, moves one down and merges one into another after confirming', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderWithApp(<ThemesEditor meeting={buildMeeting({ themes: THEMES })} send={send} />);
    await user.type(screen.getByLabelText('Theme name'), 'Funding');
    await user.click(screen.getByRole('button', { name: 'Add theme' }));
    expect(send).toHaveBeenCalledWith({
      type: 'theme:add',
      themes: [{ name: 'Funding', description: '', colour: '#1f6f5c' }],
    });
    await user.click(screen.getByRole('button', { name: 'Move down Participation' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'theme:reorder', themeIds: ['theme-0002', 'theme-0001'] });
    await user.click(screen.getByRole('button', { name: 'Merge Participation' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'theme:merge', sourceId: 'theme-0001', targetId: 'theme-0002' });
  });

  it('reuses the themes of an earlier meeting', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const earlier = buildMeeting({ id: 'meeting-0009', title: 'Last year', themes: THEMES });
    renderWithApp(
      <ThemesEditor
        meeting={buildMeeting()}
        send={send}
        listMeetings={() => Promise.resolve([{ ...earlier, role: 'facilitator' }])}
        getMeeting={() => Promise.resolve({ meeting: earlier } as never)}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Reuse themes from an earlier meeting' }));
    await user.click(await screen.findByRole('button', { name: 'Copy its themes' }));
    expect(send).toHaveBeenCalledWith({
      type: 'theme:add',
      themes: THEMES.map(({ name, description, colour }) => ({ name, description, colour })),
    });
  });
});
