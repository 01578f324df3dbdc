import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildMember } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { MembersPanel } from './members-panel';

const owner = buildMember({ id: 'member-own-001', displayName: 'Owner', role: 'facilitator' });
const cofac = buildMember({ id: 'member-cof-001', displayName: 'Co Host', role: 'co-facilitator' });
const guest = buildMember({ id: 'member-gst-001', displayName: 'Guest', role: 'participant' });

const optionsOf = (name: string) =>
  within(screen.getByRole('combobox', { name }))
    .getAllByRole('option')
    .map((o) => o.getAttribute('value'));

describe('MembersPanel', () => {
  it('lets the owner make and unmake co-facilitators', () => {
    renderWithApp(<MembersPanel members={[owner, cofac, guest]} selfId={owner.id} send={vi.fn()} />);
    expect(optionsOf('Role of Guest')).toContain('co-facilitator');
    expect(optionsOf('Role of Co Host')).toContain('co-facilitator');
  });

  it('offers a co-facilitator no co-facilitator role to give, and no way to change another co-facilitator', () => {
    const other = buildMember({ id: 'member-cof-002', displayName: 'Second Host', role: 'co-facilitator' });
    renderWithApp(<MembersPanel members={[owner, cofac, other, guest]} selfId={cofac.id} send={vi.fn()} />);
    expect(optionsOf('Role of Guest')).not.toContain('co-facilitator');
    expect(optionsOf('Role of Guest')).toContain('rapporteur');
    expect(screen.queryByRole('combobox', { name: 'Role of Second Host' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove: Second Host/ })).not.toBeInTheDocument();
  });
});
