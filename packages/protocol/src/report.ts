import { z } from 'zod';
import { idSchema, languageSchema } from './model.js';
import { requiredFreeText, withoutBidiOverrides } from './text.js';

/**
 * The rapporteur's report as a document of plain data: sections of blocks of inline runs. The editor turns
 * what the rapporteur types into this shape and every export renders from it, so no HTML a person typed
 * ever reaches an export: text is text, links are http(s) or mailto only, and nothing can carry a script.
 */
export const REPORT_LIMITS = {
  textLength: 20_000,
  runsPerBlock: 400,
  blocksPerSection: 600,
  sections: 40,
  listItems: 200,
  headingLength: 300,
  noteLength: 2_000,
  hrefLength: 2_000,
  sources: 500,
  chartBars: 40,
  suggestionLength: 8_000,
} as const;

/** Sections the generator writes. The rapporteur may add others, whose keys start with "custom-". */
export const REPORT_SECTION_KEYS = [
  'header',
  'summary',
  'presentations',
  'discussion',
  'recommendations',
  'notes',
  'disclaimer',
  'annex-themes',
  'annex-agenda',
  'annex-parking-lot',
  'annex-balance',
  'annex-participants',
] as const;
export type GeneratedSectionKey = (typeof REPORT_SECTION_KEYS)[number];

export const sectionKeySchema = z.union([
  z.enum(REPORT_SECTION_KEYS),
  z.string().regex(/^custom-[a-z0-9-]{1,40}$/, 'A custom section key is "custom-" and lowercase letters or digits.'),
]);

const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s<>"'`]+$/i;

/** Whether a link may stand in a report: web and e-mail addresses only, nothing that could run or break out. */
export function isSafeHref(href: string | null | undefined): href is string {
  return typeof href === 'string' && SAFE_HREF.test(href);
}

/** A link a report may carry: only web and e-mail addresses. */
export const safeHrefSchema = z
  .string()
  .trim()
  .max(REPORT_LIMITS.hrefLength)
  .refine(isSafeHref, { message: 'A link must start with http://, https:// or mailto:.' });

/** A run of text with the same formatting. A footnote, when given, follows the run. */
export const inlineSchema = z.strictObject({
  // Rich text keeps the isolates the draft puts around people's words; overrides never belong in a report.
  text: z.string().overwrite(withoutBidiOverrides).max(REPORT_LIMITS.textLength),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: safeHrefSchema.optional(),
  note: requiredFreeText(REPORT_LIMITS.noteLength).optional(),
});
export type Inline = z.infer<typeof inlineSchema>;

const runsSchema = z.array(inlineSchema).max(REPORT_LIMITS.runsPerBlock);
const sourcesSchema = z.array(idSchema).max(REPORT_LIMITS.sources).default([]);
const blockIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);

export const listItemSchema = z.strictObject({
  content: runsSchema,
  /** Ids of the points this item came from. */
  sources: sourcesSchema,
});
export type ListItem = z.infer<typeof listItemSchema>;

export const chartSchema = z.strictObject({
  title: z.string().overwrite(withoutBidiOverrides).max(REPORT_LIMITS.headingLength),
  /** What the numbers count, shown after each value: points, people, minutes. */
  unit: z.enum(['points', 'people', 'minutes', 'turns']),
  bars: z
    .array(z.strictObject({ label: z.string().max(REPORT_LIMITS.headingLength), value: z.number().min(0).max(1e9) }))
    .max(REPORT_LIMITS.chartBars),
});
export type Chart = z.infer<typeof chartSchema>;

export const reportBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: blockIdSchema,
    kind: z.literal('paragraph'),
    content: runsSchema,
    /** Ids of the points the text came from, shown to the rapporteur next to the text. */
    sources: sourcesSchema,
    /** For a presenter's paragraph: the agenda item whose presenter reviews it. */
    reviewItemId: idSchema.nullable().default(null),
  }),
  z.strictObject({
    id: blockIdSchema,
    kind: z.literal('heading'),
    content: runsSchema,
  }),
  z.strictObject({
    id: blockIdSchema,
    kind: z.literal('list'),
    ordered: z.boolean().default(false),
    items: z.array(listItemSchema).max(REPORT_LIMITS.listItems),
  }),
  z.strictObject({
    id: blockIdSchema,
    kind: z.literal('chart'),
    chart: chartSchema,
  }),
]);
export type ReportBlock = z.infer<typeof reportBlockSchema>;
export type ReportBlockInput = z.input<typeof reportBlockSchema>;

