import { LANGUAGES, type Language, type NameTranslations, type ThemeDraft } from './model.js';

type Names = Record<Language, string>;

/**
 * The theme colours offered as swatches. Each marks a chip on a light card and a column on the dark wall
 * screen, so each keeps at least 3:1 contrast (WCAG's bar for such marks) against white, the page and the
 * projector's dark columns; colour-palette.test.ts holds them to it.
 */
export const THEME_COLOURS = [
  { id: 'green', hex: '#2a8170' },
  { id: 'blue', hex: '#3d72c4' },
  { id: 'purple', hex: '#9560c0' },
  { id: 'orange', hex: '#c0641a' },
  { id: 'red', hex: '#cc4444' },
  { id: 'olive', hex: '#6f7d2a' },
  { id: 'pink', hex: '#c04b8a' },
  { id: 'slate', hex: '#6b7785' },
] as const;
export type ThemeColourId = (typeof THEME_COLOURS)[number]['id'];
const colour = Object.fromEntries(THEME_COLOURS.map((c) => [c.id, c.hex])) as Record<ThemeColourId, string>;

export interface ThemePreset {
  id: 'wps' | 'wps-cross-cutting' | 'yps' | 'kind-of-point';
  name: Names;
  themes: { name: Names; colour: string }[];
}

/**
 * Ready-made theme sets a facilitator can start from. They are data like any custom theme: applying a
 * set copies its themes into the meeting, named in the meeting's content language with the other three
 * languages as translations (see presetThemeDrafts).
 */
export const THEME_PRESETS: ThemePreset[] = [
  {
    id: 'wps',
    name: {
      en: 'Women, Peace and Security (UNSCR 1325 pillars)',
      ar: 'المرأة والسلام والأمن (ركائز القرار 1325)',
      fr: 'Femmes, paix et sécurité (piliers de la résolution 1325)',
      sv: 'Kvinnor, fred och säkerhet (pelarna i resolution 1325)',
    },
    themes: [
      { colour: colour.green, name: { en: 'Participation', ar: 'المشاركة', fr: 'Participation', sv: 'Deltagande' } },
      { colour: colour.blue, name: { en: 'Protection', ar: 'الحماية', fr: 'Protection', sv: 'Skydd' } },
      { colour: colour.purple, name: { en: 'Prevention', ar: 'الوقاية', fr: 'Prévention', sv: 'Förebyggande' } },
      {
        colour: colour.orange,
        name: {
          en: 'Relief and recovery',
          ar: 'الإغاثة والتعافي',
          fr: 'Secours et relèvement',
          sv: 'Nödhjälp och återuppbyggnad',
        },
      },
    ],
  },
  {
    id: 'wps-cross-cutting',
    name: {
      en: 'Women, Peace and Security: cross-cutting tags',
      ar: 'المرأة والسلام والأمن: محاور شاملة',
      fr: 'Femmes, paix et sécurité : thèmes transversaux',
      sv: 'Kvinnor, fred och säkerhet: övergripande teman',
    },
    themes: [
      {
        colour: colour.red,
        name: {
          en: 'Backlash and shrinking civic space',
          ar: 'ردود الفعل العكسية وتقلّص الفضاء المدني',
          fr: 'Réactions hostiles et rétrécissement de l’espace civique',
          sv: 'Motreaktioner och krympande civilt utrymme',
        },
      },
      {
        colour: colour.green,
        name: { en: 'Strengthening networks', ar: 'تعزيز الشبكات', fr: 'Renforcer les réseaux', sv: 'Stärka nätverk' },
      },
      {
        colour: colour.blue,
        name: {
          en: 'Broadening the scope (migration, armament, occupation)',
          ar: 'توسيع النطاق (الهجرة، التسلّح، الاحتلال)',
          fr: 'Élargir le champ (migration, armement, occupation)',
          sv: 'Vidga perspektivet (migration, upprustning, ockupation)',
        },
      },
      {
        colour: colour.olive,
        name: {
          en: 'Breaking out of silos',
          ar: 'الخروج من العزلة القطاعية',
          fr: 'Sortir des silos',
          sv: 'Bryta upp stuprör',
        },
      },
      {
        colour: colour.purple,
        name: {
          en: 'Participation alongside protection',
          ar: 'المشاركة إلى جانب الحماية',
          fr: 'La participation aux côtés de la protection',
          sv: 'Deltagande vid sidan av skydd',
        },
      },
      {
        colour: colour.orange,
        name: {
          en: 'New counterparts and engaging men',
          ar: 'شركاء جدد وإشراك الرجال',
          fr: 'Nouveaux interlocuteurs et implication des hommes',
          sv: 'Nya motparter och att engagera män',
        },
      },
      {
        colour: colour.pink,
        name: {
          en: 'National action plans',
          ar: 'خطط العمل الوطنية',
          fr: 'Plans d’action nationaux',
          sv: 'Nationella handlingsplaner',
        },
      },
      { colour: colour.slate, name: { en: 'Funding', ar: 'التمويل', fr: 'Financement', sv: 'Finansiering' } },
    ],
  },
  {
    id: 'yps',
    name: {
      en: 'Youth, Peace and Security (UNSCR 2250)',
      ar: 'الشباب والسلام والأمن (القرار 2250)',
      fr: 'Jeunesse, paix et sécurité (résolution 2250)',
      sv: 'Unga, fred och säkerhet (resolution 2250)',
    },
    themes: [
      { colour: colour.green, name: { en: 'Participation', ar: 'المشاركة', fr: 'Participation', sv: 'Deltagande' } },
      { colour: colour.blue, name: { en: 'Protection', ar: 'الحماية', fr: 'Protection', sv: 'Skydd' } },
      { colour: colour.purple, name: { en: 'Prevention', ar: 'الوقاية', fr: 'Prévention', sv: 'Förebyggande' } },
      { colour: colour.orange, name: { en: 'Partnerships', ar: 'الشراكات', fr: 'Partenariats', sv: 'Partnerskap' } },
      {
        colour: colour.slate,
        name: {
          en: 'Disengagement and reintegration',
          ar: 'فك الارتباط وإعادة الإدماج',
          fr: 'Désengagement et réintégration',
          sv: 'Avhopp och återintegrering',
        },
      },
    ],
  },
  {
    id: 'kind-of-point',
    name: { en: 'Kind of point', ar: 'نوع النقطة', fr: 'Type de point', sv: 'Typ av synpunkt' },
    themes: [
      {
        colour: colour.pink,
        name: {
          en: 'Context and trends',
          ar: 'السياق والاتجاهات',
          fr: 'Contexte et tendances',
          sv: 'Sammanhang och trender',
        },
      },
      { colour: colour.red, name: { en: 'Challenges', ar: 'التحديات', fr: 'Défis', sv: 'Utmaningar' } },
      {
        colour: colour.green,
        name: { en: 'Good practices', ar: 'الممارسات الجيدة', fr: 'Bonnes pratiques', sv: 'Goda exempel' },
      },
      { colour: colour.orange, name: { en: 'Gaps', ar: 'الثغرات', fr: 'Lacunes', sv: 'Luckor' } },
      {
        colour: colour.blue,
        name: { en: 'Recommendations', ar: 'التوصيات', fr: 'Recommandations', sv: 'Rekommendationer' },
      },
      {
        colour: colour.purple,
        name: { en: 'Open questions', ar: 'أسئلة مفتوحة', fr: 'Questions ouvertes', sv: 'Öppna frågor' },
      },
    ],
  },
];

