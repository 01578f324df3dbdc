import type { HiwarHttp } from '@hiwar/client';
import { DEFAULT_REPORT_SETTINGS, type Point, type ReportDocument, type ReportState } from '@hiwar/protocol';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Editor } from '@tiptap/core';
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

const header = document1.sections[0] as ReportDocument['sections'][number];

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
  warnings: [],
});

const review: ReportState['reviews'][number] = {
  id: 'review-1',
  itemId: 'item-1',
  presenterName: 'Rana Haddad',
  status: 'changes-suggested',
  suggestion: 'Say “many councils”.',
  updatedAt: 0,
  path: '/review/token-abc',
};

const point = { id: 'point-0001', text: 'Funding is short', supportCount: 3 } as Point;

/** A client whose report answers are given; only the methods the desk calls exist. */
function fakeHttp(initial: ReportState) {
  return {
    reportState: vi.fn().mockResolvedValue(initial),
    saveReport: vi.fn(async (_id: string, base: number, doc: ReportDocument) => stateOf(base + 1, doc)),
    publishReport: vi.fn(),
    createReviews: vi.fn(async () => ({ ...stateOf(1, document1), reviews: [review] })),
    regenerateSection: vi.fn(async (_id: string, _key: string, base: number) => stateOf(base + 1, document1)),
    reportVersions: vi.fn().mockResolvedValue([
      { version: 2, savedAt: Date.UTC(2026, 10, 27, 14, 5), savedBy: 'Layla Haddad', reason: 'edit' },
      { version: 1, savedAt: Date.UTC(2026, 10, 27, 14, 0), savedBy: 'Layla Haddad', reason: 'generate' },
    ]),
    reportVersion: vi.fn().mockResolvedValue({
      ...document1,
      sections: [{ ...header, heading: 'An older title' }],
    }),
    restoreReportVersion: vi.fn(async (_id: string, version: number, base: number) =>
      stateOf(base + 1, { ...document1, sections: [{ ...header, heading: `Restored ${version}` }] }),
    ),
    exportReport: vi.fn(),
    getMeeting: vi.fn().mockResolvedValue({ meeting: { reportSettings: DEFAULT_REPORT_SETTINGS } }),
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

/** The editor (TipTap) of the paragraph field holding the text; TipTap keeps it on the field's element. */
function editorOf(text: string, name = 'Paragraph'): Editor {
  const field = screen.getAllByRole('textbox', { name }).find((el) => el.textContent?.includes(text));
  const editor = (field as (HTMLElement & { editor?: Editor }) | undefined)?.editor;
  if (!editor) throw new Error(`no editor holds “${text}”`);
  return editor;
}

/** The runs of the discussion paragraph in the last saved document. */
function savedRuns(http: ReturnType<typeof fakeHttp>) {
  const saved = http.saveReport.mock.calls.at(-1)?.[2] as ReportDocument | undefined;
  const block = saved?.sections.find((s) => s.key === 'discussion')?.blocks[0];
  return block && 'content' in block ? block.content : undefined;
}

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
    const editor = editorOf('funding is short');
    act(() => {
      editor.chain().focus().setTextSelection(49).insertContent('very ').run();
    });
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
    expect(screen.getByText(/1 finding in a public section/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled();
    for (const label of ['Markdown', 'HTML (print to PDF)', 'PDF', 'Word (DOCX)', 'JSON']) {
      expect(screen.getByRole('button', { name: label })).toBeDisabled();
    }
    // The heading and the name are isolated from the sentence (U+2068…U+2069) so mixed directions stay in order.
    const finding = screen.getByRole('button', {
      name: "\u2068Discussion\u2069: “\u2068Lina Odeh\u2069” (a person's name)",
    });
    await userEvent.click(finding);
    const block = document.getElementById('block-discussion-discussion-1');
    expect(block).toHaveClass('report-block-found');
    expect(within(block as HTMLElement).getByRole('textbox', { name: 'Paragraph' })).toHaveFocus();
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

  it('shows an Arabic document right to left while the English controls stay left to right', async () => {
    const arabic: ReportDocument = {
      ...document1,
      language: 'ar',
      dir: 'rtl',
      sections: [{ ...document1.sections[1], heading: 'النقاش' } as ReportDocument['sections'][number]],
    };
    await renderDesk(stateOf(1, arabic));
    const article = screen.getByRole('article');
    expect(article).toHaveAttribute('dir', 'rtl');
    expect(article).toHaveAttribute('lang', 'ar');
    const up = screen.getByRole('button', { name: 'Move section “النقاش” up' });
    expect(up.closest('[dir]')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByText('1 source point').closest('[dir]')).toHaveAttribute('dir', 'ltr');
  });

  it('asks before regenerating a section the rapporteur edited, and leaves it alone when told no', async () => {
    const edited: ReportDocument = {
      ...document1,
      sections: document1.sections.map((s) => (s.key === 'discussion' ? { ...s, edited: true } : s)),
    };
    const http = await renderDesk(stateOf(3, edited));
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const buttons = screen.getAllByRole('button', { name: 'Regenerate section' });
    const discussion = buttons[1] as HTMLElement;
    await userEvent.click(discussion);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(http.regenerateSection).not.toHaveBeenCalled();
    await userEvent.click(discussion);
    await waitFor(() => expect(http.regenerateSection).toHaveBeenCalledWith('meeting-1', 'discussion', 3));
    // An untouched section is regenerated without a question.
    await userEvent.click(buttons[0] as HTMLElement);
    await waitFor(() => expect(http.regenerateSection).toHaveBeenCalledTimes(2));
    expect(confirm).toHaveBeenCalledTimes(2);
    confirm.mockRestore();
  });

  it('creates review links and lists each presenter with the link, the status and the suggestion', async () => {
    const http = await renderDesk(stateOf(1, document1));
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(screen.getByRole('button', { name: 'Create review links' }));
    expect(http.createReviews).toHaveBeenCalledWith('meeting-1');
    const link = await screen.findByRole('textbox', { name: 'Review link for Rana Haddad' });
    expect(link).toHaveValue(`${window.location.origin}/review/token-abc`);
    expect(screen.getByText('Changes suggested')).toBeInTheDocument();
    expect(screen.getByText('Say “many councils”.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/review/token-abc`);
    expect(await screen.findByRole('button', { name: 'Link copied' })).toBeInTheDocument();
  });

  it('lists versions, previews one read-only and restores it from the current version', async () => {
    const http = await renderDesk(stateOf(2, document1));
    await userEvent.click(screen.getByRole('button', { name: 'Show versions' }));
    expect(await screen.findByText(/Version 1 · generated/)).toBeInTheDocument();
    expect(screen.getByText(/Version 2 · edited/)).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Version history' });
    const previews = within(history).getAllByRole('button', { name: 'Preview' });
    await userEvent.click(previews[1] as HTMLElement);
    const preview = await screen.findByRole('region', { name: 'Version 1 (read only)' });
    expect(within(preview).getByText('An older title')).toBeInTheDocument();
    expect(within(preview).queryByRole('textbox')).toBeNull();
    expect(preview).toHaveFocus();
    await userEvent.click(within(preview).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(http.restoreReportVersion).toHaveBeenCalledWith('meeting-1', 1, 2));
    expect(await screen.findByDisplayValue('Restored 1')).toBeInTheDocument();
  });

  it('formats with the toolbar: bold, italic, undo and redo, on the field that has the focus', async () => {
    const http = await renderDesk(stateOf(1, document1));
    const editor = editorOf('funding is short');
    act(() => {
      editor.chain().focus().setTextSelection({ from: 1, to: 8 }).run();
    });
    const bold = screen.getByRole('button', { name: 'Bold' });
    expect(bold).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await userEvent.click(bold);
    expect(bold).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Italic' }));
    await waitFor(() => expect(http.saveReport).toHaveBeenCalled(), { timeout: 4000 });
    expect(savedRuns(http)).toEqual([
      { text: 'Several', bold: true, italic: true },
      { text: ' participants emphasised that funding is short.' },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(editor.getJSON().content?.[0]?.content).toEqual([
      { type: 'text', text: 'Several participants emphasised that funding is short.' },
    ]);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Redo' }));
    await waitFor(() => expect(http.saveReport).toHaveBeenCalledTimes(2), { timeout: 4000 });
    expect(savedRuns(http)).toEqual([
      { text: 'Several', bold: true },
      { text: ' participants emphasised that funding is short.' },
    ]);
  }, 20_000);

  it('adds a link only with a web or e-mail address, and edits and removes it', async () => {
    const http = await renderDesk(stateOf(1, document1));
    const editor = editorOf('funding is short');
    act(() => {
      editor.chain().focus().setTextSelection({ from: 38, to: 45 }).run();
    });
    await userEvent.click(screen.getByRole('button', { name: 'Link' }));
    const address = screen.getByLabelText('Link address (https:// or mailto:)');
    await userEvent.type(address, 'javascript:alert(1)');
    expect(screen.getByText(/Only addresses starting with/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(editor.isActive('link')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Link' }));
    await userEvent.type(screen.getByLabelText('Link address (https:// or mailto:)'), 'https://example.org/funds');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(http.saveReport).toHaveBeenCalled(), { timeout: 4000 });
    expect(savedRuns(http)).toEqual([
      { text: 'Several participants emphasised that ' },
      { text: 'funding', href: 'https://example.org/funds' },
      { text: ' is short.' },
    ]);
    // With the caret in the link, the same button shows its address and can remove it.
    act(() => {
      editor.chain().focus().setTextSelection(40).run();
    });
    await userEvent.click(screen.getByRole('button', { name: 'Link' }));
    expect(screen.getByLabelText('Link address (https:// or mailto:)')).toHaveValue('https://example.org/funds');
    await userEvent.click(screen.getByRole('button', { name: 'Remove link' }));
    expect(editor.isActive('link')).toBe(false);
    expect(editor.state.doc.textContent).toBe('Several participants emphasised that funding is short.');
  }, 20_000);

  it('adds a footnote after the selected words, and edits and removes it from its marker', async () => {
    const http = await renderDesk(stateOf(1, document1));
    const editor = editorOf('funding is short');
    act(() => {
      editor.chain().focus().setTextSelection({ from: 1, to: 21 }).run();
    });
    await userEvent.click(screen.getByRole('button', { name: 'Footnote' }));
    await userEvent.type(screen.getByLabelText('Footnote text'), 'Seven of twelve.');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(http.saveReport).toHaveBeenCalled(), { timeout: 4000 });
    expect(savedRuns(http)).toEqual([
      { text: 'Several participants', note: 'Seven of twelve.' },
      { text: ' emphasised that funding is short.' },
    ]);
    const marker = document.querySelector('.rich-text sup.note-marker');
    expect(marker).toHaveAttribute('title', 'Seven of twelve.');
    // The rapporteur clicks the marker: the Footnote button then edits that note.
    act(() => {
      editor.chain().focus().setNodeSelection(21).run();
    });
    await userEvent.click(screen.getByRole('button', { name: 'Footnote' }));
    const text = screen.getByLabelText('Footnote text');
    expect(text).toHaveValue('Seven of twelve.');
    await userEvent.clear(text);
    await userEvent.type(text, 'Seven of the twelve participants.');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(
      () =>
        expect(savedRuns(http)?.[0]).toEqual({
          text: 'Several participants',
          note: 'Seven of the twelve participants.',
        }),
      {
        timeout: 4000,
      },
    );
    act(() => {
      editor.chain().focus().setNodeSelection(21).run();
    });
    await userEvent.click(screen.getByRole('button', { name: 'Footnote' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove footnote' }));
    expect(document.querySelector('.rich-text sup.note-marker')).toBeNull();
  }, 20_000);

  it('shows the document as it prints in a sandboxed preview without editing controls, and back', async () => {
    const withAnnex: ReportDocument = {
      ...document1,
      sections: [
        ...document1.sections,
        {
          key: 'annex-agenda',
          heading: 'Agenda (internal)',
          internal: true,
          edited: false,
          blocks: [{ id: 'a-1', kind: 'paragraph', content: [{ text: 'Opening' }], sources: [], reviewItemId: null }],
        },
      ],
    };
    await renderDesk(stateOf(1, withAnnex));
    act(() => {
      editorOf('funding is short').chain().focus().selectAll().toggleBold().run();
    });
    const switcher = screen.getByRole('group', { name: 'View' });
    expect(within(switcher).getByRole('button', { name: 'Edit' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(within(switcher).getByRole('button', { name: 'Preview' }));
    const frame = (await screen.findByTitle(
      'Preview of the printed report',
      {},
      { timeout: 5000 },
    )) as HTMLIFrameElement;
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).not.toMatch(/allow-scripts|allow-same-origin/);
    const html = frame.getAttribute('srcdoc') ?? '';
    expect(html).toContain('<h1>Water and peace</h1>');
    expect(html).toContain('<strong>Several participants emphasised that funding is short.</strong>');
    expect(html).not.toContain('Agenda (internal)');
    expect(html).not.toMatch(/<script/i);
    expect(screen.queryByRole('textbox', { name: 'Paragraph' })).toBeNull();
    expect(screen.queryByRole('toolbar', { name: 'Formatting' })).toBeNull();
    const preview = screen.getByRole('region', { name: 'Preview of the printed report' });
    await userEvent.click(within(preview).getByLabelText('Include the internal annexes'));
    await waitFor(() => expect(frame.getAttribute('srcdoc')).toContain('Agenda (internal)'));
    await userEvent.click(within(switcher).getByRole('button', { name: 'Edit' }));
    expect(screen.getAllByRole('textbox', { name: 'Paragraph' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('toolbar', { name: 'Formatting' })).toBeInTheDocument();
    // The fields stayed mounted: what was done before the preview can still be undone.
    expect(screen.getByRole('button', { name: 'Undo' })).toBeEnabled();
  }, 20_000);
});
