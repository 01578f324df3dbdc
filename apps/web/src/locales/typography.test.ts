import { NBSP, NNBSP } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../app/i18n';
import en from './en.json';
import fr from './fr.json';
import { flatten } from './terminology';

// French typography is applied by code when the strings load (packages/protocol/src/typography.ts), so
// fr.json is written without the no-break spaces and every string the UI shows has them.
describe('French typography in the UI', () => {
  const i18n = createI18n({ language: 'fr', resources: { en: { translation: en }, fr: { translation: fr } } });
  const shown = [...flatten(fr).keys()].map((key) => [key, i18n.t(key, { count: 2 })] as const);

  it('puts a narrow no-break space before ; ? ! and a no-break space before : and inside « »', () => {
    const wrong = shown.filter(([, text]) =>
      new RegExp(`[^${NNBSP}][;?!]|[^${NBSP}]:(?!//)|«[^${NBSP}]|[^${NBSP}]»`).test(
        text.replace(/\b(https?|mailto):\S*/g, ''),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('reaches the strings through i18next, interpolation included', () => {
    expect(i18n.t('points.announce.held', { reason: 'hors sujet' })).toBe(
      `Votre point a été mis en réserve. Motif${NBSP}: hors sujet`,
    );
    // A participant's own words are not retouched: only the translation's punctuation is.
    expect(i18n.t('agenda.confirmDelete', { title: 'Quoi?' })).toBe(
      `Supprimer «${NBSP}Quoi?${NBSP}» de l’ordre du jour${NNBSP}?`,
    );
  });

  it('leaves the other languages alone', () => {
    const english = createI18n({ language: 'en', resources: { en: { translation: en } } });
    expect(english.t('auth.noAccount')).toBe(en.auth.noAccount);
  });
});
