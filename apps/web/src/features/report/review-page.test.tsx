import type { ReviewPage as Review } from '@hiwar/protocol';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../lib/api';
import { renderWithApp } from '../../test/render';
import { ReviewPage } from './review-page';

const page: Review = {
  meetingTitle: 'Water and peace',
  hostOrganisation: 'Valley Forum',
  language: 'en',
  dir: 'ltr',
  presenterName: 'Rana Haddad',
  heading: 'Rana Haddad, Mediator',
  paragraph: [{ text: 'Councils that seated herders reached agreements.' }],
  status: 'pending',
  suggestion: null,
};

const show = () =>
  renderWithApp(
    <Routes>
      <Route path="/review/:token" element={<ReviewPage />} />
    </Routes>,
    { route: '/review/token-1234567890abcdef' },
  );

afterEach(() => vi.restoreAllMocks());

describe('ReviewPage', () => {
  it('shows only the presenter’s paragraph and records an approval', async () => {
    vi.spyOn(api, 'reviewPage').mockResolvedValue(page);
    const decide = vi.spyOn(api, 'reviewDecision').mockResolvedValue({ ...page, status: 'approved' });
    show();
    expect(await screen.findByText('Councils that seated herders reached agreements.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(decide).toHaveBeenCalledWith('token-1234567890abcdef', { decision: 'approve' });
    expect(await screen.findByText('You approved this paragraph. Thank you.')).toBeInTheDocument();
  });

  it('sends a suggestion', async () => {
    vi.spyOn(api, 'reviewPage').mockResolvedValue(page);
    const decide = vi
      .spyOn(api, 'reviewDecision')
      .mockResolvedValue({ ...page, status: 'changes-suggested', suggestion: 'Say many.' });
    show();
    await userEvent.click(await screen.findByRole('button', { name: 'Suggest changes' }));
    await userEvent.type(screen.getByLabelText('Your suggested wording or corrections'), 'Say many.');
    await userEvent.click(screen.getByRole('button', { name: 'Send suggestion' }));
    expect(decide).toHaveBeenCalledWith('token-1234567890abcdef', { decision: 'suggest', suggestion: 'Say many.' });
    expect(await screen.findByText('Say many.')).toBeInTheDocument();
  });

  it('says when a link is not valid', async () => {
    vi.spyOn(api, 'reviewPage').mockRejectedValue(Object.assign(new Error('x'), { code: 'REVIEW_NOT_FOUND' }));
    show();
    expect(await screen.findByText('This review link is not valid.')).toBeInTheDocument();
  });

  it('shows links and footnotes of the paragraph as text, never a script link', async () => {
    vi.spyOn(api, 'reviewPage').mockResolvedValue({
      ...page,
      paragraph: [
        { text: 'See ' },
        { text: 'the study', href: 'https://example.org/study', note: 'Published in 2025.' },
        { text: ' and ' },
        { text: 'this', href: 'javascript:alert(1)' },
      ],
    });
    show();
    const link = await screen.findByRole('link', { name: 'the study' });
    expect(link).toHaveAttribute('href', 'https://example.org/study');
    expect(screen.queryByRole('link', { name: 'this' })).toBeNull();
    expect(screen.getByText('this')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Notes' })).getByText('Published in 2025.')).toBeInTheDocument();
  });
});
