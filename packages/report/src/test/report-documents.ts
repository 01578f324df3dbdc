import type { Chart, Inline, ReportBlock, ReportDocument, ReportSection } from '@hiwar/protocol';

/** Report documents built directly, as the exporters receive them, for the HTML and DOCX tests. */

export const paragraph = (id: string, ...content: Inline[]): ReportBlock => ({
  id,
  kind: 'paragraph',
  content,
  sources: [],
  reviewItemId: null,
});

export const heading = (id: string, text: string): ReportBlock => ({ id, kind: 'heading', content: [{ text }] });

export const list = (id: string, ordered: boolean, ...items: string[]): ReportBlock => ({
  id,
  kind: 'list',
  ordered,
  items: items.map((text) => ({ content: [{ text }], sources: [] })),
});

export const chart = (id: string, value: Chart): ReportBlock => ({ id, kind: 'chart', chart: value });

export const section = (key: string, headingText: string, blocks: ReportBlock[], internal = false): ReportSection => ({
  key,
  heading: headingText,
  internal,
  edited: false,
  blocks,
});

export function englishReport(): ReportDocument {
  return {
    language: 'en',
    dir: 'ltr',
    sections: [
      section('header', 'Water & climate: "Sahel" dialogue no. 4', [
        paragraph('header-1', { text: 'Host organisation: Dialogue Institute' }),
        paragraph('header-2', { text: 'Date: 14 March 2026. Format: hybrid.' }),
      ]),
      section('summary', 'Summary', [
        paragraph(
          'summary-1',
          { text: 'Twenty-eight participants from ' },
          { text: 'civil society', bold: true },
          { text: ' and ' },
          { text: 'government', italic: true },
          { text: ' met; see ' },
          { text: 'the background paper', href: 'https://example.org/paper?lang=en&v=2', note: 'Published in 2025.' },
          { text: '.' },
        ),
        list('summary-2', false, 'Water is a security issue.', 'Data must be shared.'),
      ]),
      section('discussion', 'Discussion', [
        heading('discussion-1', 'Breaking out of the silo'),
        paragraph('discussion-2', {
          text: 'Participants strongly agreed that ministries should plan together.',
          note: 'Counted from 15 of 28 participants.',
        }),
        chart('discussion-3', {
          title: 'Points per theme',
          unit: 'points',
          bars: [
            { label: 'Governance', value: 12 },
            { label: 'Data sharing', value: 6 },
            { label: 'Funding', value: 0 },
          ],
        }),
      ]),
      section('recommendations', 'Recommendations and way forward', [
        list('recommendations-1', true, 'Fund joint basin committees.', 'Publish river data.'),
        list('recommendations-2', true, 'Review in one year.'),
      ]),
      section('notes', 'Notes', [list('notes-1', false, 'Quantifiers follow how many people raised each point.')]),
      section('disclaimer', 'Disclaimer', [paragraph('disclaimer-1', { text: 'Views are not attributed.' })]),
      section(
        'annex-agenda',
        'Annex (internal): Agenda',
        [
          list('annex-agenda-1', true, 'Opening (10 minutes)', 'Secret side meeting with the minister'),
          paragraph('annex-agenda-2', { text: 'Owner of next steps: Amal', note: 'Internal annex note.' }),
        ],
        true,
      ),
    ],
  };
}

export function arabicReport(): ReportDocument {
  return {
    language: 'ar',
    dir: 'rtl',
    sections: [
      section('header', 'المرأة والسلام والأمن: حوار السياسات', [
        paragraph('header-1', { text: 'تنظيم: معهد الحوار' }),
        paragraph('header-2', { text: 'التاريخ: ١٤ مارس ٢٠٢٦. الصيغة: هجين.' }),
      ]),
      section('summary', 'ملخّص', [
        paragraph(
          'summary-1',
          { text: 'شدّد عدد من المشاركين على أن برنامج UN Women (هيئة الأمم المتحدة للمرأة) ' },
          { text: 'يدعم القرار 1325', bold: true, note: 'انظر تقرير UN Women لعام 2025.' },
          { text: '، كما ورد في ' },
          { text: 'التقرير السنوي', href: 'https://www.unwomen.org/ar' },
          { text: '.' },
        ),
        list('summary-2', true, 'تمويل منظمات المجتمع المدني.', 'إشراك النساء في لجان الوساطة Track II.'),
      ]),
      section('discussion', 'المناقشة', [
        heading('discussion-1', 'الخروج من العزلة'),
        paragraph('discussion-2', { text: 'أشار بعض المشاركين إلى أهمية البيانات المفتوحة.' }),
        chart('discussion-3', {
          title: 'النقاط حسب المحور',
          unit: 'points',
          bars: [
            { label: 'الحوكمة', value: 14 },
            { label: 'التمويل Funding', value: 7 },
            { label: 'الحماية', value: 3 },
          ],
        }),
      ]),
      section('disclaimer', 'إخلاء مسؤولية', [paragraph('disclaimer-1', { text: 'لا تُنسب الآراء إلى أشخاص.' })]),
      section(
        'annex-parking-lot',
        'ملحق (للاستخدام الداخلي): المسائل المؤجّلة',
        [list('annex-parking-lot-1', false, 'متابعة مع الوزارة (سرّي)')],
        true,
      ),
    ],
  };
}

