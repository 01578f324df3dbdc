import { screen, within } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { buildVote } from './test-votes';
import { VoteResults, VoteTurnout, wordCloud } from './vote-results';

function Results(props: { vote: Parameters<typeof VoteResults>[0]['vote'] }) {
  const { t } = useTranslation();
  return <VoteResults vote={props.vote} t={t} locale="en" />;
}

function Turnout(props: { vote: Parameters<typeof VoteTurnout>[0]['vote']; eligible?: number }) {
  const { t } = useTranslation();
  return <VoteTurnout vote={props.vote} t={t} eligible={props.eligible} />;
}

const poll = buildVote({
  kind: 'single',
  title: 'Where should the next meeting be?',
  options: [
    { id: 'opt-bko', label: 'Bamako', pointId: null },
    { id: 'opt-nia', label: 'Niamey', pointId: null },
  ],
  allowOther: true,
  status: 'closed',
});

describe('VoteResults', () => {
  it('counts a typed answer as a vote of its own, with shares of the people who voted', () => {
    renderWithApp(
      <Results
        vote={{
          ...poll,
          results: {
            ballots: 2,
            tallies: [
              { optionId: 'opt-bko', count: 1, rank: 1 },
              { optionId: 'opt-nia', count: 0, rank: 2 },
            ],
            other: ['Dakar'],
            average: null,
            voters: null,
          },
        }}
      />,
    );
    expect(screen.getByText('2 people voted')).toBeInTheDocument();
    const rows = [...document.querySelectorAll('.vote-tally')].map((li) => li.textContent);
    expect(rows).toEqual(['#1Bamako1 vote (50%)', '#1Other1 vote (50%)', '#3Niamey0 votes (0%)']);
    expect(screen.getByRole('heading', { name: 'Other answers' })).toBeInTheDocument();
  });

  it('ranks nothing before the first ballot', () => {
    renderWithApp(
      <Results
        vote={{
          ...poll,
          status: 'open',
          liveResults: true,
          results: {
            ballots: 0,
            tallies: [
              { optionId: 'opt-bko', count: 0, rank: 1 },
              { optionId: 'opt-nia', count: 0, rank: 1 },
            ],
            other: [],
            average: null,
            voters: null,
          },
        }}
      />,
    );
    expect(screen.getByText('No votes yet.')).toBeInTheDocument();
    expect(screen.queryByText('#1')).not.toBeInTheDocument();
    expect(document.querySelectorAll('.vote-tally')).toHaveLength(0);
  });

  it('groups typed answers for the word cloud, most frequent first, whatever their case and spacing', () => {
    expect(wordCloud(['Dakar', ' dakar ', 'Niamey', 'DAKAR', 'Agadez', '  '])).toEqual([
      { word: 'Dakar', count: 3 },
      { word: 'Agadez', count: 1 },
      { word: 'Niamey', count: 1 },
    ]);
  });

  it('says how many have voted while the vote is open, of how many when that is known, and nothing once closed', () => {
    const open = { ...poll, status: 'open' as const, turnout: 12 };
    const { rerender } = renderWithApp(<Turnout vote={open} eligible={30} />);
    expect(screen.getByText('12 of 30 have voted')).toBeInTheDocument();
    rerender(<Turnout vote={{ ...open, turnout: 1 }} />);
    expect(screen.getByText('1 person has voted')).toBeInTheDocument();
    rerender(<Turnout vote={{ ...open, status: 'closed' }} eligible={30} />);
    expect(screen.queryByText(/have voted/)).not.toBeInTheDocument();
  });
});
