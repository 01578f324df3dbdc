import type { MeetingSummary } from '@hiwar/protocol';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { ConfirmDialog } from '../retention/confirm-dialog';
import { DuplicateDialog } from './duplicate-dialog';
import { MeetingList } from './meeting-list';
import './dashboard.css';

/** / — the signed-in facilitator's meetings (live, upcoming, past), and the ways to create, copy or delete one. */
export function DashboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [meetings, setMeetings] = useState<MeetingSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copying, setCopying] = useState<MeetingSummary | null>(null);
  const [deleting, setDeleting] = useState<MeetingSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');

  const load = useCallback(async () => {
    try {
      setMeetings(await api.listMeetings());
    } catch (err) {
      setError(errorMessage(t, err));
    }
  }, [t]);
  useEffect(() => {
    void load();
  }, [load]);

  const remove = async () => {
    if (!deleting) return;
    setBusy(true);
    setError(null);
    try {
      await api.deleteMeeting(deleting.id);
      setNotice(t('dashboard.deleted', { title: deleting.title }));
      setMeetings((list) => list?.filter((m) => m.id !== deleting.id) ?? null);
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  };

  return (
    <div className="stack desk-page">
      <div className="page-head">
        <h1>{t('dashboard.title')}</h1>
        <Link className="button button-primary" to="/meetings/new">
          {t('dashboard.new')}
        </Link>
      </div>
      <p role="status" className="desk-notice">
        {notice}
      </p>
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      {meetings ? (
        <MeetingList meetings={meetings} onDuplicate={setCopying} onDelete={setDeleting} />
      ) : error ? null : (
        <p className="loading">{t('common.loading')}</p>
      )}
      <DuplicateDialog
        meeting={copying}
        onCancel={() => setCopying(null)}
        // The copy is a draft to prepare: go straight to its setup.
        onCreated={(copy) => {
          setCopying(null);
          navigate(`/meetings/${copy.id}/setup`);
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        danger
        busy={busy}
        title={t('retention.confirmTitle')}
        confirmLabel={t('retention.confirmDelete')}
        cancelLabel={t('common.cancel')}
        onConfirm={remove}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('retention.confirmBody', { title: deleting?.title ?? '' })}</p>
      </ConfirmDialog>
    </div>
  );
}
