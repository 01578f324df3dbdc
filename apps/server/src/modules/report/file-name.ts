import type { ExportFormat } from '@hiwar/protocol';

/** A download's name twice: as people read it (any script), and in ASCII for clients that know no better. */
export interface ExportFileName {
  utf8: string;
  ascii: string;
}

const MAX_STEM = 80;

/** Words of letters and digits of any script, lower case, joined by dashes. */
function slug(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The same in ASCII: accents dropped (é → e), other scripts left out. */
function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** At most MAX_STEM characters (code points), cut at a dash where there is one. */
function shorten(stem: string): string {
  const chars = [...stem];
  if (chars.length <= MAX_STEM) return stem;
  const cut = chars.slice(0, MAX_STEM).join('');
  const dash = cut.lastIndexOf('-');
  return (dash > MAX_STEM / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/**
 * An export's file name from the meeting's title and date, as people file reports:
 * "water-climate-jordan-valley-2026-03-14.docx". Arabic titles keep their letters in the UTF-8 name; the
 * ASCII name keeps what it can and says "meeting" when nothing is left. Never "report.*".
 */
export function exportFileName(title: string, startsAt: string | null, format: ExportFormat): ExportFileName {
  const date = startsAt?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  const name = (stem: string) => `${[shorten(stem) || 'meeting', date].filter(Boolean).join('-')}.${format}`;
  return { utf8: name(slug(title)), ascii: name(asciiSlug(title)) };
}

/**
 * A Content-Disposition header with both names: filename="…" in ASCII for old clients, and RFC 5987's
 * filename*=UTF-8''… that current browsers prefer, so an Arabic title stays readable.
 */
export function contentDisposition(kind: 'attachment' | 'inline', name: ExportFileName): string {
  const ascii = name.ascii.replace(/[^\x20-\x7e]|["\\]/g, '_');
  // encodeURIComponent leaves ' ( ) * ! unescaped; RFC 5987's attr-char does not allow ' ( ) *.
  const encoded = encodeURIComponent(name.utf8).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
