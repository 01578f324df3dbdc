import { THEME_COLOURS, type ThemeDraft } from '@hiwar/protocol';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildMeeting, THEMES } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { ThemesEditor } from './themes-editor';

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing');
  return value;
}

describe('ThemesEditor', () => {
  it('shows preset names in the UI language and adds the themes in the meeting’s content language, translated', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const meeting = buildMeeting({ contentLanguage: 'ar' });
    renderWithApp(<ThemesEditor meeting={meeting} send={send} />, { language: 'fr' });
    expect(
      screen.getByRole('option', { name: 'Femmes, paix et sécurité (piliers de la résolution 1325)' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Appliquer le modèle' }));
    const sent = send.mock.calls[0]?.[0];
    expect(sent.type).toBe('theme:add');
    expect(sent.themes.map((th: ThemeDraft) => th.name)).toEqual([
      'المشاركة',
      'الحماية',
      'الوقاية',
      'الإغاثة والتعافي',
    ]);
    expect(sent.themes[0]).toEqual({
      name: 'المشاركة',
      description: '',
      colour: '#2a8170',
      translations: { en: 'Participation', fr: 'Participation', sv: 'Deltagande' },
    });
    expect(sent.themes[3].translations).toEqual({
      en: 'Relief and recovery',
      fr: 'Secours et relèvement',
      sv: 'Nödhjälp och återuppbyggnad',
    });
  });

  it('folds the translations away, and sends the ones filled in with a new theme', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(<ThemesEditor meeting={buildMeeting({ contentLanguage: 'en' })} send={send} />);
    const fold = screen.getByText('Names in other languages', { selector: 'summary' });
    // Folded: the fields are there for later but not shown, and the meeting's own language is not offered.
    expect(screen.getByLabelText('Arabic')).not.toBeVisible();
    expect(screen.queryByLabelText('English')).toBeNull();
    await user.click(fold);
    expect(screen.getByLabelText('Arabic')).toBeVisible();
    await user.click(screen.getByLabelText('Theme name'));
    await user.paste('Funding');
    await user.click(screen.getByLabelText('Arabic'));
    await user.paste('التمويل');
    await user.click(screen.getByLabelText('French'));
    await user.paste('  Financement ');
    await user.click(screen.getByLabelText('Swedish'));
    await user.paste('   ');
    expect(screen.getByText('(2 added)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add theme' }));
    expect(send).toHaveBeenCalledWith({
      type: 'theme:add',
      themes: [
        {
          name: 'Funding',
          description: '',
          colour: '#2a8170',
          translations: { ar: 'التمويل', fr: 'Financement' },
        },
      ],
    });
    // The form is empty again for the next theme.
    expect(screen.getByLabelText('Arabic')).toHaveValue('');
  });

  it('edits a theme’s translations: a field emptied removes that translation', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const [first, second] = THEMES;
    const themes = [{ ...must(first), translations: { ar: 'المشاركة', fr: 'Participation' } }, must(second)];
    renderWithApp(<ThemesEditor meeting={buildMeeting({ themes })} send={send} />);
    expect(screen.getByText('المشاركة')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit Participation' }));
    const form = screen.getByRole('group', { name: 'Edit Participation' });
    await user.click(within(form).getByText('Names in other languages', { selector: 'summary' }));
    expect(within(form).getByLabelText('Arabic')).toHaveValue('المشاركة');
    await user.clear(within(form).getByLabelText('French'));
    await user.type(within(form).getByLabelText('Swedish'), 'Deltagande');
    await user.click(within(form).getByRole('button', { name: 'Save theme' }));
    expect(send).toHaveBeenCalledWith({
      type: 'theme:update',
      themeId: must(first).id,
      changes: {
        name: 'Participation',
        description: must(first).description,
        colour: must(first).colour,
        translations: { ar: 'المشاركة', sv: 'Deltagande' },
      },
    });
  });

  it('offers named colour swatches as one radio group, chosen with the arrow keys, and a custom colour', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(<ThemesEditor meeting={buildMeeting()} send={send} reuseEarlier={false} />);
    const group = screen.getByRole('radiogroup', { name: 'Colour' });
    const names = ['Green', 'Blue', 'Purple', 'Orange', 'Red', 'Olive', 'Pink', 'Slate grey', 'Custom'];
    expect(within(group).getAllByRole('radio')).toHaveLength(THEME_COLOURS.length + 1);
    for (const name of names) expect(within(group).getByRole('radio', { name })).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: 'Green' })).toBeChecked();
    await user.type(screen.getByLabelText('Theme name'), 'Water');
    within(group).getByRole('radio', { name: 'Green' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(group).getByRole('radio', { name: 'Blue' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Blue' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Add theme' }));
    expect(send).toHaveBeenLastCalledWith({
      type: 'theme:add',
      themes: [{ name: 'Water', description: '', colour: '#3d72c4' }],
    });

    await user.type(screen.getByLabelText('Theme name'), 'Land');
    fireEvent.input(within(group).getByLabelText('Custom colour'), { target: { value: '#123456' } });
    expect(within(group).getByRole('radio', { name: 'Custom' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Add theme' }));
    expect(send).toHaveBeenLastCalledWith({
      type: 'theme:add',
      themes: [{ name: 'Land', description: '', colour: '#123456' }],
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
      themes: [{ name: 'Funding', description: '', colour: '#2a8170' }],
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
