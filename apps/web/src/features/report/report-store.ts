import type { HiwarHttp } from '@hiwar/client';
import type { ReportDocument, ReportState } from '@hiwar/protocol';
import { create } from 'zustand';
import { errorCodeOf } from '../../lib/errors';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed' | 'conflict';

/** How long the desk waits after the last keystroke before saving. */
export const AUTOSAVE_MS = 1500;

interface ReportDeskState {
  http: HiwarHttp | null;
  meetingId: string | null;
  loading: boolean;
  /** What the server last answered. */
  server: ReportState | null;
  /** The document as the rapporteur sees it, with edits not yet saved. */
  doc: ReportDocument | null;
  baseVersion: number;
  dirty: boolean;
  saveStatus: SaveStatus;
  /** The last error code (or 'network'), for the page to translate. */
  error: string | null;
  busy: boolean;
}

const initial: ReportDeskState = {
  http: null,
  meetingId: null,
  loading: true,
  server: null,
  doc: null,
  baseVersion: 0,
  dirty: false,
  saveStatus: 'idle',
  error: null,
  busy: false,
};

export const useReportStore = create<ReportDeskState>(() => initial);

let timer: ReturnType<typeof setTimeout> | null = null;
let saving: Promise<void> | null = null;

/** Takes a fresh answer of the server; local unsaved edits stay unless `replaceDoc`. */
function received(state: ReportState, replaceDoc: boolean) {
  const current = useReportStore.getState();
  useReportStore.setState({
    server: state,
    baseVersion: state.report?.version ?? 0,
    doc: replaceDoc || !current.dirty ? (state.report?.document ?? null) : current.doc,
    error: null,
  });
}

function failed(error: unknown) {
  useReportStore.setState({ error: errorCodeOf(error) ?? 'network' });
}

/** Opens the desk for one meeting with the client that speaks for the person. */
export async function openReport(http: HiwarHttp, meetingId: string) {
  if (timer) clearTimeout(timer);
  useReportStore.setState({ ...initial, http, meetingId });
  try {
    received(await http.reportState(meetingId), true);
  } catch (error) {
    failed(error);
  } finally {
    useReportStore.setState({ loading: false });
  }
}

/** Runs a desk action that answers with the new state; unsaved edits are saved first. */
async function act(run: (http: HiwarHttp, meetingId: string, base: number) => Promise<ReportState>) {
  const { http, meetingId } = useReportStore.getState();
  if (!http || !meetingId) return;
  await flushReport();
  if (useReportStore.getState().saveStatus === 'conflict') return;
  useReportStore.setState({ busy: true });
  try {
    received(await run(http, meetingId, useReportStore.getState().baseVersion), true);
    useReportStore.setState({ dirty: false });
  } catch (error) {
    failed(error);
  } finally {
    useReportStore.setState({ busy: false });
  }
}

export const generateReport = () => act((http, id) => http.generateReport(id));
export const regenerateSection = (key: string) => act((http, id, base) => http.regenerateSection(id, key, base));
export const restoreVersion = (version: number) =>
  act((http, id, base) => http.restoreReportVersion(id, version, base));
export const createReviews = () => act((http, id) => http.createReviews(id));
export const publishReport = () => act((http, id, base) => http.publishReport(id, base));
/** Drops unsaved edits and takes the report as it is on the server (after a conflict). */
export async function reloadReport() {
  const { http, meetingId } = useReportStore.getState();
  if (!http || !meetingId) return;
  if (timer) clearTimeout(timer);
  try {
    useReportStore.setState({ dirty: false, saveStatus: 'idle' });
    received(await http.reportState(meetingId), true);
  } catch (error) {
    failed(error);
  }
}

/** Applies an edit to the working copy and schedules the autosave. */
export function editReport(change: (doc: ReportDocument) => ReportDocument) {
  const { doc } = useReportStore.getState();
  if (!doc) return;
  useReportStore.setState({ doc: change(doc), dirty: true, saveStatus: 'pending' });
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void flushReport(), AUTOSAVE_MS);
}

/** Saves now what is unsaved; a failed save keeps the edits and says so. */
export async function flushReport(): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  if (saving) await saving;
  const { http, meetingId, doc, dirty, baseVersion } = useReportStore.getState();
  if (!http || !meetingId || !doc || !dirty) return;
  useReportStore.setState({ saveStatus: 'saving', dirty: false });
  saving = (async () => {
    try {
      const state = await http.saveReport(meetingId, baseVersion, doc);
      const stillDirty = useReportStore.getState().dirty;
      received(state, false);
      useReportStore.setState({ saveStatus: stillDirty ? 'pending' : 'saved' });
      if (stillDirty) timer = setTimeout(() => void flushReport(), AUTOSAVE_MS);
    } catch (error) {
      const code = errorCodeOf(error);
      useReportStore.setState({ dirty: true, saveStatus: code === 'REPORT_VERSION_CONFLICT' ? 'conflict' : 'failed' });
      failed(error);
    }
  })();
  await saving;
  saving = null;
}

/** Reads the server's findings again (after the meeting's sensitive terms changed); unsaved edits stay. */
export async function refreshChecks() {
  const { http, meetingId } = useReportStore.getState();
  if (!http || !meetingId) return;
  try {
    received(await http.reportState(meetingId), false);
  } catch (error) {
    failed(error);
  }
}
