import type { CommandBody } from '@hiwar/protocol';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import type { SendCommand } from '../meeting/meeting-store';

/** Sends commands one at a time, with a busy flag and a translated error; resolves to whether it worked. */
export function useRun(send: SendCommand) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (body: CommandBody): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await send(body);
      return true;
    } catch (err) {
      setError(errorMessage(t, err));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error, setError };
}
