import type { HiwarHttp } from '@hiwar/client';
import { DEFAULT_REPORT_SETTINGS, type ReportDocument, type ReportState } from '@hiwar/protocol';
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { ReportDesk } from './report-desk';
import { openReport, useReportStore } from './report-store';

const doc: ReportDocument = {
  language: 'en',
  dir: 'ltr',
  sections: [
    {
      key: 'discussion',
      heading: 'Discussion',
      internal: false,
      edited: false,
      blocks: [
        {
          id: 'd1',
          kind: 'paragraph',
          content: [{ text: 'Farmers near Wadi Araba said the only woman judge was threatened.' }],
          sources: ['point-0001'],
          reviewItemId: null,
        },
      ],
    },
  ],
};

const state = (findings: ReportState['findings']): ReportState => ({
  report: {
    meetingId: 'meeting-1',
    status: 'draft',
    version: 1,
    document: doc,
    updatedAt: 0,
    publishedAt: null,
    publishedPath: null,
  },
  reviews: [],
  findings,
  warnings: [],
});

async function renderWith(findings: ReportState['findings']) {
  const http = {
    reportState: vi.fn().mockResolvedValue(state(findings)),
    getMeeting: vi.fn().mockResolvedValue({ meeting: { reportSettings: DEFAULT_REPORT_SETTINGS } }),
    reportVersions: vi.fn().mockResolvedValue([]),
  };
  await act(() => openReport(http as unknown as HiwarHttp, 'meeting-1'));
  renderWithApp(
    <ReportDesk
      http={http as unknown as HiwarHttp}
      meetingId="meeting-1"
      meetingTitle="Water"
      canPublish
      points={[]}
      backPath="/"
    />,
  );
}

afterEach(() => {
  useReportStore.setState({ http: null, dirty: false });
});

describe('the name check panel', () => {
  const where = { sectionKey: 'discussion', sectionHeading: 'Discussion', blockId: 'd1' };

  it('names a sensitive term and a point marked identifying, says how to clear it, and blocks publishing', async () => {
    await renderWith([
      { ...where, match: 'Wadi Araba', kind: 'term' },
      { ...where, match: 'The only woman judge was threatened', kind: 'identifying' },
    ]);
    expect(screen.getByText(/2 findings in public sections/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: '\u2068Discussion\u2069: “\u2068Wadi Araba\u2069” (a sensitive term)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: '\u2068Discussion\u2069: “\u2068The only woman judge was threatened\u2069” (from a point marked identifying)',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/regenerate the section .* or remove the mark on the capture desk/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled();
  });

  it('gives the identifying advice only when a point marked identifying is found', async () => {
    await renderWith([{ ...where, match: 'Wadi Araba', kind: 'term' }]);
    expect(screen.getByText(/1 finding in a public section/)).toBeInTheDocument();
    expect(screen.queryByText(/remove the mark on the capture desk/)).toBeNull();
  });
});
