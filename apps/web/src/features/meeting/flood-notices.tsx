import type { Member } from '@hiwar/protocol';
import { useTranslation } from 'react-i18next';

/** A local time as the viewer's clock shows it, in the interface language. */
function clockTime(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(at);
}

/** Tells a person that the server paused their sending for flooding, until when, and that they may keep following. */
export function MutedSelfBanner({ until }: { until: number | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (!until || until <= Date.now()) return null;
  return (
    <p className="banner banner-warning" role="alert">
      {t('connection.mutedSelf', { time: clockTime(until, i18n.language) })}
    </p>
  );
}

/** Tells the staff on the console which members were muted for flooding, and until when. */
export function MutedMembersNotice({
  muted,
  members,
}: {
  muted: { memberId: string; until: number }[] | undefined;
  members: Member[] | null;
}) {
  const { t, i18n } = useTranslation();
  const current = (muted ?? []).filter((m) => m.until > Date.now());
  if (current.length === 0) return null;
  return (
    <div className="banner banner-warning" role="status">
      {current.map((m) => {
        const name = members?.find((member) => member.id === m.memberId)?.displayName ?? t('connection.someone');
        return (
          <p key={m.memberId}>
            {t('connection.memberMuted', { name: `\u2068${name}\u2069`, time: clockTime(m.until, i18n.language) })}
          </p>
        );
      })}
    </div>
  );
}
