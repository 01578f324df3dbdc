import { type Inline, isSafeHref } from '@hiwar/protocol';
import { Extension, type JSONContent, Node } from '@tiptap/core';
import Bold from '@tiptap/extension-bold';
import Document from '@tiptap/extension-document';
import Italic from '@tiptap/extension-italic';
import Link from '@tiptap/extension-link';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { UndoRedo } from '@tiptap/extensions';
import { Fragment, type Node as PmNode, Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** The class of a footnote marker in the editor; the old contentEditable editor used the same markup. */
export const NOTE_CLASS = 'note-marker';

/** Bidi embeddings and overrides (U+202A–U+202E): never kept from a paste. Isolates (U+2066–U+2069) stay. */
const BIDI_OVERRIDES = /[\u202a-\u202e]/g;
/** Line and paragraph breaks and tabs, which a one-line field turns into a space. */
const LINE_BREAKS = /[\t\n\r\f\v\u2028\u2029]+/g;

/**
 * A footnote: an inline atom after the text it annotates, holding the note's text. It stands for a run's
 * `note` in the document model, so it is shown as a marker and edited from the toolbar, never typed into.
 */
export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,
  addAttributes() {
    return {
      note: {
        default: '',
        parseHTML: (el) => (el.getAttribute('data-note') ?? '').trim(),
        renderHTML: (attrs) => ({ 'data-note': attrs.note, title: attrs.note }),
      },
    };
  },
  parseHTML() {
    return [{ tag: `sup.${NOTE_CLASS}[data-note]` }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['sup', { ...HTMLAttributes, class: NOTE_CLASS, contenteditable: 'false' }, '*'];
  },
  renderText: () => '',
});

/** A link mark with only an address, and only a web or e-mail address (isSafeHref). */
const SafeLink = Link.extend({
  addAttributes() {
    return {
      href: { default: null, parseHTML: (el) => el.getAttribute('href')?.trim() ?? null },
    };
  },
}).configure({
  autolink: false,
  openOnClick: false,
  linkOnPaste: true,
  protocols: [],
  isAllowedUri: (url) => isSafeHref(url.trim()),
  // An address pasted over selected words links them: a safe one, or one without a scheme (made http://).
  shouldAutoLink: (url) => isSafeHref(url) || !/^[a-z][a-z0-9+.-]*:/i.test(url),
  HTMLAttributes: { target: '_blank', rel: 'noopener noreferrer' },
});

/**
 * One line of text per field, as the document model has it: Enter and Shift+Enter insert nothing, and
 * whatever is pasted or dropped is flattened into the line (paragraphs joined by a space, line breaks and
 * tabs made spaces, bidi overrides removed; spaces and no-break spaces are kept as they are). The schema has already dropped every node and mark it does not know
 * (images, scripts, styles, tables, foreign tags) and kept only their text.
 */
export const SingleLine = Extension.create({
  name: 'singleLine',
  addKeyboardShortcuts() {
    return { Enter: () => true, 'Shift-Enter': () => true, 'Mod-Enter': () => true };
  },
  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('singleLine'),
        props: {
          // With a non-Latin layout (Arabic) Ctrl+B gives event.key "لا", which no keymap knows: the shortcuts
          // follow the physical key there. Latin layouts (AZERTY included) keep their own letters.
          handleKeyDown: (_view, event) => {
            if (!(event.ctrlKey || event.metaKey) || event.altKey || /^[\x20-\x7e]$/.test(event.key)) return false;
            if (event.key.length > 1 && /^[A-Z][a-z]/.test(event.key)) return false; // named keys: Enter, Home…
            const commands = editor.commands;
            switch (event.code) {
              case 'KeyB':
                commands.toggleBold();
                break;
              case 'KeyI':
                commands.toggleItalic();
                break;
              case 'KeyZ':
                if (event.shiftKey) commands.redo();
                else commands.undo();
                break;
              case 'KeyY':
                commands.redo();
                break;
              default:
                return false;
            }
            // Consumed even when there is nothing to undo, so the browser's own undo never runs on the field.
            event.preventDefault();
            return true;
          },
          transformPasted: (slice, view) => {
            const { schema } = view.state;
            const lines: PmNode[][] = [];
            const flatten = (node: PmNode): PmNode[] => {
              if (!node.isText) return node.isInline ? [node] : [];
              const text = (node.text ?? '').replace(BIDI_OVERRIDES, '').replace(LINE_BREAKS, ' ');
              return text ? [schema.text(text, node.marks)] : [];
            };
            slice.content.descendants((node) => {
              if (node.isTextblock) {
                const line: PmNode[] = [];
                node.forEach((child) => {
                  line.push(...flatten(child));
                });
                if (line.length > 0) lines.push(line);
                return false;
              }
              if (node.isInline) {
                // Inline content outside a textblock (an open slice) continues the current line.
                if (lines.length === 0) lines.push([]);
                lines[lines.length - 1]?.push(...flatten(node));
                return false;
              }
              return true;
            });
            // Lines are joined by one space, unless one is already there.
            const inline: PmNode[] = [];
            for (const line of lines) {
              const before = inline[inline.length - 1];
              const after = line[0];
              const spaced = (n: PmNode | undefined, at: 'start' | 'end') =>
                !!n?.isText && (at === 'end' ? /\s$/ : /^\s/).test(n.text ?? '');
              if (before && after && !spaced(before, 'end') && !spaced(after, 'start')) inline.push(schema.text(' '));
              inline.push(...line);
            }
            const paragraph = schema.nodes.paragraph;
            if (!paragraph) return Slice.empty;
            return new Slice(Fragment.from(paragraph.create(null, inline)), 1, 1);
          },
        },
      }),
    ];
  },
});

