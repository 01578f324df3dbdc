import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './votes.css';

interface ModalDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal <dialog> for a form: the page behind is inert, Escape and the close button close it, and the
 * focus goes back to whatever opened it. Where showModal is missing (jsdom, old browsers) it opens as a
 * plain open dialog, so the form still works.
 */
export function ModalDialog({ open, title, onClose, children }: ModalDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // The field marked for it (the question), not the close button: the facilitator came here to type.
      (
        dialog.querySelector<HTMLElement>('[data-autofocus]') ??
        dialog.querySelector<HTMLElement>('input, select, textarea')
      )?.focus();
    }
    if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      opener.current?.focus();
      opener.current = null;
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="modal-dialog card"
      aria-labelledby={titleId}
      onCancel={(e) => {
        // Escape: React state decides whether the dialog is open, not the browser.
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        // Without showModal there is no cancel event: Escape is handled here.
        if (e.key === 'Escape' && typeof ref.current?.showModal !== 'function') onClose();
      }}
    >
      <div className="modal-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
      {open ? children : null}
    </dialog>
  );
}
