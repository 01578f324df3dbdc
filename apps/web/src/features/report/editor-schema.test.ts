import type { Inline } from '@hiwar/protocol';
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { contentToRuns, paragraphDir, reportExtensions, runsToContent } from './editor-schema';

// jsdom has no ClipboardEvent; ProseMirror's pasteHTML and pasteText only need one to exist.
if (!('ClipboardEvent' in globalThis)) {
  Object.assign(globalThis, { ClipboardEvent: class extends Event {} });
}

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

/** A real editor (schema, plugins and view) in the test's DOM, holding the given runs. */
function editorWith(runs: readonly Inline[]): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: reportExtensions(),
    content: runsToContent(runs),
    injectCSS: false,
    enableInputRules: false,
    enablePasteRules: false,
  });
  editors.push(editor);
  return editor;
}

const runsOf = (editor: Editor) => contentToRuns(editor.state.doc);

const CASES: [string, Inline[]][] = [
  ['empty', []],
  ['plain text', [{ text: 'Participants stressed that short grants leave organisations exposed.' }]],
  ['spaces kept as typed', [{ text: '  two  spaces and a trailing one ' }]],
  [
    'bold, italic and bold+italic',
    [
      { text: 'Participants ' },
      { text: 'strongly', bold: true },
      { text: ' agreed ', italic: true },
      { text: 'together', bold: true, italic: true },
      { text: '.' },
    ],
  ],
  [
    'links, web and e-mail, one of them bold',
    [
      { text: 'See ' },
      { text: 'the paper', href: 'https://example.org/paper?x=1#y' },
      { text: ' or write to ' },
      { text: 'the secretariat', href: 'mailto:info@example.org', bold: true },
      { text: '.' },
    ],
  ],
  [
    'footnotes after a run, after formatting, at the start and two in a row',
    [
      { text: '', note: 'A note before any text.' },
      { text: 'Seven of twelve', note: 'Counted over participants only.' },
      { text: ' agreed', italic: true, note: 'In the second round.' },
      { text: '', note: 'A second note on the same words.' },
      { text: ' (see ' },
      { text: 'the brief', href: 'https://example.org/b', note: 'Published in 2024.' },
      { text: ').' },
    ],
  ],
  ['Arabic', [{ text: 'أكّد المشاركون أن التمويل قصير الأجل يترك المنظمات مكشوفة.' }]],
  [
    'Arabic with a Latin name in isolates (U+2066–U+2069 kept as text)',
    [
      { text: 'قال \u2068UN Women\u2069 إن ' },
      { text: 'التمويل', bold: true },
      { text: ' \u2067عربي\u2069 \u2066LTR\u2069 \u2068x\u2069.', note: 'ملاحظة \u2068Note\u2069' },
    ],
  ],
  [
    'English with Arabic in an isolate, linked',
    [
      { text: 'The \u2068' },
      { text: 'منتدى الحوار', href: 'https://example.org/ar', italic: true },
      { text: '\u2069 hosted the meeting.' },
    ],
  ],
  ['text that looks like markup stays text', [{ text: '<img src=x onerror=alert(1)> & <b>not bold</b>' }]],
];

describe('runs ⇄ editor', () => {
  it.each(CASES)('%s: runs → editor → runs is the identity', (_name, runs) => {
    expect(runsOf(editorWith(runs))).toEqual(runs);
  });

  it.each(CASES)('%s: survives the editor’s own HTML (copy and paste within the desk)', (_name, runs) => {
    const source = editorWith(runs);
    const target = editorWith([]);
    // What the browser's clipboard gets when the whole field is copied.
    const { dom } = source.view.serializeForClipboard(source.state.doc.slice(0));
    target.view.pasteHTML(dom.innerHTML);
    expect(runsOf(target)).toEqual(runs);
  });

  it('merges neighbouring runs that look the same, and drops empty runs and unsafe links', () => {
    const editor = editorWith([
      { text: 'one ' },
      { text: 'two' },
      { text: '' },
      { text: ' three', href: 'javascript:alert(1)' },
    ]);
    expect(runsOf(editor)).toEqual([{ text: 'one two three' }]);
  });
});

