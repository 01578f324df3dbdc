import { describe, expect, it } from 'vitest';
import { clientCommandSchema } from './commands.js';
import { localizedLabel, localizedName, translated } from './localized-name.js';
import {
  balanceCategorySchema,
  LANGUAGES,
  LIMITS,
  meetingSchema,
  nameTranslationsSchema,
  themeInputSchema,
  themePatchSchema,
  themeSchema,
} from './model.js';
import { BALANCE_PRESETS, namedIn, presetThemeDrafts, THEME_COLOURS, THEME_PRESETS } from './theme-presets.js';

const theme = { id: 'theme-0001', name: 'Funding', description: '', colour: '#2a8170' };

describe('name translations', () => {
  const schema = nameTranslationsSchema(LIMITS.themeNameLength);

  it('takes any of the four UI languages, each a trimmed, non-empty name', () => {
    expect(schema.parse({ ar: '  التمويل ', fr: 'Financement' })).toEqual({ ar: 'التمويل', fr: 'Financement' });
    expect(schema.parse({})).toEqual({});
  });

  it.each([
    ['an unknown language', { de: 'Finanzierung' }],
    ['an empty name', { ar: '' }],
    ['a name of spaces only', { fr: '   ' }],
    ['a name of invisible characters', { sv: '\u200B\u200B' }],
    ['a name longer than a theme name may be', { fr: 'x'.repeat(LIMITS.themeNameLength + 1) }],
    ['a name that is not text', { ar: 42 }],
    ['a list instead of a map', ['Financement']],
  ])('refuses %s', (_, input) => {
    expect(schema.safeParse(input).success).toBe(false);
  });

  it('strips bidi overrides from a translation as from any name', () => {
    expect(schema.parse({ ar: '\u202Eالتمويل' })).toEqual({ ar: 'التمويل' });
  });

  it('is optional on a theme, so themes stored before translations existed still load', () => {
    expect(themeSchema.parse(theme)).toEqual(theme);
    expect(themeSchema.parse({ ...theme, translations: { ar: 'التمويل' } }).translations).toEqual({ ar: 'التمويل' });
    expect(themeSchema.safeParse({ ...theme, translations: { xx: 'x' } }).success).toBe(false);
  });

  it('is accepted by theme:add and theme:update, and refused there when malformed', () => {
    const add = (translations: unknown) =>
      clientCommandSchema.safeParse({
        type: 'theme:add',
        commandId: 'cmd-000001',
        themes: [{ name: 'Funding', colour: '#2a8170', translations }],
      }).success;
    expect(add({ ar: 'التمويل', fr: 'Financement', sv: 'Finansiering' })).toBe(true);
    expect(add({ ar: '' })).toBe(false);
    expect(add({ ru: 'Финансирование' })).toBe(false);
    expect(themeInputSchema.parse({ name: 'Funding', colour: '#2a8170' })).not.toHaveProperty('translations');
    expect(themePatchSchema.parse({ translations: {} })).toEqual({ translations: {} });
    expect(themePatchSchema.safeParse({ translations: { en: ' ' } }).success).toBe(false);
  });

  it('is optional on a balance category and on each option', () => {
    const old = { id: 'sector', name: 'Sector', options: [{ id: 'donor', label: 'Donor' }] };
    expect(balanceCategorySchema.parse(old)).toEqual(old);
    const translatedCategory = {
      ...old,
      translations: { ar: 'القطاع' },
      options: [{ id: 'donor', label: 'Donor', translations: { fr: 'Bailleur de fonds' } }],
    };
    expect(balanceCategorySchema.parse(translatedCategory)).toEqual(translatedCategory);
    expect(balanceCategorySchema.safeParse({ ...old, translations: { ar: 'x'.repeat(61) } }).success).toBe(false);
    expect(
      balanceCategorySchema.safeParse({ ...old, options: [{ id: 'donor', label: 'Donor', translations: { es: 'x' } }] })
        .success,
    ).toBe(false);
  });

  it('lets a meeting snapshot without any translations parse as before', () => {
    const themes = meetingSchema.shape.themes.parse([theme]);
    expect(themes[0]).not.toHaveProperty('translations');
  });
});

describe('localizedName', () => {
  const funding = { name: 'Funding', translations: { ar: 'التمويل', fr: 'Financement' } };

  it('gives the translation for the reader’s language', () => {
    expect(localizedName(funding, 'ar')).toBe('التمويل');
    expect(localizedName(funding, 'fr')).toBe('Financement');
  });

  it('reads a regional code by its language (fr-CA is French)', () => {
    expect(localizedName(funding, 'fr-CA')).toBe('Financement');
  });

  it('falls back to the name as written when there is no translation for the language', () => {
    expect(localizedName(funding, 'sv')).toBe('Funding');
    expect(localizedName({ name: 'Funding' }, 'ar')).toBe('Funding');
    expect(localizedName(funding, '')).toBe('Funding');
  });

  it('never shows a blank translation in place of the name', () => {
    expect(translated('Funding', { ar: '  ' }, 'ar')).toBe('Funding');
  });

  it('does the same for a balance option label', () => {
    expect(localizedLabel({ label: 'Donor', translations: { ar: 'الجهات المانحة' } }, 'ar')).toBe('الجهات المانحة');
    expect(localizedLabel({ label: 'Donor' }, 'ar')).toBe('Donor');
  });
});

describe('presets in the meeting', () => {
  it('name each preset theme in the content language and translate it into the other three', () => {
    const wps = THEME_PRESETS.find((p) => p.id === 'wps');
    if (!wps) throw new Error('no WPS preset');
    const [participation] = presetThemeDrafts(wps, 'ar');
    expect(participation).toEqual({
      name: 'المشاركة',
      description: '',
      colour: THEME_COLOURS[0].hex,
      translations: { en: 'Participation', fr: 'Participation', sv: 'Deltagande' },
    });
    for (const language of LANGUAGES) {
      for (const draft of presetThemeDrafts(wps, language)) {
        const parsed = themeInputSchema.parse(draft);
        expect(Object.keys(parsed.translations ?? {}).sort()).toEqual(LANGUAGES.filter((l) => l !== language).sort());
        // An Arabic reader sees the Arabic name whatever the meeting's language.
        expect(localizedName(parsed, 'ar')).toMatch(/[\u0600-\u06FF]/);
      }
    }
  });

  it('use only the swatch colours, so preset themes keep their contrast on the wall screen too', () => {
    const swatches: string[] = THEME_COLOURS.map((c) => c.hex);
    for (const preset of THEME_PRESETS) for (const th of preset.themes) expect(swatches).toContain(th.colour);
  });

  it('give each theme of a set its own colour', () => {
    for (const preset of THEME_PRESETS) {
      const colours = preset.themes.map((th) => th.colour);
      expect(new Set(colours).size, preset.id).toBe(colours.length);
    }
  });

  it('offer balance categories with every name and option in all four languages, valid as categories', () => {
    for (const preset of BALANCE_PRESETS) {
      for (const language of LANGUAGES) {
        const category = {
          id: preset.id,
          ...namedIn(preset.name, language),
          options: preset.options.map((o) => {
            const { name, translations } = namedIn(o.label, language);
            return { id: o.id, label: name, translations };
          }),
        };
        expect(balanceCategorySchema.safeParse(category).success, language).toBe(true);
      }
      expect(preset.name.ar).toMatch(/[\u0600-\u06FF]/);
      for (const o of preset.options) expect(o.label.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });
});
