import { useEffect, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api, ApiError } from '../api/client';
import type { components } from '../api/schema';
import { FormAlert, LoadError, Loading } from '../components/Form';
import { t } from '../i18n';
import type { ChatMessage, ChatSummary, PendingSend } from '../chat/logic';
import type { Messenger } from '../chat/useMessenger';

type ReadersDto = components['schemas']['ReadersDto'];

const time = new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit' });
const dayTime = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

function when(iso: string): string {
  const date = new Date(iso);
  return date.toDateString() === new Date().toDateString() ? time.format(date) : dayTime.format(date);
}

interface Props {
  organizationId: string;
  chat: ChatSummary;
  messenger: Messenger;
  me: string;
  isStaff: boolean;
  isAdministrator: boolean;
}

/** One open chat: its history (older pages on scroll up), pending sends, who is typing, the composer. */
export function Conversation({ organizationId, chat, messenger, me, isStaff, isAdministrator }: Props) {
  const history = messenger.histories[chat.id];
  const error = messenger.historyErrors[chat.id];
  const pending = messenger.pending.filter((p) => p.chatId === chat.id);
  const typing = messenger.typing[chat.id];
  const [replyTo, setReplyTo] = useState<ChatMessage | null>(null);
  const [editing, setEditing] = useState<ChatMessage | null>(null);
  const [actionError, setActionError] = useState<ApiError>();
  const log = useRef<HTMLDivElement>(null);
  const composer = useRef<HTMLTextAreaElement>(null);
  const stickToBottom = useRef(true);
  const firstSeq = useRef<number | null>(null);
  const heightBefore = useRef(0);
  const canModerate = chat.isAdmin || isAdministrator;

  const messages = history?.messages ?? [];
  const lastSeq = messages.length > 0 ? messages[messages.length - 1].seq : 0;

  // Keep the view where the person was: at the bottom for new messages, in place when older ones load above.
  useLayoutEffect(() => {
    const element = log.current;
    if (!element) return;
    const first = messages[0]?.seq ?? null;
    if (firstSeq.current !== null && first !== null && first < firstSeq.current) {
      element.scrollTop += element.scrollHeight - heightBefore.current;
    } else if (stickToBottom.current) {
      element.scrollTop = element.scrollHeight;
    }
    firstSeq.current = first;
    heightBefore.current = element.scrollHeight;
  });

  // Read while visible: the cursor moves to the newest message shown.
  useEffect(() => {
    function mark() {
      if (document.visibilityState === 'visible' && !history?.hasNewer && lastSeq > chat.readSeq) messenger.markRead(chat.id, lastSeq);
    }
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [chat.id, chat.readSeq, lastSeq, history?.hasNewer, messenger]);

  function onScroll() {
    const element = log.current;
    if (!element) return;
    stickToBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 60;
    heightBefore.current = element.scrollHeight;
    if (element.scrollTop < 40 && history?.hasOlder && !history.loadingOlder) void messenger.loadOlder(chat.id);
  }

  async function remove(message: ChatMessage) {
    if (!window.confirm(t('chats.deleteConfirm'))) return;
    setActionError(undefined);
    try {
      await messenger.remove(chat.id, message.seq);
    } catch (failure) {
      if (failure instanceof ApiError) setActionError(failure);
    }
  }

  function startReply(message: ChatMessage) {
    setEditing(null);
    setReplyTo(message);
    composer.current?.focus();
  }

  function startEdit(message: ChatMessage) {
    setReplyTo(null);
    setEditing(message);
    composer.current?.focus();
  }

  return (
    <div className="conversation">
      <header className="conversation-head">
        <h2>{chat.title}</h2>
        {chat.description && <p className="muted">{chat.description}</p>}
      </header>
      {error ? (
        <LoadError title={error.title} />
      ) : !history ? (
        <Loading />
      ) : (
        <div className="chat-log" ref={log} onScroll={onScroll} tabIndex={0} role="log" aria-label={t('chats.conversation')}>
          {history.hasOlder && (
            <p className="chat-log-more">
              {history.loadingOlder ? (
                <span role="status">{t('chats.loadingOlder')}</span>
              ) : (
                <button type="button" className="button-secondary button-small" onClick={() => void messenger.loadOlder(chat.id)}>
                  {t('chats.older')}
                </button>
              )}
            </p>
          )}
          {messages.length === 0 && pending.length === 0 && (
            <p className="empty-state">{t(chat.canWrite ? 'chats.emptyConversation' : 'chats.emptyReadOnly')}</p>
          )}
          <ol className="messages">
            {messages.map((message) => (
              <MessageItem
                key={message.seq}
                readersBase={`/api/organizations/${organizationId}/chats/${chat.id}/messages`}
                message={message}
                chat={chat}
                mine={message.senderId === me}
                receipt={history.receipts[message.seq]}
                canDelete={message.senderId === me || canModerate}
                isStaff={isStaff}
                onReply={chat.canWrite ? () => startReply(message) : undefined}
                onEdit={() => startEdit(message)}
                onDelete={() => void remove(message)}
              />
            ))}
            {pending.map((send) => (
              <PendingItem key={send.clientId} send={send} onRetry={() => messenger.retry(send.clientId)} onDiscard={() => messenger.discard(send.clientId)} />
            ))}
          </ol>
          {history.hasNewer && (
            <p className="chat-log-more">
              <button type="button" className="button-secondary button-small" onClick={() => void messenger.loadNewer(chat.id)}>
                {t('chats.newer')}
              </button>
            </p>
          )}
        </div>
      )}
      <p className="typing" aria-hidden={typing ? undefined : true}>
        {typing ? t('chats.typing', { name: typing.name }) : ' '}
      </p>
      {actionError && <FormAlert title={actionError.title} />}
      {chat.canWrite ? (
        <Composer
          key={editing ? `edit-${editing.seq}` : 'new'}
          textarea={composer}
          replyTo={replyTo}
          editing={editing}
          onCancel={() => {
            setReplyTo(null);
            setEditing(null);
          }}
          onTyping={() => messenger.notifyTyping(chat.id)}
          onSend={async (text) => {
            if (editing) {
              await messenger.edit(chat.id, editing.seq, text);
              setEditing(null);
            } else {
              stickToBottom.current = true;
              messenger.send(chat.id, text, replyTo?.seq ?? null);
              setReplyTo(null);
            }
          }}
        />
      ) : (
        <p className="muted">{t('chats.readOnly')}</p>
      )}
    </div>
  );
}

interface ItemProps {
  readersBase: string;
  message: ChatMessage;
  chat: ChatSummary;
  mine: boolean;
  receipt?: { read: number; of: number };
  canDelete: boolean;
  isStaff: boolean;
  onReply?: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

function MessageItem({ readersBase, message, chat, mine, receipt, canDelete, isStaff, onReply, onEdit, onDelete }: ItemProps) {
  const [readers, setReaders] = useState<ReadersDto | null>(null);
  const [readersOpen, setReadersOpen] = useState(false);

  async function toggleReaders() {
    if (!readersOpen && !readers) {
      try {
        setReaders(await api.get<ReadersDto>(`${readersBase}/${message.seq}/readers`));
      } catch {
        return;
      }
    }
    setReadersOpen((v) => !v);
  }

  return (
    <li className={mine ? 'message message-mine' : 'message'} data-seq={message.seq}>
      <p className="message-meta">
        <strong>{mine ? t('chats.you') : message.senderName}</strong>
        {message.senderVerifiedTeacher && (
          <>
            {' '}
            <span className="badge badge-verified badge-small">✓ {t('chats.verifiedTeacher')}</span>
          </>
        )}{' '}
        <time dateTime={message.createdAt} className="muted">
          {when(message.createdAt)}
        </time>
      </p>
      {message.replyTo && (
        <blockquote className="reply-preview">
          <strong>{message.replyTo.senderName}</strong>
          <span>{message.replyTo.deleted ? t('chats.deleted') : message.replyTo.text}</span>
        </blockquote>
      )}
      {message.deleted ? (
        <p className="message-text message-deleted">{t('chats.deleted')}</p>
      ) : (
        <p className="message-text prewrap">{message.text}</p>
      )}
      {!message.deleted && (
        <div className="message-foot">
          {message.editedAt && <span className="muted">{t('chats.edited', { time: when(message.editedAt) })}</span>}
          {mine && receipt && <span className="muted receipt">{t('chats.receipt', { read: String(receipt.read), of: String(receipt.of) })}</span>}
          {mine && isStaff && receipt && (
            <button type="button" className="link-button" aria-expanded={readersOpen} onClick={() => void toggleReaders()}>
              {t('chats.readers')}
            </button>
          )}
          {onReply && (
            <button type="button" className="link-button" onClick={onReply}>
              {t('chats.reply')}
            </button>
          )}
          {mine && chat.canWrite && (
            <button type="button" className="link-button" onClick={onEdit}>
              {t('chats.edit')}
            </button>
          )}
          {canDelete && (
            <button type="button" className="link-button link-danger" onClick={onDelete}>
              {t('chats.delete')}
            </button>
          )}
        </div>
      )}
      {readersOpen && readers && (
        <div className="readers">
          <p>
            <strong>{t('chats.readersTitle')}:</strong> {readers.read.length > 0 ? readers.read.join(', ') : t('chats.readersNone')}
          </p>
          <p>
            <strong>{t('chats.notReadersTitle')}:</strong> {readers.notRead.length > 0 ? readers.notRead.join(', ') : t('chats.readersNone')}
          </p>
        </div>
      )}
    </li>
  );
}

function PendingItem({ send, onRetry, onDiscard }: { send: PendingSend; onRetry: () => void; onDiscard: () => void }) {
  return (
    <li className="message message-mine message-pending">
      <p className="message-meta">
        <strong>{t('chats.you')}</strong>
      </p>
      <p className="message-text prewrap">{send.text}</p>
      <div className="message-foot">
        {send.error ? (
          <>
            <span className="field-error" role="alert">
              {t('chats.failed', { reason: send.error })}
            </span>
            <button type="button" className="link-button" onClick={onRetry}>
              {t('chats.retry')}
            </button>
            <button type="button" className="link-button link-danger" onClick={onDiscard}>
              {t('chats.discard')}
            </button>
          </>
        ) : (
          <span className="muted">{t('chats.pending')}</span>
        )}
      </div>
    </li>
  );
}

interface ComposerProps {
  textarea: React.RefObject<HTMLTextAreaElement | null>;
  replyTo: ChatMessage | null;
  editing: ChatMessage | null;
  onCancel: () => void;
  onTyping: () => void;
  onSend: (text: string) => Promise<void>;
}

function Composer({ textarea, replyTo, editing, onCancel, onTyping, onSend }: ComposerProps) {
  const [text, setText] = useState(editing?.text ?? '');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const value = text.trim();
    if (!value || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSend(value);
      setText('');
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure);
    } finally {
      setBusy(false);
      textarea.current?.focus();
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && (replyTo || editing)) {
      onCancel();
    }
  }

  return (
    <form className="composer" onSubmit={(e) => void submit(e)}>
      {(replyTo || editing) && (
        <div className="composer-context">
          <span>
            {editing ? t('chats.editing') : t('chats.replyTo', { name: replyTo!.senderName })}
            {replyTo && <span className="muted"> — {replyTo.deleted ? t('chats.deleted') : replyTo.text.slice(0, 80)}</span>}
          </span>
          <button type="button" className="link-button" onClick={onCancel}>
            {t('chats.cancel')}
          </button>
        </div>
      )}
      {error && <FormAlert title={error.field('text') ?? error.title} />}
      <label htmlFor="composer-text" className="sr-only">
        {t('chats.composer')}
      </label>
      <div className="composer-row">
        <textarea
          id="composer-text"
          ref={textarea}
          rows={2}
          value={text}
          aria-describedby="composer-hint"
          onChange={(e) => {
            setText(e.target.value);
            if (!editing) onTyping();
          }}
          onKeyDown={onKeyDown}
        />
        <button type="submit" disabled={busy}>
          {editing ? t('chats.save') : t('chats.send')}
        </button>
      </div>
      <p className="hint" id="composer-hint">
        {t('chats.composerHint')}
      </p>
    </form>
  );
}
