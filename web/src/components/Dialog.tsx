import { useEffect, useRef, type ReactNode } from 'react';
import { t } from '../i18n';

/**
 * A modal dialog on the native <dialog>: the browser keeps focus inside, Escape closes it, and focus
 * returns to the button that opened it. Used by chat actions that need more than one control.
 */
export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement as HTMLElement | null;
    if (element && !element.open) element.showModal?.();
    return () => opener?.focus?.();
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="dialog-title" onClose={onClose} onCancel={onClose}>
      <div className="dialog-head">
        <h2 id="dialog-title">{title}</h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t('chats.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}