describe('typing and formatting', () => {
  it('types, bolds, links and adds a footnote, then undoes and redoes', () => {
    const editor = editorWith([{ text: 'Funding is short' }]);
    editor.commands.setTextSelection({ from: 12, to: 17 });
    editor.commands.toggleBold();
    expect(runsOf(editor)).toEqual([{ text: 'Funding is ' }, { text: 'short', bold: true }]);
    editor.commands.setTextSelection({ from: 1, to: 8 });
    expect(editor.commands.setLink({ href: 'https://example.org' })).toBe(true);
    editor.commands.insertContentAt(17, { type: 'footnote', attrs: { note: 'Six of eight.' } });
    expect(runsOf(editor)).toEqual([
      { text: 'Funding', href: 'https://example.org' },
      { text: ' is ' },
      { text: 'short', bold: true, note: 'Six of eight.' },
    ]);
    editor.commands.undo();
    editor.commands.undo();
    editor.commands.undo();
    expect(runsOf(editor)).toEqual([{ text: 'Funding is short' }]);
    editor.commands.redo();
    expect(runsOf(editor)).toEqual([{ text: 'Funding is ' }, { text: 'short', bold: true }]);
  });

  it('keeps Ctrl+B, Ctrl+I, Ctrl+Z and Ctrl+Shift+Z on an Arabic keyboard layout (by the physical key)', () => {
    const editor = editorWith([{ text: 'التمويل قصير' }]);
    editor.commands.selectAll();
    const press = (key: string, code: string, shiftKey = false) =>
      editor.view.dom.dispatchEvent(
        new KeyboardEvent('keydown', { key, code, ctrlKey: true, shiftKey, bubbles: true, cancelable: true }),
      );
    press('لا', 'KeyB');
    press('ه', 'KeyI');
    expect(runsOf(editor)).toEqual([{ text: 'التمويل قصير', bold: true, italic: true }]);
    press('ئ', 'KeyZ');
    expect(runsOf(editor)).toEqual([{ text: 'التمويل قصير', bold: true }]);
    press('ئ', 'KeyZ', true);
    expect(runsOf(editor)).toEqual([{ text: 'التمويل قصير', bold: true, italic: true }]);
    // A Latin layout keeps its letters: AZERTY's Ctrl+W (the key where QWERTY has Z) is no undo.
    press('w', 'KeyZ');
    expect(runsOf(editor)).toEqual([{ text: 'التمويل قصير', bold: true, italic: true }]);
  });

  it('refuses a link that is not http, https or mailto', () => {
    const editor = editorWith([{ text: 'click' }]);
    editor.commands.selectAll();
    for (const href of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'ftp://example.org']) {
      expect(editor.commands.setLink({ href })).toBe(false);
    }
    expect(runsOf(editor)).toEqual([{ text: 'click' }]);
  });

  it('keeps one line: Enter and Shift+Enter insert nothing', () => {
    const editor = editorWith([{ text: 'one line' }]);
    editor.commands.setTextSelection(4);
    editor.commands.keyboardShortcut('Enter');
    editor.commands.keyboardShortcut('Shift-Enter');
    expect(editor.state.doc.childCount).toBe(1);
    expect(runsOf(editor)).toEqual([{ text: 'one line' }]);
  });
});

describe('paste', () => {
  it('keeps bold, italic and safe links, and drops scripts, images, styles, handlers and foreign tags', () => {
    const editor = editorWith([]);
    editor.view.pasteHTML(
      '<meta charset="utf-8"><style>p { color: red }</style><p>Hello <b>bold</b> <em>it</em>' +
        '<img src="x" onerror="alert(1)"><script>alert(2)</script>' +
        ' <a href="javascript:alert(3)">bad</a> <span style="color:red" onclick="x()">red</span>' +
        ' <iframe src="https://evil.example"></iframe><video src="v.mp4"></video>' +
        '<a href=" https://ok.example/a ">ok</a> <u>under</u> <table><tr><td>cell</td></tr></table></p>',
    );
    const runs = runsOf(editor);
    expect(runs).toEqual([
      { text: 'Hello ' },
      { text: 'bold', bold: true },
      { text: ' ' },
      { text: 'it', italic: true },
      { text: ' bad red ' },
      { text: 'ok', href: 'https://ok.example/a' },
      { text: ' under cell' },
    ]);
    expect(JSON.stringify(runs)).not.toMatch(/alert|onerror|onclick|javascript|iframe|img|color/);
    expect(editor.view.dom.querySelector('img, script, style, iframe, video, table, u, span')).toBeNull();
  });

  it('joins pasted paragraphs and lines into the one line, with single spaces', () => {
    const editor = editorWith([{ text: 'Start: ' }]);
    editor.commands.setTextSelection(8);
    editor.view.pasteHTML('<p>first</p><ul><li>second</li></ul><h2>third<br>fourth</h2>');
    expect(runsOf(editor)).toEqual([{ text: 'Start: first second third fourth' }]);
    expect(editor.state.doc.childCount).toBe(1);
  });

  it('pastes plain text as text, lines joined, markup-looking text kept as typed', () => {
    const editor = editorWith([]);
    editor.view.pasteText('<script>alert(1)</script>\nنص عربي\n\tand   English');
    expect(runsOf(editor)).toEqual([{ text: '<script>alert(1)</script> نص عربي and   English' }]);
  });

  it('links selected words when a safe address is pasted over them, and only then', () => {
    const editor = editorWith([{ text: 'the paper and the other' }]);
    editor.commands.setTextSelection({ from: 5, to: 10 });
    editor.view.pasteText('https://example.org/paper');
    editor.commands.setTextSelection({ from: 19, to: 24 });
    editor.view.pasteText('ftp://example.org/other');
    const runs = runsOf(editor);
    expect(runs[1]).toEqual({ text: 'paper', href: 'https://example.org/paper' });
    expect(JSON.stringify(runs)).not.toContain('"href":"ftp');
  });

  it('removes bidi overrides from a paste and keeps isolates', () => {
    const editor = editorWith([]);
    editor.view.pasteText('a\u202eb\u202c \u2068c\u2069');
    expect(runsOf(editor)).toEqual([{ text: 'ab \u2068c\u2069' }]);
  });
});

describe('paragraphDir', () => {
  it.each([
    ['Participants stressed', 'rtl', 'ltr'],
    ['أكّد المشاركون', 'ltr', 'rtl'],
    ['“1325” قرار', 'ltr', 'rtl'],
    ['', 'rtl', 'rtl'],
    ['', 'ltr', 'ltr'],
    ['2024 — 12', 'rtl', 'rtl'],
    ['\u2068UN Women\u2069 قالت', 'ltr', 'rtl'],
  ] as const)('%j in a %s document is %s', (text, fallback, dir) => {
    expect(paragraphDir(text, fallback)).toBe(dir);
  });
});
