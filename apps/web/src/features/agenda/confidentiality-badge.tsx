import type { Confidentiality } from '@hiwar/protocol';
import { useTranslation } from 'react-i18next';

/** The confidentiality mode of an agenda item as a short badge; the full sentence goes in its title. */
export function ConfidentialityBadge({ mode }: { mode: Confidentiality }) {
  const { t } = useTranslation();
  return (
    <span className={`badge confidentiality confidentiality-${mode}`} title={t(`confidentiality.explain.${mode}`)}>
      {t(`confidentiality.mode.${mode}`)}
    </span>
  );
}
