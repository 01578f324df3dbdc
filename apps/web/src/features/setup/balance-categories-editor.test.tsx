import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SECTOR } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { BalanceCategoriesEditor } from './balance-categories-editor';

describe('BalanceCategoriesEditor', () => {
  it('fills the sector example in the UI language, translated into the others, and saves it', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn().mockResolvedValue(undefined);
    renderWithApp(<BalanceCategoriesEditor categories={[]} onSave={onSave} />, { language: 'fr' });
    await user.click(screen.getByRole('button', { name: 'Utiliser un exemple\u00A0: secteur' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer les catégories' }));
    const [saved] = onSave.mock.calls[0]?.[0] ?? [];
    expect(saved).toMatchObject({
      id: 'sector',
      name: 'Secteur',
      translations: { en: 'Sector', ar: 'القطاع', sv: 'Sektor' },
    });
    expect(saved.options.map((o: { id: string; label: string }) => [o.id, o.label])).toEqual([
      ['civil-society', 'Société civile'],
      ['government', 'Gouvernement'],
      ['donor', 'Bailleur de fonds'],
      ['academia', 'Milieu universitaire'],
    ]);
    expect(saved.options[2].translations).toEqual({ en: 'Donor', ar: 'الجهات المانحة', sv: 'Givare' });
    expect(await screen.findByText('Catégories enregistrées.')).toBeInTheDocument();
  });

  it('writes the example in the meeting’s language when it is known', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn().mockResolvedValue(undefined);
    renderWithApp(<BalanceCategoriesEditor categories={[]} onSave={onSave} contentLanguage="ar" />);
    await user.click(screen.getByRole('button', { name: 'Use example: sector' }));
    await user.click(screen.getByRole('button', { name: 'Save categories' }));
    const [saved] = onSave.mock.calls[0]?.[0] ?? [];
    expect(saved.name).toBe('القطاع');
    expect(Object.keys(saved.translations).sort()).toEqual(['en', 'fr', 'sv']);
  });

  it('folds translations away, labels each option by its name, and saves only the ones filled in', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn().mockResolvedValue(undefined);
    renderWithApp(<BalanceCategoriesEditor categories={[SECTOR]} onSave={onSave} contentLanguage="en" />);
    const sector = screen.getByRole('group', { name: 'Sector' });
    const fold = within(sector).getByText('Names in other languages', { selector: 'summary' });
    const arabic = within(sector).getByRole('group', { name: 'Arabic' });
    expect(within(arabic).getByLabelText('Category name')).not.toBeVisible();
    expect(within(sector).queryByRole('group', { name: 'English' })).toBeNull();
    await user.click(fold);
    await user.type(within(arabic).getByLabelText('Category name'), ' القطاع ');
    await user.type(within(arabic).getByLabelText('Donor'), 'الجهات المانحة');
    await user.type(within(within(sector).getByRole('group', { name: 'French' })).getByLabelText('Donor'), '  ');
    await user.click(screen.getByRole('button', { name: 'Save categories' }));
    const [saved] = onSave.mock.calls[0]?.[0] ?? [];
    expect(saved.translations).toEqual({ ar: 'القطاع' });
    const donor = saved.options.find((o: { id: string }) => o.id === 'donor');
    expect(donor).toEqual({ id: 'donor', label: 'Donor', translations: { ar: 'الجهات المانحة' } });
    // Options without a translation are saved as before, with no empty map.
    expect(saved.options.find((o: { id: string }) => o.id === 'government')).not.toHaveProperty('translations');
  });

  it('renames, adds and removes options and categories, and refuses blank names', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn().mockResolvedValue(undefined);
    renderWithApp(<BalanceCategoriesEditor categories={[SECTOR]} onSave={onSave} />);
    const sector = screen.getByRole('group', { name: 'Sector' });
    await user.click(within(sector).getByRole('button', { name: 'Remove option Donor' }));
    await user.clear(within(sector).getByLabelText('Option 1'));
    await user.type(within(sector).getByLabelText('Option 1'), 'NGO');
    await user.click(within(sector).getByRole('button', { name: 'Add option' }));
    await user.click(screen.getByRole('button', { name: 'Save categories' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Give every category and every option a name.');

    await user.type(within(sector).getByLabelText('Option 4'), 'Media');
    await user.click(screen.getByRole('button', { name: 'Add category' }));
    const second = screen.getByRole('group', { name: 'Category 2' });
    await user.click(within(second).getByRole('button', { name: /Remove category/ }));
    await user.click(screen.getByRole('button', { name: 'Save categories' }));
    const saved = onSave.mock.calls[0]?.[0];
    expect(saved).toHaveLength(1);
    expect(saved[0].options.map((o: { label: string }) => o.label)).toEqual(['NGO', 'Government', 'Academia', 'Media']);
    expect(saved[0].options[0].id).toBe('civil-society');
  });
});
