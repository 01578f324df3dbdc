import { type Inline, isSafeHref } from '@hiwar/protocol';

const NOTE_CLASS = 'note-marker';

interface Style {
  bold: boolean;
  italic: boolean;
  href: string | null;
}

/** Elements whose content is never text a person meant to keep. */
const DROPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'NOSCRIPT']);
const BLOCKS = new Set(['DIV', 'P', 'LI', 'BR', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR']);

function sameStyle(a: Inline, b: Style): boolean {
  return !!a.bold === b.bold && !!a.italic === b.italic && (a.href ?? null) === b.href;
}

/**
 * The inline runs an edited element holds: text, bold, italic, safe links and footnote markers. Everything
 * else (images, scripts, unknown elements, attributes, styles) is flattened to its text or dropped, so what
 * a person pastes or types can never become markup in the report.
 */
export function domToRuns(root: Node): Inline[] {
  const runs: Inline[] = [];
  const push = (text: string, style: Style) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && !last.note && sameStyle(last, style)) {
      last.text += text;
      return;
    }
    const run: Inline = { text };
    if (style.bold) run.bold = true;
    if (style.italic) run.italic = true;
    if (style.href) run.href = style.href;
    runs.push(run);
  };
  const walk = (node: Node, style: Style) => {
    if (node.nodeType === 3) {
      push((node.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' '), style);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const el = node as Element;
    const tag = node.nodeType === 1 ? el.tagName.toUpperCase() : '';
    if (DROPPED.has(tag)) return;
    if (tag === 'SUP' && el.classList.contains(NOTE_CLASS)) {
      const note = (el.getAttribute('data-note') ?? '').trim();
      if (!note) return;
      const last = runs[runs.length - 1];
      if (last && !last.note) last.note = note;
      else runs.push({ text: '', note });
      return;
    }
    const next: Style = { ...style };
    if (tag === 'B' || tag === 'STRONG') next.bold = true;
    if (tag === 'I' || tag === 'EM') next.italic = true;
    if (tag === 'A') {
      const href = el.getAttribute('href')?.trim();
      next.href = isSafeHref(href) ? href : null;
    }
    if (BLOCKS.has(tag) && runs.length > 0) push(' ', style);
    for (const child of Array.from(node.childNodes)) walk(child, next);
  };
  walk(root, { bold: false, italic: false, href: null });
  // Trim the edges; a run emptied by trimming is kept only for its footnote.
  const first = runs[0];
  if (first) first.text = first.text.replace(/^\s+/, '');
  const last = runs[runs.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return runs.filter((r) => r.text !== '' || r.note);
}

/**
 * Builds the DOM of runs for the editor with createElement and text nodes only: no string of user text is
 * ever parsed as HTML. Footnotes show as a marker that is not editable itself.
 */
export function runsToDom(runs: readonly Inline[], doc: Document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const run of runs) {
    let node: Node = doc.createTextNode(run.text);
    if (run.italic) {
      const em = doc.createElement('em');
      em.append(node);
      node = em;
    }
    if (run.bold) {
      const strong = doc.createElement('strong');
      strong.append(node);
      node = strong;
    }
    if (run.href && isSafeHref(run.href)) {
      const a = doc.createElement('a');
      a.setAttribute('href', run.href);
      a.setAttribute('rel', 'noopener noreferrer');
      a.setAttribute('target', '_blank');
      a.append(node);
      node = a;
    }
    if (run.text) fragment.append(node);
    if (run.note) fragment.append(noteMarker(run.note, doc));
  }
  return fragment;
}

/** The marker of a footnote inside the editor; its text is kept in an attribute and shown as a tooltip. */
export function noteMarker(note: string, doc: Document): HTMLElement {
  const sup = doc.createElement('sup');
  sup.className = NOTE_CLASS;
  sup.setAttribute('data-note', note);
  sup.setAttribute('title', note);
  sup.setAttribute('contenteditable', 'false');
  sup.textContent = '*';
  return sup;
}

/**
 * Text of any direction put into a translated sentence, kept apart by Unicode isolates so a Latin name in an
 * Arabic sentence (or the reverse) does not pull the punctuation around it out of place.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;
