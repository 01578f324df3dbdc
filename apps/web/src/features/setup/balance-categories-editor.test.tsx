import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SECTOR } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { BalanceCategoriesEditor } from './balance-categories-editor';

describe('BalanceCategoriesEditor', () => {
  it('fills the sector example in the UI language and saves it as meeting:set-categories', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn().mockResolvedValue(undefined);
    renderWithApp(<BalanceCategoriesEditor categories={[]} onSave={onSave} />, { language: 'fr' });
    await user.click(screen.getByRole('button', { name: 'Utiliser un exemple\u00A0: secteur' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer les catégories' }));
    expect(onSave).toHaveBeenCalledWith([
      {
        id: 'sector',
        name: 'Secteur',
        options: [
          { id: 'civil-society', label: 'Société civile' },
          { id: 'government', label: 'Gouvernement' },
          { id: 'donor', label: 'Bailleur de fonds' },
          { id: 'academia', label: 'Milieu universitaire' },
        ],
      },
    ]);
    expect(await screen.findByText('Catégories enregistrées.')).toBeInTheDocument();
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