export const ATTACKS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  href: 'javascript:alert(1)',
} as const;

/**
 * A report whose every text is hostile. The forced-in link and the control characters could never pass the
 * protocol's schema; the cast shows the renderers refuse them on their own.
 */
export function hostileReport(): ReportDocument {
  const evil = `${ATTACKS.script} ${ATTACKS.img} "quoted" & 'single'`;
  const forcedLink = { text: 'click me', href: ATTACKS.href } as Inline;
  return {
    language: 'en',
    dir: 'ltr',
    sections: [
      section('header', evil, [paragraph('header-1', { text: evil })]),
      section('custom-attack', `${ATTACKS.img}</h2>`, [
        heading('custom-attack-1', ATTACKS.script),
        paragraph(
          'custom-attack-2',
          forcedLink,
          { text: ' and ' },
          { text: `bad\u0001chars\uD800 ${ATTACKS.script}`, bold: true, note: `${ATTACKS.img}</w:t></w:r>` },
          { text: ' onclick=alert(1) javascript:alert(2)' },
        ),
        list('custom-attack-3', false, ATTACKS.img, ATTACKS.script),
        chart('custom-attack-4', {
          title: ATTACKS.script,
          unit: 'people',
          bars: [{ label: ATTACKS.img, value: 3 }],
        }),
      ]),
    ],
  };
}

/** One case of mixed directions: a report, the stretches that must be isolated, and text that must not be. */
export interface MixedDirectionCase {
  name: string;
  doc: ReportDocument;
  /** Each stretch of the other direction, with its own stop, as one isolated unit. */
  isolated: string[];
  /** Text right after an isolated stretch that stays in the report's direction. */
  after?: string;
  /** The block kind the case is about. */
  kind: 'paragraph' | 'list' | 'heading';
}

const mixedReport = (language: ReportDocument['language'], blocks: ReportBlock[]): ReportDocument => ({
  language,
  dir: language === 'ar' ? 'rtl' : 'ltr',
  sections: [
    section('header', language === 'ar' ? 'حوار المياه' : 'Water dialogue', []),
    section('discussion', 'D', blocks),
  ],
});

/** The four mixed-direction cases of issue 13, item 9, for every format's tests. */
export const MIXED_DIRECTIONS: MixedDirectionCase[] = [
  {
    name: 'an Arabic sentence in an English paragraph',
    doc: mixedReport('en', [
      paragraph('p-1', { text: 'One participant said: المياه شحيحة في الوادي. Others agreed.' }),
    ]),
    isolated: ['المياه شحيحة في الوادي.'],
    after: ' Others agreed.',
    kind: 'paragraph',
  },
  {
    name: 'English and French sentences in an Arabic report',
    doc: mixedReport('ar', [
      paragraph('p-1', {
        text: 'قال أحد المشاركين: Fund the basin committees. وأضاف آخر: Il faut partager les données. ووافق الجميع.',
      }),
    ]),
    isolated: ['Fund the basin committees.', 'Il faut partager les données.'],
    kind: 'paragraph',
  },
  {
    name: 'an Arabic item in an English ordered list',
    doc: mixedReport('en', [list('l-1', true, 'Publish river data (2 dots)', 'تمويل اللجان المشتركة (0 dots)')]),
    isolated: ['تمويل اللجان المشتركة'],
    after: ' (0 dots)',
    kind: 'list',
  },
  {
    name: 'an Arabic heading in a French report',
    // Typed with the Latin question mark, as on a French keyboard: unlike the Arabic one (؟, a strong
    // right-to-left character), it takes the direction of what surrounds it.
    doc: mixedReport('fr', [
      heading('h-1', 'من يموّل الوساطة?'),
      paragraph('p-1', { text: 'Les participants ont débattu.' }),
    ]),
    isolated: ['من يموّل الوساطة?'],
    kind: 'heading',
  },
];
