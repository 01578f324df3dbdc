import type { Inline } from '@hiwar/protocol';
import { type Editor, EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import { contentToRuns, paragraphDir, reportExtensions, runsToContent } from './editor-schema';

interface Props {
  runs: readonly Inline[];
  onChange: (runs: Inline[]) => void;
  label: string;
  id?: string;
  heading?: boolean;
  /** The document's direction, for a field that has no letter yet. */
  dir?: 'ltr' | 'rtl';
}

/** The field the toolbar acts on: the one that last had the focus. */
export const useActiveEditor = create<{ editor: Editor | null }>(() => ({ editor: null }));

/**
 * An editable run of text (TipTap on ProseMirror): bold, italic, safe links and footnotes, nothing else,
 * with undo and redo. The field holds one line; its content is converted to and from the document's runs
 * (see editor-schema.ts), so what a person types or pastes never becomes markup in the report.
 */
export function RichText({ runs, onChange, label, id, heading = false, dir = 'ltr' }: Props) {
  const shown = useRef(JSON.stringify(runs));
  const change = useRef(onChange);
  change.current = onChange;
  // The editor is made once; its attributes read the latest props from here.
  const props = useRef({ label, heading, id, dir });
  props.current = { label, heading, id, dir };

  const editor = useEditor({
    extensions: reportExtensions(),
    content: runsToContent(runs),
    // The app's stylesheet carries the editor's few rules; an injected <style> would need a CSP exception.
    injectCSS: false,
    enableInputRules: false,
    enablePasteRules: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: (state) => {
        const { label, heading, id, dir } = props.current;
        return {
          ...(id ? { id } : {}),
          role: 'textbox',
          'aria-label': label,
          'aria-multiline': heading ? 'false' : 'true',
          class: heading ? 'rich-text rich-text-heading' : 'rich-text',
          dir: paragraphDir(state.doc.textContent, dir),
          spellcheck: 'true',
        };
      },
    },
    onFocus: ({ editor: focused }) => useActiveEditor.setState({ editor: focused }),
    onUpdate: ({ editor: updated }) => {
      const next = contentToRuns(updated.state.doc);
      const json = JSON.stringify(next);
      if (json === shown.current) return;
      shown.current = json;
      change.current(next);
    },
    onDestroy: () => {
      // The field is gone: the toolbar must not act on it.
      const active = useActiveEditor.getState().editor;
      if (active?.isDestroyed) useActiveEditor.setState({ editor: null });
    },
  });

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const json = JSON.stringify(runs);
    // Only rebuild when the runs changed from outside (a restore, a regeneration, the saved copy), so the
    // caret stays where the person is typing; that change is not one the person can undo.
    if (json === shown.current) return;
    const current = JSON.stringify(contentToRuns(editor.state.doc));
    shown.current = json;
    if (json === current) return;
    const next = editor.schema.nodeFromJSON(runsToContent(runs));
    // The replacement maps the selection, which lands at the nearest place the new text still has.
    const tr = editor.state.tr.replaceWith(0, editor.state.doc.content.size, next.content);
    tr.setMeta('addToHistory', false);
    editor.view.dispatch(tr);
  }, [editor, runs]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the attributes read label and dir from a ref; a change of either must redraw them.
  useEffect(() => {
    // The label and the document's direction can change without a transaction.
    if (!editor || editor.isDestroyed) return;
    editor.view.setProps({ attributes: editor.view.props.attributes });
  }, [editor, label, dir]);

  return <EditorContent editor={editor} className="rich-text-host" />;
}