/** The editor's whole schema and behaviour: one paragraph of text, bold, italic, safe links and footnotes. */
export function reportExtensions() {
  return [
    Document.extend({ content: 'paragraph' }),
    Paragraph,
    Text,
    Bold,
    Italic,
    SafeLink,
    Footnote,
    UndoRedo.configure({ depth: 200 }),
    SingleLine,
  ];
}

/** The editor content of runs: text nodes with bold, italic and link marks, a footnote node after a noted run. */
export function runsToContent(runs: readonly Inline[]): JSONContent {
  const content: JSONContent[] = [];
  for (const run of runs) {
    if (run.text) {
      const marks: JSONContent['marks'] = [];
      if (run.bold) marks.push({ type: 'bold' });
      if (run.italic) marks.push({ type: 'italic' });
      if (run.href && isSafeHref(run.href)) marks.push({ type: 'link', attrs: { href: run.href } });
      content.push(marks.length > 0 ? { type: 'text', text: run.text, marks } : { type: 'text', text: run.text });
    }
    if (run.note) content.push({ type: 'footnote', attrs: { note: run.note } });
  }
  return { type: 'doc', content: [content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }] };
}

/**
 * The runs of an editor document: consecutive text with the same marks is one run, and a footnote is the
 * `note` of the run before it (or of an empty run when that run already has one, or at the start).
 */
export function contentToRuns(doc: PmNode): Inline[] {
  const runs: Inline[] = [];
  doc.descendants((node) => {
    if (node.isText) {
      const text = node.text ?? '';
      if (!text) return false;
      const run: Inline = { text };
      for (const mark of node.marks) {
        if (mark.type.name === 'bold') run.bold = true;
        if (mark.type.name === 'italic') run.italic = true;
        if (mark.type.name === 'link' && isSafeHref(mark.attrs.href)) run.href = mark.attrs.href;
      }
      const last = runs[runs.length - 1];
      if (last && !last.note && sameStyle(last, run)) last.text += text;
      else runs.push(run);
      return false;
    }
    if (node.type.name === 'footnote') {
      const note = String(node.attrs.note ?? '').trim();
      if (!note) return false;
      const last = runs[runs.length - 1];
      if (last && !last.note) last.note = note;
      else runs.push({ text: '', note });
      return false;
    }
    return true;
  });
  return runs;
}

function sameStyle(a: Inline, b: Inline): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && (a.href ?? null) === (b.href ?? null);
}

const RTL_FIRST = /^[^\p{L}]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const HAS_LETTER = /\p{L}/u;

/**
 * The direction of a paragraph: that of its first letter (as dir="auto" decides), or the document's when it
 * has no letter yet, so an empty field in an Arabic report puts the caret on the right.
 */
export function paragraphDir(text: string, fallback: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  // Isolated text (U+2068…U+2069) is skipped as dir="auto" skips it: it does not set the paragraph's direction.
  const outside = text.replace(/[\u2066-\u2068][^\u2069]*\u2069?/g, '');
  if (!HAS_LETTER.test(outside)) return fallback;
  return RTL_FIRST.test(outside) ? 'rtl' : 'ltr';
}
