import { describe, expect, it } from 'vitest';
import { reportDocumentSchema, reviewDecisionBodySchema, safeHrefSchema, sectionKeySchema } from './report.js';

const doc = (sections: unknown[]) => ({ language: 'en', dir: 'ltr', sections });
const section = (key: string, blocks: unknown[] = []) => ({ key, heading: key, blocks });
const paragraph = (content: unknown[]) => ({ id: 'p1', kind: 'paragraph', content });

describe('report document schema', () => {
  it.each([
    ['https://example.org/a?b=c', true],
    ['http://example.org', true],
    ['mailto:rapporteur@example.org', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:x', false],
    ['//example.org', false],
    ['https://exa mple.org', false],
    ['https://example.org/"onmouseover="x', false],
  ])('link %s allowed: %s', (href, ok) => {
    expect(safeHrefSchema.safeParse(href).success).toBe(ok);
  });

  it('fills defaults: not internal, not edited, no sources', () => {
    const parsed = reportDocumentSchema.parse(doc([section('summary', [paragraph([{ text: 'A' }])])]));
    expect(parsed.sections[0]).toEqual({
      key: 'summary',
      heading: 'summary',
      internal: false,
      edited: false,
      blocks: [{ id: 'p1', kind: 'paragraph', content: [{ text: 'A' }], sources: [], reviewItemId: null }],
    });
  });

  it.each([
    ['a javascript: link in a run', doc([section('summary', [paragraph([{ text: 'x', href: 'javascript:x' }])])])],
    ['an unknown block kind', doc([section('summary', [{ id: 'x1', kind: 'script', content: [] }])])],
    ['an unknown run property', doc([section('summary', [paragraph([{ text: 'x', onclick: 'x' }])])])],
    ['a section key twice', doc([section('summary'), section('summary')])],
    ['a custom key with capitals', doc([section('custom-Extra')])],
    ['a block id with spaces', doc([section('summary', [{ ...paragraph([]), id: 'a b' }])])],
    ['an unknown language', { ...doc([]), language: 'de' }],
  ])('refuses %s', (_name, input) => {
    expect(reportDocumentSchema.safeParse(input).success).toBe(false);
  });

  it('accepts generated and custom section keys', () => {
    expect(sectionKeySchema.safeParse('annex-participants').success).toBe(true);
    expect(sectionKeySchema.safeParse('custom-follow-up-2').success).toBe(true);
    expect(sectionKeySchema.safeParse('appendix').success).toBe(false);
  });

  it('needs a suggestion text to suggest changes', () => {
    expect(reviewDecisionBodySchema.safeParse({ decision: 'approve' }).success).toBe(true);
    expect(reviewDecisionBodySchema.safeParse({ decision: 'suggest', suggestion: '  ' }).success).toBe(false);
    expect(reviewDecisionBodySchema.safeParse({ decision: 'suggest', suggestion: 'Shorter.' }).success).toBe(true);
  });
});
