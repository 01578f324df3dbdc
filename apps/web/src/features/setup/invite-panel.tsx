import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The join link for a code, on this site's origin. */
export function joinLink(joinCode: string, origin = window.location.origin): string {
  return `${origin}/join/${joinCode}`;
}

/** Shows the join link and code with copy buttons, for the facilitator to send to invitees. */
export function InvitePanel({ joinCode }: { joinCode: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'link' | 'code' | 'failed' | null>(null);
  const link = joinLink(joinCode);
  const copy = async (what: 'link' | 'code') => {
    try {
      await navigator.clipboard.writeText(what === 'link' ? link : joinCode);
      setCopied(what);
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="invite stack">
      <p className="hint">{t('invite.intro')}</p>
      <div className="field">
        <label htmlFor="invite-link">{t('invite.link')}</label>
        <div className="copy-row">
          <input id="invite-link" dir="ltr" readOnly value={link} onFocus={(e) => e.target.select()} />
          <button type="button" className="button" onClick={() => copy('link')}>
            {t('invite.copyLink')}
          </button>
        </div>
      </div>
      <div className="field">
        <span className="label">{t('invite.code')}</span>
        <div className="copy-row">
          <code className="join-code" dir="ltr">
            {joinCode}
          </code>
          <button type="button" className="button" onClick={() => copy('code')}>
            {t('invite.copyCode')}
          </button>
        </div>
      </div>
      <p role="status" className="muted">
        {copied === 'failed' ? t('invite.copyFailed') : copied ? t('invite.copied') : ''}
      </p>
    </div>
  );
}
