import type { HiwarHttp } from '@hiwar/client';
import type { Point, ReportDocument, ReportState } from '@hiwar/protocol';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { ReportDesk } from './report-desk';
import { openReport, useReportStore } from './report-store';

const document1: ReportDocument = {
  language: 'en',
  dir: 'ltr',
  sections: [
    {
      key: 'header',
      heading: 'Water and peace',
      internal: false,
      edited: false,
      blocks: [
        { id: 'header-1', kind: 'paragraph', content: [{ text: 'Host: Forum' }], sources: [], reviewItemId: null },
      ],
    },
    {
      key: 'discussion',
      heading: 'Discussion',
      internal: false,
      edited: false,
      blocks: [
        {
          id: 'discussion-1',
          kind: 'paragraph',
          content: [{ text: 'Several participants emphasised that funding is short.' }],
          sources: ['point-0001'],
          reviewItemId: null,
        },
      ],
    },
  ],
};

const stateOf = (version: number, doc: ReportDocument, findings: ReportState['findings'] = []): ReportState => ({
  report: {
    meetingId: 'meeting-1',
    status: 'draft',
    version,
    document: doc,
    updatedAt: 0,
    publishedAt: null,
    publishedPath: null,
  },
  reviews: [],
  findings,
});

const point = { id: 'point-0001', text: 'Funding is short', supportCount: 3 } as Point;

/** A client whose report answers are given; only the methods the desk calls exist. */
function fakeHttp(initial: ReportState) {
  return {
    reportState: vi.fn().mockResolvedValue(initial),
    saveReport: vi.fn(async (_id: string, base: number, doc: ReportDocument) => stateOf(base + 1, doc)),
    publishReport: vi.fn(),
    reportVersions: vi.fn().mockResolvedValue([]),
    exportReport: vi.fn(),
  };
}

async function renderDesk(initial: ReportState, canPublish = true) {
  const http = fakeHttp(initial);
  await act(() => openReport(http as unknown as HiwarHttp, 'meeting-1'));
  renderWithApp(
    <ReportDesk
      http={http as unknown as HiwarHttp}
      meetingId="meeting-1"
      meetingTitle="Water and peace"
      canPublish={canPublish}
      points={[point]}
      backPath="/"
    />,
  );
  return http;
}

afterEach(() => {
  useReportStore.setState({ http: null, dirty: false });
});

describe('ReportDesk', () => {
  it('shows the sections, the heading fields and where each sentence came from', async () => {
    await renderDesk(stateOf(1, document1));
    expect(screen.getByDisplayValue('Discussion')).toBeInTheDocument();
    expect(screen.getAllByRole('textbox', { name: 'Paragraph' })).toHaveLength(2);
    await userEvent.click(screen.getByText('1 source point'));
    expect(screen.getByText('Funding is short')).toBeInTheDocument();
    expect(screen.getByText('· 3 supporters', { exact: false })).toBeInTheDocument();
  });

  it('marks an edited section and autosaves it from the version it started from', async () => {
    const http = await renderDesk(stateOf(4, document1));
    const editor = screen
      .getAllByRole('textbox', { name: 'Paragraph' })
      .find((el) => el.textContent?.includes('funding is short'));
    if (!editor) throw new Error('no editor');
    editor.textContent = 'Several participants emphasised that funding is very short.';
    fireEvent.input(editor);
    expect(await screen.findByText('Unsaved changes…')).toBeInTheDocument();
    await waitFor(() => expect(http.saveReport).toHaveBeenCalledTimes(1), { timeout: 4000 });
    const [, base, saved] = http.saveReport.mock.calls[0] as [string, number, ReportDocument];
    expect(base).toBe(4);
    const discussion = saved.sections.find((s) => s.key === 'discussion');
    expect(discussion?.edited).toBe(true);
    expect(saved.sections.find((s) => s.key === 'header')?.edited).toBe(false);
    expect(discussion?.blocks[0]).toMatchObject({
      content: [{ text: 'Several participants emphasised that funding is very short.' }],
    });
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    expect(useReportStore.getState().baseVersion).toBe(5);
  });

  it('keeps edits and asks for a reload when another desk saved first', async () => {
    const http = await renderDesk(stateOf(2, document1));
    http.saveReport.mockRejectedValueOnce(Object.assign(new Error('conflict'), { code: 'REPORT_VERSION_CONFLICT' }));
    await userEvent.click(screen.getByRole('button', { name: 'Move section “Water and peace” down' }));
    await waitFor(() => expect(http.saveReport).toHaveBeenCalled(), { timeout: 4000 });
    expect(await screen.findByText(/the report was changed elsewhere/i)).toBeInTheDocument();
    expect(useReportStore.getState().dirty).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Reload the report' }));
    await waitFor(() => expect(useReportStore.getState().dirty).toBe(false));
    expect(http.reportState).toHaveBeenCalledTimes(2);
  });

  it('blocks publishing and every export while the Chatham House check finds names, and shows where', async () => {
    await renderDesk(
      stateOf(1, document1, [
        {
          sectionKey: 'discussion',
          sectionHeading: 'Discussion',
          blockId: 'discussion-1',
          match: 'Lina Odeh',
          kind: 'name',
        },
      ]),
    );
    expect(screen.getByText(/1 name found/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled();
    for (const label of ['Markdown', 'HTML (print to PDF)', 'PDF', 'Word (DOCX)', 'JSON']) {
      expect(screen.getByRole('button', { name: label })).toBeDisabled();
    }
    const finding = screen.getByRole('button', { name: /Discussion: “Lina Odeh” \(a person's name\)/ });
    await userEvent.click(finding);
    expect(document.getElementById('block-discussion-discussion-1')).toHaveClass('report-block-found');
  });

  it('tells a rapporteur that the facilitator publishes', async () => {
    await renderDesk(stateOf(1, document1), false);
    expect(screen.queryByRole('button', { name: 'Publish' })).toBeNull();
    expect(screen.getByText('The facilitator or a co-facilitator publishes the report.')).toBeInTheDocument();
  });

  it('moves a section with its buttons', async () => {
    await renderDesk(stateOf(1, document1));
    await userEvent.click(screen.getByRole('button', { name: 'Move section “Discussion” up' }));
    const headings = within(screen.getByRole('article')).getAllByRole('textbox', { name: 'Section heading' });
    expect(headings.map((h) => (h as HTMLTextAreaElement).value)).toEqual(['Discussion', 'Water and peace']);
  });
});
