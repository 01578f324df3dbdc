import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SECTOR } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { JoinForm } from './join-form';

describe('JoinForm', () => {
  it('refuses an empty or blank display name', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithApp(<JoinForm onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('Your name in the meeting'), '   ');
    await user.click(screen.getByRole('button', { name: 'Join the meeting' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Your name in the meeting')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Fill in this field.')).toBeInTheDocument();
  });

  it('refuses a name longer than 80 characters', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    renderWithApp(<JoinForm onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('Your name in the meeting'), 'x'.repeat(81));
    await user.click(screen.getByRole('button', { name: 'Join the meeting' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Use at most 80 characters.')).toBeInTheDocument();
  });

  it('says pseudonyms are welcome and sends a trimmed name with an optional organisation', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithApp(<JoinForm onSubmit={onSubmit} />);
    expect(screen.getByText(/pseudonym/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Your name in the meeting'), '  Nour  ');
    await user.click(screen.getByRole('button', { name: 'Join the meeting' }));
    expect(onSubmit).toHaveBeenCalledWith({
      displayName: 'Nour',
      organisation: null,
      categories: {},
      listedInReport: false,
    });
    expect(screen.queryByRole('group', { name: /speaking balance/i })).not.toBeInTheDocument();
  });

  it('asks the balance categories as optional questions and sends only the answered ones', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const region = { id: 'region', name: 'Region', options: [{ id: 'mena', label: 'Middle East and North Africa' }] };
    renderWithApp(<JoinForm onSubmit={onSubmit} categories={[SECTOR, region]} />);
    expect(screen.getByText(/only used for anonymous totals/)).toBeInTheDocument();
    const sector = screen.getByRole('combobox', { name: /Sector/ });
    expect(sector).toHaveValue('');
    expect(within(sector).getByRole('option', { name: 'Prefer not to say' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Your name in the meeting'), 'Nour');
    await user.selectOptions(sector, 'Government');
    await user.click(screen.getByRole('button', { name: 'Join the meeting' }));
    expect(onSubmit).toHaveBeenCalledWith({
      displayName: 'Nour',
      organisation: null,
      categories: { sector: 'government' },
      listedInReport: false,
    });
  });

  it('lists the person in the report only when they tick the box', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithApp(<JoinForm onSubmit={onSubmit} />);
    const listed = screen.getByLabelText("List my name in the report's internal participant list");
    expect(listed).not.toBeChecked();
    await user.type(screen.getByLabelText('Your name in the meeting'), 'Nour');
    await user.click(listed);
    await user.click(screen.getByRole('button', { name: 'Join the meeting' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ listedInReport: true }));
  });

  it('asks an Arabic newcomer the balance question in Arabic when the facilitator translated it', () => {
    const translated = {
      ...SECTOR,
      translations: { ar: 'القطاع' },
      options: SECTOR.options.map((o) => (o.id === 'donor' ? { ...o, translations: { ar: 'الجهات المانحة' } } : o)),
    };
    renderWithApp(<JoinForm onSubmit={vi.fn()} categories={[translated]} />, { language: 'ar' });
    const question = screen.getByRole('combobox', { name: /القطاع/ });
    expect(within(question).getByRole('option', { name: 'الجهات المانحة' })).toBeInTheDocument();
    // An option without an Arabic name keeps the name it was given.
    expect(within(question).getByRole('option', { name: 'Government' })).toBeInTheDocument();
  });
});
