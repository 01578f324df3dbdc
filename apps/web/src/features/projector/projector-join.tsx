import type { TFunction } from 'i18next';
import { useId, useMemo } from 'react';
import { encode } from 'uqr';
import './projector.css';

/** The join link a phone opens, and the short address people type: this server's own address. */
export function joinAddress(joinCode: string, location: Pick<Location, 'origin' | 'host'> = window.location) {
  return { link: `${location.origin}/join/${joinCode}`, short: `${location.host}/join` };
}

/** The path of every dark module, one square each, in a viewBox one unit per module. */
function modulesPath(data: boolean[][]): string {
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return d;
}

/**
 * A QR code drawn in the browser (uqr encodes, React draws the SVG): no request leaves the room, and the
 * code stays sharp at any size. Dark on white with a quiet border, as phone cameras expect, on any theme.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  // Medium error correction: a projector's glare or a head in the way still leaves it readable.
  const { size, data } = useMemo(() => encode(text, { ecc: 'M', border: 2 }), [text]);
  return (
    <svg
      className={`qr-code${className ? ` ${className}` : ''}`}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="join-qr"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={modulesPath(data)} fill="#000000" />
    </svg>
  );
}

interface ProjectorJoinProps {
  joinCode: string;
  t: TFunction;
  /** A strip for the board's header instead of the side panel. */
  compact?: boolean;
}

/**
 * "Join at hiwar.example/join, code K7QM2XPA" with a QR code of the join link, as large as the wall allows.
 * Only staff screens know the code (the server gives participants an empty one), so a projector opened from
 * a participant's link shows nothing here.
 */
export function ProjectorJoin({ joinCode, t, compact = false }: ProjectorJoinProps) {
  const headingId = useId();
  if (!joinCode) return null;
  const { link, short } = joinAddress(joinCode);
  return (
    <aside
      className={compact ? 'projector-join is-compact' : 'projector-join'}
      aria-labelledby={headingId}
      data-testid="projector-join"
    >
      <QrCode text={link} label={t('projector.qrLabel')} />
      <div className="projector-join-text">
        <h2 id={headingId} className="projector-join-title">
          {t('projector.joinTitle')}
        </h2>
        <p className="projector-join-line">
          {t('projector.joinAt')} <bdi className="projector-join-address">{short}</bdi>
        </p>
        <p className="projector-join-line">
          {t('projector.joinCode')}{' '}
          <bdi className="projector-join-code" data-testid="projector-join-code">
            {joinCode}
          </bdi>
        </p>
      </div>
    </aside>
  );
}
