import { X } from 'lucide-react';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './dialog.css';

export interface DialogProps {
  open: boolean;
  title: string;
  /** Called for the close button, Escape and the browser's own close requests; the owner sets open to false. */
  onClose: () => void;
  children: ReactNode;
  /** A short line under the title, read out with it. */
  description?: string;
  /** Wider than the default, for forms with two columns of fields. */
  wide?: boolean;
}

const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href]';

/**
 * A modal window on the native <dialog>: the rest of the page is inert while it is open, Escape closes it,
 * the first field takes the focus and, on closing, the focus goes back to whatever opened it. Where
 * showModal is missing (jsdom, very old browsers) it falls back to the open attribute and handles Escape
 * itself, so the behaviour stays testable.
 */
export function Dialog({ open, title, onClose, children, description, wide }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // The close button comes first in the markup; the person came for the form, so its first field gets the focus.
      // A form may name the field it starts with (a vote's question); otherwise its first field.
      const body = dialog.querySelector('.app-dialog-body');
      const first = body?.querySelector<HTMLElement>('[data-autofocus]') ?? body?.querySelector<HTMLElement>(FOCUSABLE);
      (first ?? dialog).focus();
    }
    if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      const back = opener.current;
      opener.current = null;
      if (back?.isConnected) back.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`app-dialog${wide ? ' app-dialog-wide' : ''}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      tabIndex={-1}
      onCancel={(event) => {
        // The owner decides: React's state closes the dialog, so the two never disagree.
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      {open ? (
        <>
          <div className="app-dialog-head">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="button button-quiet button-icon app-dialog-close" onClick={onClose}>
              <X size={20} aria-hidden="true" />
              <span className="visually-hidden">{t('common.close')}</span>
            </button>
          </div>
          {description ? (
            <p id={descriptionId} className="muted">
              {description}
            </p>
          ) : null}
          <div className="app-dialog-body">{children}</div>
        </>
      ) : null}
    </dialog>
  );
}
