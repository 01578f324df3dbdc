import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AGENDA } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { AgendaEditor } from './agenda-editor';

describe('AgendaEditor', () => {
  it('adds an item with a presenter, their talk title and pronoun, as an agenda:add-item command', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(<AgendaEditor items={[]} send={send} />);

    await user.type(screen.getByLabelText('Item title'), 'Keynote');
    await user.selectOptions(screen.getByLabelText('Kind'), 'presentation');
    const minutes = screen.getByLabelText('Planned minutes');
    await user.clear(minutes);
    await user.type(minutes, '20');
    await user.selectOptions(screen.getByLabelText('Confidentiality'), 'on-record');
    await user.click(screen.getByRole('button', { name: 'Add presenter' }));
    // Pasted rather than typed: this test fills many fields, and each typed letter renders the form again.
    await user.click(screen.getByLabelText('Name'));
    await user.paste('Dr Amal Haddad');
    await user.click(screen.getByLabelText(/Organisation/));
    await user.paste('Peace Lab');
    await user.click(screen.getByLabelText(/Title of the talk/));
    await user.paste('Mediation in drought years');
    const pronoun = screen.getByLabelText(/Pronoun in the report/);
    // Not set by default: the report then repeats the family name.
    expect(pronoun).toHaveDisplayValue('Not set');
    expect(pronoun).toHaveAccessibleDescription('If not set, the report repeats the family name.');
    await user.selectOptions(pronoun, 'she');
    await user.click(screen.getByRole('button', { name: 'Add agenda item' }));

    expect(send).toHaveBeenCalledWith({
      type: 'agenda:add-item',
      item: {
        title: 'Keynote',
        kind: 'presentation',
        plannedMinutes: 20,
        confidentiality: 'on-record',
        presenters: [
          {
            name: 'Dr Amal Haddad',
            title: '',
            organisation: 'Peace Lab',
            pronoun: 'she',
            talkTitle: 'Mediation in drought years',
          },
        ],
        speakingLimitSeconds: null,
      },
    });
    // The form is cleared for the next item.
    expect(screen.getByLabelText('Item title')).toHaveValue('');
    // Many fields: slow on a loaded machine, not stuck.
  }, 15_000);

  it('edits an existing item, giving it a speaking limit of its own', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(<AgendaEditor items={AGENDA} send={send} />);
    await user.click(screen.getByRole('button', { name: 'Edit: Open discussion' }));
    const limit = screen.getAllByLabelText(/Speaking limit for this item/)[0] as HTMLElement;
    expect(limit).toHaveValue(null);
    await user.type(limit, '90');
    await user.click(screen.getByRole('button', { name: 'Save item' }));
    expect(send).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'agenda:update-item',
        itemId: 'item-0003',
        changes: expect.objectContaining({ title: 'Open discussion', speakingLimitSeconds: 90 }),
      }),
    );
  });

  it('does not send an item without a title', async () => {
    const user = userEvent.setup();
    const send = vi.fn();
    renderWithApp(<AgendaEditor items={[]} send={send} />);
    await user.click(screen.getByRole('button', { name: 'Add agenda item' }));
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Item title')).toHaveAttribute('aria-invalid', 'true');
  });

  it('reorders with keyboard-reachable move buttons, disabled at the edges', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(<AgendaEditor items={AGENDA} send={send} />);

    expect(screen.getByRole('button', { name: 'Move “Opening remarks” up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move “Open discussion” down' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Move “Open discussion” up' }));
    expect(send).toHaveBeenLastCalledWith({
      type: 'agenda:reorder',
      itemIds: ['item-0001', 'item-0003', 'item-0002'],
    });

    screen.getByRole('button', { name: 'Move “Opening remarks” down' }).focus();
    await user.keyboard('{Enter}');
    expect(send).toHaveBeenLastCalledWith({
      type: 'agenda:reorder',
      itemIds: ['item-0002', 'item-0001', 'item-0003'],
    });
  });

  it('asks in its own dialog before deleting an item, and sends nothing when the answer is Cancel', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(<AgendaEditor items={AGENDA} send={send} currentItemId="item-0001" />);
    // The item the meeting is on cannot be deleted.
    expect(screen.getByRole('button', { name: 'Delete: Opening remarks' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Delete: Breaking out of the silo' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Breaking out of the silo” from the agenda?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(send).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Delete: Breaking out of the silo' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(send).toHaveBeenCalledWith({ type: 'agenda:remove-item', itemId: 'item-0002' });
  });

  it('gives each item a named grip to drag it by, and none when read only', () => {
    const { unmount } = renderWithApp(<AgendaEditor items={AGENDA} send={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Move Opening remarks' })).toHaveAttribute(
      'aria-roledescription',
      'sortable',
    );
    unmount();
    renderWithApp(<AgendaEditor items={AGENDA} send={vi.fn()} readOnly />);
    expect(screen.queryByRole('button', { name: 'Move Opening remarks' })).toBeNull();
  });

  it('shows a translated error when the server refuses', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockRejectedValue(Object.assign(new Error('x'), { code: 'AGENDA_ORDER_MISMATCH' }));
    renderWithApp(<AgendaEditor items={AGENDA} send={send} />);
    await user.click(screen.getByRole('button', { name: 'Move “Open discussion” up' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The agenda changed in the meantime');
    expect(within(screen.getAllByRole('listitem')[0] as HTMLElement).getByText('Opening remarks')).toBeVisible();
  });
});
