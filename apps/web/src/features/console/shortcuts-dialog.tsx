import { useTranslation } from 'react-i18next';
import { Dialog } from '../meeting/dialog';
import { SHORTCUT_KEYS } from './use-console-shortcuts';

/** The list of the console's keys, opened with "?" or the toolbar's button. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const rows = [
    { key: SHORTCUT_KEYS.nextItem.label, what: t('live.shortcuts.nextItem') },
    { key: SHORTCUT_KEYS.giveFloor.label, what: t('live.shortcuts.giveFloor') },
    { key: SHORTCUT_KEYS.endTurn.label, what: t('live.shortcuts.endTurn') },
    { key: SHORTCUT_KEYS.help.label, what: t('live.shortcuts.help') },
    { key: t('live.shortcuts.escapeKey'), what: t('live.shortcuts.escape') },
  ];
  return (
    <Dialog open={open} title={t('live.shortcuts.title')} onClose={onClose}>
      <p>{t('live.shortcuts.intro')}</p>
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">{t('live.shortcuts.key')}</th>
            <th scope="col">{t('live.shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td>
                <kbd className="shortcut-key">{row.key}</kbd>
              </td>
              <td>{row.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('live.shortcuts.layouts')}</p>
    </Dialog>
  );
}
