import { isSafeHref } from '@hiwar/protocol';
import { NodeSelection } from '@tiptap/pm/state';
import { type Editor, useEditorState } from '@tiptap/react';
import { type MouseEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveEditor } from './rich-text';

/** Keeps the focus (and so the selection) in the field when a toolbar button is pressed. */
const keepFocus = (event: MouseEvent) => event.preventDefault();

/** The footnote the selection stands on, if the rapporteur clicked a marker. */
function selectedFootnote(editor: Editor | null): string | null {
  const selection = editor?.state.selection;
  if (selection instanceof NodeSelection && selection.node.type.name === 'footnote') {
    return String(selection.node.attrs.note ?? '');
  }
  return null;
}

/**
 * Formatting for the field that has (or last had) the focus: bold, italic, a link, a footnote, undo and
 * redo. A footnote marker that is selected (clicked) is edited or removed from the same form that adds one.
 */
export function Toolbar() {
  const { t } = useTranslation();
  const editor = useActiveEditor((s) => s.editor);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      link: e?.isActive('link') ?? false,
      canUndo: e?.can().undo() ?? false,
      canRedo: e?.can().redo() ?? false,
    }),
  }) ?? { bold: false, italic: false, link: false, canUndo: false, canRedo: false };
  const [form, setForm] = useState<null | 'link' | 'note'>(null);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState('');
  const inputId = useId();

  const usable = editor && !editor.isDestroyed ? editor : null;

  const open = (kind: 'link' | 'note') => {
    if (!usable) return setForm(null);
    if (kind === 'link') {
      const href = usable.isActive('link') ? String(usable.getAttributes('link').href ?? '') : '';
      setEditing(href !== '');
      setValue(href);
    } else {
      const note = selectedFootnote(usable);
      setEditing(note !== null);
      setValue(note ?? '');
    }
    setForm(kind);
  };

  const close = () => {
    setForm(null);
    setValue('');
    usable?.commands.focus();
  };

  const apply = () => {
    if (!usable) return close();
    const text = value.trim();
    if (form === 'link' && isSafeHref(text)) {
      const chain = usable.chain().focus();
      if (usable.state.selection.empty && !usable.isActive('link')) {
        // Nothing selected: the address itself becomes the linked text.
        chain.insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href: text } }] }).run();
      } else {
        chain.extendMarkRange('link').setLink({ href: text }).run();
      }
    }
    if (form === 'note' && text) {
      if (selectedFootnote(usable) !== null) {
        usable.chain().focus().updateAttributes('footnote', { note: text }).run();
      } else {
        // The marker goes after the selected words, as a footnote follows the text it annotates.
        const end = usable.state.selection.to;
        usable
          .chain()
          .focus()
          .insertContentAt(end, { type: 'footnote', attrs: { note: text } })
          .run();
      }
    }
    close();
  };

  const remove = () => {
    if (!usable) return close();
    if (form === 'link') usable.chain().focus().extendMarkRange('link').unsetLink().run();
    if (form === 'note' && selectedFootnote(usable) !== null) usable.chain().focus().deleteSelection().run();
    close();
  };

  return (
    <div className="report-toolbar" role="toolbar" aria-label={t('report.toolbar')}>
      <button
        type="button"
        className="button button-small"
        aria-pressed={state.bold}
        aria-keyshortcuts="Control+B"
        onMouseDown={keepFocus}
        onClick={() => usable?.chain().focus().toggleBold().run()}
      >
        <strong>{t('report.bold')}</strong>
      </button>
      <button
        type="button"
        className="button button-small"
        aria-pressed={state.italic}
        aria-keyshortcuts="Control+I"
        onMouseDown={keepFocus}
        onClick={() => usable?.chain().focus().toggleItalic().run()}
      >
        <em>{t('report.italic')}</em>
      </button>
      {(['link', 'note'] as const).map((kind) => (
        <button
          key={kind}
          type="button"
          className="button button-small"
          aria-expanded={form === kind}
          aria-pressed={kind === 'link' ? state.link : undefined}
          onMouseDown={keepFocus}
          onClick={() => (form === kind ? close() : open(kind))}
        >
          {t(kind === 'link' ? 'report.link' : 'report.footnote')}
        </button>
      ))}
      <button
        type="button"
        className="button button-small"
        aria-keyshortcuts="Control+Z"
        disabled={!state.canUndo}
        onMouseDown={keepFocus}
        onClick={() => usable?.chain().focus().undo().run()}
      >
        {t('report.undo')}
      </button>
      <button
        type="button"
        className="button button-small"
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        disabled={!state.canRedo}
        onMouseDown={keepFocus}
        onClick={() => usable?.chain().focus().redo().run()}
      >
        {t('report.redo')}
      </button>
      {form ? (
        <form
          className="toolbar-form"
          onSubmit={(e) => {
            e.preventDefault();
            apply();
          }}
        >
          <label htmlFor={inputId}>{t(form === 'link' ? 'report.linkAddress' : 'report.footnoteText')}</label>
          <input
            id={inputId}
            // biome-ignore lint/a11y/noAutofocus: the field opens on the person's own click.
            autoFocus
            value={value}
            dir={form === 'link' ? 'ltr' : 'auto'}
            type={form === 'link' ? 'url' : 'text'}
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') close();
            }}
          />
          {form === 'link' && value && !isSafeHref(value.trim()) ? (
            <p className="hint">{t('report.linkHint')}</p>
          ) : null}
          <div className="actions">
            <button type="submit" className="button button-primary button-small">
              {t('report.apply')}
            </button>
            {editing ? (
              <button type="button" className="button button-small" onClick={remove}>
                {t(form === 'link' ? 'report.removeLink' : 'report.removeFootnote')}
              </button>
            ) : null}
            <button type="button" className="button button-small" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <p className="hint">{t('report.toolbarHint')}</p>
      )}
    </div>
  );
}
