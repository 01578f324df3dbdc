import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { LikelyNames } from './likely-names';
import { useReportStore } from './report-store';

const warning = (match: string, blockId: string) => ({
  sectionKey: 'discussion',
  sectionHeading: 'Funding',
  blockId,
  match,
  kind: 'name' as const,
});

describe('LikelyNames', () => {
  afterEach(() => {
    localStorage.clear();
    useReportStore.setState({ meetingId: null, server: null });
  });

  it('lists names likely written in the other script, shows where, and forgets a dismissed one for good', async () => {
    useReportStore.setState({
      meetingId: 'meeting-names-01',
      server: {
        report: null,
        reviews: [],
        findings: [],
        warnings: [warning('سلمى حداد', 'p1'), warning('Mansour', 'p2')],
      },
    });
    const onShow = vi.fn();
    const { unmount } = renderWithApp(<LikelyNames onShow={onShow} />);
    expect(screen.getByText(/2 names may be written in the other script/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Funding.*Mansour.*other script/ }));
    expect(onShow).toHaveBeenCalledWith('discussion/p2');
    await userEvent.click(screen.getByRole('button', { name: 'Not a name: Mansour' }));
    expect(screen.getByText(/1 name may be written/)).toBeInTheDocument();
    unmount();
    // Dismissed on this computer: a reload does not bring it back.
    renderWithApp(<LikelyNames onShow={onShow} />);
    expect(screen.queryByRole('button', { name: 'Not a name: Mansour' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Not a name: سلمى حداد' })).toBeInTheDocument();
  });
});
