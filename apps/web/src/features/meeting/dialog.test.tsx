import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { Dialog } from './dialog';

// Words of the test's own page, not of the app: the Dialog shows whatever its owner gives it.
const WORDS = {
  open: 'Rename',
  title: 'Rename the item',
  description: 'The new name is shown at once.',
  field: 'New name',
};

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {WORDS.open}
      </button>
      <Dialog open={open} title={WORDS.title} description={WORDS.description} onClose={() => setOpen(false)}>
        <label>
          {WORDS.field} <input />
        </label>
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  it('opens with its title and description, focuses the first field, and renders nothing while closed', async () => {
    const user = userEvent.setup();
    renderWithApp(<Harness />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('New name')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename the item' });
    expect(dialog).toHaveAccessibleDescription('The new name is shown at once.');
    expect(screen.getByLabelText('New name')).toHaveFocus();
  });

  it('closes with Escape and gives the focus back to what opened it', async () => {
    const user = userEvent.setup();
    renderWithApp(<Harness />);
    const opener = screen.getByRole('button', { name: 'Rename' });
    await user.click(opener);
    await user.keyboard('typed{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('closes with its close button, named in the page language', async () => {
    const user = userEvent.setup();
    renderWithApp(<Harness />, { language: 'ar' });
    const opener = screen.getByRole('button', { name: 'Rename' });
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'إغلاق' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});
