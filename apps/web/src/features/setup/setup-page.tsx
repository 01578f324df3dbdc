import type { MeetingDetails } from '@hiwar/protocol';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../lib/api';
import { formatMeetingStart } from '../../lib/format';
import { AgendaEditor } from '../agenda/agenda-editor';
import { ConnectionStatus } from '../meeting/connection-status';
import { LiveMeetingGate } from '../meeting/live-meeting-gate';
import { sendLiveCommand, useLiveMeetingStore } from '../meeting/meeting-store';
import { OfflineBanner } from '../meeting/offline-banner';
import { useMeetingConnection } from '../meeting/use-meeting-connection';
import { LobbyPanel } from '../members/lobby-panel';
import { MembersPanel } from '../members/members-panel';
import { QueueSettingsForm } from '../queue/queue-settings-form';
import { RetentionPanel } from '../retention/retention-panel';
import { PointsSettingsForm } from '../themes/points-settings-form';
import { ThemesEditor } from '../themes/themes-editor';
import { BalanceCategoriesEditor } from './balance-categories-editor';
import { DetailsForm, pickDetails } from './details-form';
import { InvitePanel } from './invite-panel';

/** /meetings/:id/setup — details, agenda, invitations and members, all changed live over the socket. */
export function SetupPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  useMeetingConnection(id);
  const { view, presence, status, fatal } = useLiveMeetingStore();
  const saveDetails = async (details: Partial<MeetingDetails>) => {
    await sendLiveCommand({ type: 'meeting:update', details });
  };
  // Leaving the page closes the live connection, so what is still waiting then goes over HTTP.
  const saveDetailsOnLeave = (details: Partial<MeetingDetails>) =>
    id ? api.command(id, { type: 'meeting:update', details }) : Promise.resolve();

  const details = view ? pickDetails(view.meeting) : null;

  return (
    <LiveMeetingGate view={view} fatal={fatal}>
      {view && details ? (
        <div className="stack">
          <OfflineBanner status={status} />
          <div className="page-head">
            <div>
              <p className="eyebrow">{t('setup.eyebrow')}</p>
              <h1 dir="auto">{view.meeting.title}</h1>
              <p className="muted">{formatMeetingStart(view.meeting.startsAt, view.meeting.timeZone, i18n.language)}</p>
            </div>
            <div className="head-meta">
              <ConnectionStatus status={status} />
              <Link className="button button-primary" to={`/meetings/${view.meeting.id}/live`}>
                {t('setup.toConsole')}
              </Link>
            </div>
          </div>
          <div className="setup-grid">
            <div className="stack">
              <section className="card" aria-labelledby="details-heading">
                <h2 id="details-heading">{t('setup.details')}</h2>
                <DetailsForm
                  // Saved as it is typed; the form follows the server's details without losing edits.
                  mode="autosave"
                  initial={details}
                  onSave={saveDetails}
                  onSaveOnLeave={saveDetailsOnLeave}
                  disabled={view.meeting.status === 'ended'}
                />
              </section>
              <section className="card" aria-labelledby="agenda-heading">
                <h2 id="agenda-heading">{t('agenda.title')}</h2>
                <AgendaEditor
                  items={view.agenda}
                  send={sendLiveCommand}
                  currentItemId={view.meeting.currentItemId}
                  readOnly={view.meeting.status === 'ended'}
                />
              </section>
              <section className="card" aria-labelledby="queue-settings-heading">
                <h2 id="queue-settings-heading">{t('queueSettings.title')}</h2>
                <QueueSettingsForm
                  key={JSON.stringify(view.meeting.queueSettings)}
                  settings={view.meeting.queueSettings}
                  onSubmit={(settings) => sendLiveCommand({ type: 'queue:set-settings', settings })}
                  disabled={view.meeting.status === 'ended'}
                />
              </section>
              <section className="card" aria-labelledby="themes-heading">
                <h2 id="themes-heading">{t('themes.title')}</h2>
                <ThemesEditor
                  meeting={view.meeting}
                  send={sendLiveCommand}
                  disabled={view.meeting.status === 'ended'}
                />
              </section>
              <section className="card" aria-labelledby="points-settings-heading">
                <h2 id="points-settings-heading">{t('pointsSettings.title')}</h2>
                <PointsSettingsForm
                  settings={view.meeting.pointsSettings}
                  send={sendLiveCommand}
                  disabled={view.meeting.status === 'ended'}
                />
              </section>
              <section className="card" aria-labelledby="balance-heading">
                <h2 id="balance-heading">{t('balance.setupTitle')}</h2>
                <BalanceCategoriesEditor
                  key={JSON.stringify(view.meeting.balanceCategories)}
                  categories={view.meeting.balanceCategories}
                  contentLanguage={view.meeting.contentLanguage}
                  onSave={(categories) => sendLiveCommand({ type: 'meeting:set-categories', categories })}
                  disabled={view.meeting.status === 'ended'}
                />
              </section>
            </div>
            <div className="stack">
              <section className="card" aria-labelledby="invite-heading">
                <h2 id="invite-heading">{t('invite.title')}</h2>
                <InvitePanel joinCode={view.meeting.joinCode} />
              </section>
              <section className="card" aria-labelledby="lobby-heading">
                <h2 id="lobby-heading">{t('lobby.title')}</h2>
                <LobbyPanel
                  lobby={view.meeting.lobby}
                  members={view.members ?? []}
                  ended={view.meeting.status === 'ended'}
                  send={sendLiveCommand}
                />
              </section>
              <section className="card" aria-labelledby="members-heading">
                <h2 id="members-heading">
                  {t('members.title')}{' '}
                  <span className="muted">
                    ({(view.members ?? []).filter((m) => !m.waiting).length.toLocaleString(i18n.language)})
                  </span>
                </h2>
                <MembersPanel
                  members={(view.members ?? []).filter((m) => !m.waiting)}
                  selfId={view.self.id}
                  onlineIds={presence.memberIds}
                  send={sendLiveCommand}
                />
              </section>
              <section className="card" aria-labelledby="retention-heading">
                <h2 id="retention-heading">{t('retention.title')}</h2>
                <RetentionPanel
                  meetingId={view.meeting.id}
                  title={view.meeting.title}
                  // Only the owner holds the facilitator's role.
                  isOwner={view.self.role === 'facilitator'}
                  send={sendLiveCommand}
                />
              </section>
            </div>
          </div>
        </div>
      ) : null}
    </LiveMeetingGate>
  );
}
