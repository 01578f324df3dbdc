import type { Inline } from '@hiwar/protocol';
import { useEffect, useRef } from 'react';
import { domToRuns, runsToDom } from './runs';

interface Props {
  runs: readonly Inline[];
  onChange: (runs: Inline[]) => void;
  label: string;
  id?: string;
  heading?: boolean;
}

/**
 * An editable run of text: bold, italic, links and footnote markers, nothing else. The DOM is built from
 * runs with text nodes only, and read back into runs on every input; pasting inserts plain text.
 */
export function RichText({ runs, onChange, label, id, heading = false }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useRef<string>('');

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const json = JSON.stringify(runs);
    // Only rebuild when the runs changed from outside, so the caret stays where the person is typing.
    if (json === shown.current) return;
    shown.current = json;
    el.replaceChildren(runsToDom(runs, el.ownerDocument));
  }, [runs]);

  const read = () => {
    const el = ref.current;
    if (!el) return;
    const next = domToRuns(el);
    const json = JSON.stringify(next);
    if (json === shown.current) return;
    shown.current = json;
    onChange(next);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a rich-text field has no native element; role textbox is its pattern.
    <div
      ref={ref}
      id={id}
      role="textbox"
      tabIndex={0}
      aria-multiline={!heading}
      aria-label={label}
      contentEditable
      suppressContentEditableWarning
      dir="auto"
      className={heading ? 'rich-text rich-text-heading' : 'rich-text'}
      onInput={read}
      onBlur={read}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.preventDefault();
        const mod = event.ctrlKey || event.metaKey;
        if (mod && (event.key === 'b' || event.key === 'i')) {
          event.preventDefault();
          document.execCommand(event.key === 'b' ? 'bold' : 'italic');
          read();
        }
      }}
      onPaste={(event) => {
        event.preventDefault();
        const text = event.clipboardData.getData('text/plain');
        document.execCommand('insertText', false, text.replace(/\s+/g, ' '));
        read();
      }}
    />
  );
}
