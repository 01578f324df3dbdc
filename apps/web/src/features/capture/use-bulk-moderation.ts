import type { Point } from '@hiwar/protocol';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import type { SendCommand } from '../meeting/meeting-store';

export type BulkStatus = 'published' | 'hidden';

/** What one bulk decision did: how many points changed, which already stood so, and which were refused and why. */
export interface BulkSummary {
  status: BulkStatus;
  done: string[];
  unchanged: string[];
  refused: { pointId: string; text: string; message: string }[];
}

/**
 * Publishes or hides several points by sending the ordinary `point:moderate` command for each, one after
 * the other (there is no bulk command, and each decision is recorded and told to its sender on its own).
 * A refusal does not stop the rest; the summary says what happened to every point.
 */
export function useBulkModeration(send: SendCommand) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<BulkSummary | null>(null);

  const apply = async (points: Point[], status: BulkStatus, reason: string | null): Promise<BulkSummary> => {
    setBusy(true);
    setSummary(null);
    const result: BulkSummary = { status, done: [], unchanged: [], refused: [] };
    try {
      for (const point of points) {
        if (point.status === status) {
          result.unchanged.push(point.id);
          continue;
        }
        try {
          await send({
            type: 'point:moderate',
            pointId: point.id,
            status,
            reason: status === 'published' ? null : reason,
          });
          result.done.push(point.id);
        } catch (err) {
          result.refused.push({ pointId: point.id, text: point.text, message: errorMessage(t, err) });
        }
      }
    } finally {
      setBusy(false);
      setSummary(result);
    }
    return result;
  };

  return { apply, busy, summary, dismiss: () => setSummary(null) };
}