export const reportSectionSchema = z.strictObject({
  key: sectionKeySchema,
  heading: z
    .string()
    .overwrite((s) => withoutBidiOverrides(s).trim())
    .max(REPORT_LIMITS.headingLength),
  /** Internal sections (the annexes) stay with the desk: public exports and the published link leave them out. */
  internal: z.boolean().default(false),
  /** Whether the rapporteur has changed this section since it was generated. */
  edited: z.boolean().default(false),
  blocks: z.array(reportBlockSchema).max(REPORT_LIMITS.blocksPerSection),
});
export type ReportSection = z.infer<typeof reportSectionSchema>;

export const reportDocumentSchema = z.strictObject({
  language: languageSchema,
  dir: z.enum(['ltr', 'rtl']),
  sections: z
    .array(reportSectionSchema)
    .max(REPORT_LIMITS.sections)
    .refine((sections) => new Set(sections.map((s) => s.key)).size === sections.length, {
      message: 'Each section key may appear once.',
    }),
});
export type ReportDocument = z.infer<typeof reportDocumentSchema>;
export type ReportDocumentInput = z.input<typeof reportDocumentSchema>;

export const REPORT_STATUSES = ['draft', 'published'] as const;

export const reportSchema = z.object({
  meetingId: idSchema,
  status: z.enum(REPORT_STATUSES),
  /** Goes up by one on every save; a save names the version it started from. */
  version: z.number().int().min(1),
  document: reportDocumentSchema,
  updatedAt: z.number(),
  publishedAt: z.number().nullable(),
  /** The read-only link's path once published, e.g. "/r/…". */
  publishedPath: z.string().nullable(),
});
export type Report = z.infer<typeof reportSchema>;

export const reportVersionSchema = z.object({
  version: z.number().int().min(1),
  savedAt: z.number(),
  savedBy: z.string(),
  reason: z.enum(['generate', 'edit', 'regenerate', 'restore', 'publish']),
});
export type ReportVersion = z.infer<typeof reportVersionSchema>;

export const REVIEW_STATUSES = ['pending', 'approved', 'changes-suggested'] as const;
export const reviewSchema = z.object({
  id: idSchema,
  itemId: idSchema,
  presenterName: z.string(),
  status: z.enum(REVIEW_STATUSES),
  suggestion: z.string().nullable(),
  updatedAt: z.number(),
  /** The presenter's review page, e.g. "/review/…". Only the desk sees it. */
  path: z.string(),
});
export type Review = z.infer<typeof reviewSchema>;

/** Where a Chatham House section names someone: blocks publishing and exporting until fixed. */
export const confidentialityFindingSchema = z.object({
  sectionKey: z.string(),
  sectionHeading: z.string(),
  blockId: z.string(),
  match: z.string(),
  /**
   * A participant's name or organisation, a meeting's sensitive term, or a block drawn from a point the
   * desk marked as identifying.
   */
  kind: z.enum(['name', 'organisation', 'term', 'identifying']),
});
export type ConfidentialityFinding = z.infer<typeof confidentialityFindingSchema>;

/** Everything the report desk loads. */
export const reportStateSchema = z.object({
  report: reportSchema.nullable(),
  reviews: z.array(reviewSchema),
  findings: z.array(confidentialityFindingSchema),
  /**
   * Likely names written in the other script (a participant "Salma Haddad" as «سلمى حداد»): uncertain, so
   * they warn and do not block; the desk may dismiss them.
   */
  warnings: z.array(confidentialityFindingSchema).default([]),
});
export type ReportState = z.infer<typeof reportStateSchema>;

export const generateReportBodySchema = z.strictObject({
  /** The content language; the meeting's by default. */
  language: languageSchema.optional(),
});

export const saveReportBodySchema = z.strictObject({
  baseVersion: z.number().int().min(1),
  document: reportDocumentSchema,
});
export type SaveReportBody = z.input<typeof saveReportBodySchema>;

export const baseVersionBodySchema = z.strictObject({ baseVersion: z.number().int().min(1) });

export const reviewPageSchema = z.object({
  meetingTitle: z.string(),
  hostOrganisation: z.string(),
  language: languageSchema,
  dir: z.enum(['ltr', 'rtl']),
  presenterName: z.string(),
  heading: z.string(),
  /** The paragraph as it stands in the draft now. */
  paragraph: z.array(inlineSchema),
  status: z.enum(REVIEW_STATUSES),
  suggestion: z.string().nullable(),
});
export type ReviewPage = z.infer<typeof reviewPageSchema>;

export const reviewDecisionBodySchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('approve') }),
  z.strictObject({
    decision: z.literal('suggest'),
    suggestion: requiredFreeText(REPORT_LIMITS.suggestionLength),
  }),
]);
export type ReviewDecisionBody = z.infer<typeof reviewDecisionBodySchema>;

export const EXPORT_FORMATS = ['md', 'html', 'pdf', 'docx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The plain text of runs, as a reader sees it (footnotes left out). */
export function plainText(runs: readonly Inline[]): string {
  return runs.map((r) => r.text).join('');
}
