import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../../api/client';
import type { components } from '../../../api/schema';
import { FormAlert, TextArea } from '../../../components/Form';
import { t } from '../../../i18n';
import type { ChatMessage } from '../messenger/messages';
import { plainText } from '../messages/markup';

type ReportReason = components['schemas']['ReportReason'];

const REPORT_REASONS: ReportReason[] = ['bullying', 'inappropriate', 'spam', 'personalData', 'other'];

/** MSG-7: «Пожаловаться» — a modal dialog with the reason, a comment (required for «Другое»), Отправить and Отмена. */
export function ReportDialog({ url, message, onClose, onSent }: { url: string; message: ChatMessage; onClose: () => void; onSent: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  // A modal dialog keeps focus inside, closes on Escape and gives focus back to what opened it (the
  // message's actions button). The browser's own return does not happen here: React removes the dialog
  // from the page before this cleanup closes it, so the opener is focused explicitly.
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open && typeof element.showModal === 'function') element.showModal();
    return () => {
      if (element?.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) {
      setError(new ApiError({ status: 0, code: 'reason_required', title: t('chats.reportNeedReason'), errors: { reason: [t('chats.reportNeedReason')] } }));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.post(url, { reason, comment: comment.trim() || null });
      onSent();
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const reasonError = error?.field('reason');
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={titleId}>{t('chats.reportTitle')}</h2>
        <blockquote className="reply-preview">
          <strong>{message.senderName}</strong>
          <span>{quoted(message.text)}</span>
        </blockquote>
        <p className="hint">{t('chats.reportIntro')}</p>
        {error && <FormAlert problem={error} shown={['reason', 'comment']} />}
        <fieldset aria-describedby={reasonError ? `${titleId}-reason` : undefined}>
          <legend>{t('chats.reportReason')}</legend>
          {REPORT_REASONS.map((r) => (
            <label key={r} className="choice">
              <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} aria-invalid={reasonError ? true : undefined} />
              {t(`report.reason.${r}`)}
            </label>
          ))}
          {reasonError && (
            <p className="field-error" id={`${titleId}-reason`}>
              {reasonError}
            </p>
          )}
        </fieldset>
        <TextArea
          label={reason === 'other' ? t('chats.reportComment') : t('chats.reportCommentOptional')}
          hint={t('chats.reportCommentHint')}
          rows={3}
          maxLength={2000}
          required={reason === 'other'}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={error?.field('comment')}
        />
        <p className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('chats.reportSend')}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('chats.reportCancel')}
          </button>
        </p>
      </form>
    </dialog>
  );
}

/** The reported message as read, without its markup, cut at 200 characters. */
function quoted(text: string): string {
  const plain = plainText(text);
  return plain.length > 200 ? `${plain.slice(0, 200)}…` : plain;
}