/** Names in all four languages as the original (in `language`) and translations (the other three). */
export function namedIn(names: Names, language: Language): { name: string; translations: NameTranslations } {
  return {
    name: names[language],
    translations: Object.fromEntries(LANGUAGES.filter((l) => l !== language).map((l) => [l, names[l]])),
  };
}

/** A preset's themes as the meeting receives them: named in its content language, translated into the rest. */
export function presetThemeDrafts(preset: ThemePreset, contentLanguage: Language): ThemeDraft[] {
  return preset.themes.map((theme) => ({
    ...namedIn(theme.name, contentLanguage),
    description: '',
    colour: theme.colour,
  }));
}

export interface BalancePreset {
  id: 'sector';
  name: Names;
  options: { id: string; label: Names }[];
}

/**
 * Ready-made balance categories. The option ids are stable keys, so people's answers keep their meaning
 * when a label is renamed.
 */
export const BALANCE_PRESETS: BalancePreset[] = [
  {
    id: 'sector',
    name: { en: 'Sector', ar: 'القطاع', fr: 'Secteur', sv: 'Sektor' },
    options: [
      {
        id: 'civil-society',
        label: { en: 'Civil society', ar: 'المجتمع المدني', fr: 'Société civile', sv: 'Civilsamhället' },
      },
      {
        id: 'government',
        label: { en: 'Government', ar: 'الحكومة', fr: 'Gouvernement', sv: 'Regering och myndigheter' },
      },
      { id: 'donor', label: { en: 'Donor', ar: 'الجهات المانحة', fr: 'Bailleur de fonds', sv: 'Givare' } },
      {
        id: 'academia',
        label: { en: 'Academia', ar: 'الأوساط الأكاديمية', fr: 'Milieu universitaire', sv: 'Akademin' },
      },
    ],
  },
];
