import type { Language } from './model.js';

type Names = Record<Language, string>;

export interface ThemePreset {
  id: 'wps' | 'wps-cross-cutting' | 'yps' | 'kind-of-point';
  name: Names;
  themes: { name: Names; colour: string }[];
}

/**
 * Ready-made theme sets a facilitator can start from. They are data like any custom theme: applying a
 * set copies its themes, in the meeting's content language, into the meeting.
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
      { colour: '#1f6f5c', name: { en: 'Participation', ar: 'المشاركة', fr: 'Participation', sv: 'Deltagande' } },
      { colour: '#2f5da8', name: { en: 'Protection', ar: 'الحماية', fr: 'Protection', sv: 'Skydd' } },
      { colour: '#8a4fb0', name: { en: 'Prevention', ar: 'الوقاية', fr: 'Prévention', sv: 'Förebyggande' } },
      {
        colour: '#b5651d',
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
      ar: 'المرأة والسلام والأمن: وسوم مشتركة',
      fr: 'Femmes, paix et sécurité : thèmes transversaux',
      sv: 'Kvinnor, fred och säkerhet: övergripande teman',
    },
    themes: [
      {
        colour: '#a83232',
        name: {
          en: 'Backlash and shrinking civic space',
          ar: 'ردود الفعل العكسية وتقلّص الفضاء المدني',
          fr: 'Réactions hostiles et rétrécissement de l’espace civique',
          sv: 'Motreaktioner och krympande civilt utrymme',
        },
      },
      {
        colour: '#1f6f5c',
        name: { en: 'Strengthening networks', ar: 'تعزيز الشبكات', fr: 'Renforcer les réseaux', sv: 'Stärka nätverk' },
      },
      {
        colour: '#2f5da8',
        name: {
          en: 'Broadening the scope (migration, armament, occupation)',
          ar: 'توسيع النطاق (الهجرة، التسلّح، الاحتلال)',
          fr: 'Élargir le champ (migration, armement, occupation)',
          sv: 'Vidga perspektivet (migration, upprustning, ockupation)',
        },
      },
      {
        colour: '#6b6b1f',
        name: {
          en: 'Breaking out of silos',
          ar: 'الخروج من العزلة القطاعية',
          fr: 'Sortir des silos',
          sv: 'Bryta upp stuprör',
        },
      },
      {
        colour: '#8a4fb0',
        name: {
          en: 'Participation alongside protection',
          ar: 'المشاركة إلى جانب الحماية',
          fr: 'La participation aux côtés de la protection',
          sv: 'Deltagande vid sidan av skydd',
        },
      },
      {
        colour: '#b5651d',
        name: {
          en: 'New counterparts and engaging men',
          ar: 'شركاء جدد وإشراك الرجال',
          fr: 'Nouveaux interlocuteurs et implication des hommes',
          sv: 'Nya motparter och att engagera män',
        },
      },
      {
        colour: '#3b7a99',
        name: {
          en: 'National action plans',
          ar: 'خطط العمل الوطنية',
          fr: 'Plans d’action nationaux',
          sv: 'Nationella handlingsplaner',
        },
      },
      { colour: '#596273', name: { en: 'Funding', ar: 'التمويل', fr: 'Financement', sv: 'Finansiering' } },
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
      { colour: '#1f6f5c', name: { en: 'Participation', ar: 'المشاركة', fr: 'Participation', sv: 'Deltagande' } },
      { colour: '#2f5da8', name: { en: 'Protection', ar: 'الحماية', fr: 'Protection', sv: 'Skydd' } },
      { colour: '#8a4fb0', name: { en: 'Prevention', ar: 'الوقاية', fr: 'Prévention', sv: 'Förebyggande' } },
      { colour: '#b5651d', name: { en: 'Partnerships', ar: 'الشراكات', fr: 'Partenariats', sv: 'Partnerskap' } },
      {
        colour: '#596273',
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
    name: { en: 'Kind of point', ar: 'نوع المداخلة', fr: 'Type de point', sv: 'Typ av inlägg' },
    themes: [
      {
        colour: '#3b7a99',
        name: {
          en: 'Context and trends',
          ar: 'السياق والاتجاهات',
          fr: 'Contexte et tendances',
          sv: 'Sammanhang och trender',
        },
      },
      { colour: '#a83232', name: { en: 'Challenges', ar: 'التحديات', fr: 'Défis', sv: 'Utmaningar' } },
      {
        colour: '#1f6f5c',
        name: { en: 'Good practices', ar: 'الممارسات الجيدة', fr: 'Bonnes pratiques', sv: 'Goda exempel' },
      },
      { colour: '#b5651d', name: { en: 'Gaps', ar: 'الثغرات', fr: 'Lacunes', sv: 'Luckor' } },
      {
        colour: '#2f5da8',
        name: { en: 'Recommendations', ar: 'التوصيات', fr: 'Recommandations', sv: 'Rekommendationer' },
      },
      {
        colour: '#8a4fb0',
        name: { en: 'Open questions', ar: 'أسئلة مفتوحة', fr: 'Questions ouvertes', sv: 'Öppna frågor' },
      },
    ],
  },
];
