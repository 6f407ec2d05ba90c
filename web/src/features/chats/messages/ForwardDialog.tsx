import { useId, useState } from 'react';
import { ApiError } from '../../../api/client';
import { Dialog } from '../../../components/Dialog';
import { FormAlert } from '../../../components/Form';
import { t } from '../../../i18n';
import type { ChatMessage } from '../messenger/messages';
import type { ChatSummary } from '../messenger/chatList';

/** MSG-3 «Переслать»: choose, by title, one of the chats the person may write in. */
export function ForwardDialog({ chats, onForward, onClose }: {
  chats: readonly ChatSummary[];
  onForward: (target: ChatSummary) => Promise<void>;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const searchId = useId();
  const wanted = query.trim().toLocaleLowerCase('ru');
  const targets = chats.filter((c) => c.canWrite && c.title.toLocaleLowerCase('ru').includes(wanted));

  async function pick(target: ChatSummary) {
    setBusy(true);
    setError(undefined);
    try {
      await onForward(target);
      onClose();
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('chats.forwardTitle')} onClose={onClose}>
      <div className="field">
        <label htmlFor={searchId}>{t('chats.forwardSearch')}</label>
        <input id={searchId} type="search" value={query} autoFocus onChange={(e) => setQuery(e.target.value)} />
      </div>
      <FormAlert problem={error} />
      <p className="sr-only" aria-live="polite">
        {targets.length === 0 ? t('chats.forwardNone') : ''}
      </p>
      {targets.length === 0 ? (
        <p className="empty-state">{t('chats.forwardNone')}</p>
      ) : (
        <ul className="forward-targets">
          {targets.map((target) => (
            <li key={target.id}>
              <button type="button" className="link-button" disabled={busy} aria-label={t('chats.forwardTo', { chat: target.title })} onClick={() => void pick(target)}>
                {target.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}

const dateTime = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** «Переслано из …, автор …, дата» above a forwarded message. */
export function ForwardedFrom({ message }: { message: ChatMessage }) {
  if (!message.forwarded) return null;
  return (
    <p className="forwarded-from muted">
      {t('chats.forwarded', { chat: message.forwarded.chat, sender: message.forwarded.sender, date: dateTime.format(new Date(message.forwarded.sentAt)) })}
    </p>
  );
}
