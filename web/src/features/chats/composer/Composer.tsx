import { useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { ApiError } from '../../../api/client';
import { FormAlert } from '../../../components/Form';
import { t } from '../../../i18n';
import type { ChatMessage } from '../messenger/messages';
import { useMentionPicker } from './MentionPicker';
import { SchedulePicker, type Scheduled } from '../scheduling/ScheduledMessages';
import { FormattingToolbar, handleFormattingKey } from './FormattingToolbar';
import { messageLength } from './messageLength';
import { MessageLengthCounter } from './MessageLengthCounter';
import { plainText } from '../messages/markup';

interface ComposerProps {
  canAskAck: boolean;
  pollOpen: boolean;
  onTogglePoll?: () => void;
  textarea: React.RefObject<HTMLTextAreaElement | null>;
  replyTo: ChatMessage | null;
  editing: ChatMessage | null;
  onCancel: () => void;
  onTyping: () => void;
  membersUrl: string;
  me: string;
  onSend: (text: string, requiresAcknowledgement: boolean, mentions: string[]) => Promise<void>;
  /** More choices for a new message, set by the chat (the channel's «Разрешить комментарии»). */
  options?: ReactNode;
  scheduled?: Scheduled;
}

/** The message box: reply/edit context, formatting, mentions, Enter to send, scheduling and the poll switch. */
export function Composer({ canAskAck, pollOpen, onTogglePoll, textarea, replyTo, editing, onCancel, onTyping, membersUrl, me, onSend, options, scheduled }: ComposerProps) {
  const [text, setText] = useState(editing?.text ?? '');
  const mention = useMentionPicker(membersUrl, me, editing?.mentions ?? []);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [askAck, setAskAck] = useState(false);
  const length = messageLength(text);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const value = text.trim();
    if (!value || busy) return;
    if (length.refusal) {
      setError(new ApiError({ status: 0, code: 'too_long', title: length.refusal }));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await onSend(value, askAck && !editing, mention.mentionsFor(value));
      setText('');
      setAskAck(false);
      mention.reset();
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure);
    } finally {
      setBusy(false);
      textarea.current?.focus();
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (mention.onKeyDown(event, text, setText)) return;
    if (handleFormattingKey(event, setText)) return;
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
            {replyTo && <span className="muted"> — {replyTo.deleted ? t('chats.deleted') : plainText(replyTo.text).slice(0, 80)}</span>}
          </span>
          <button type="button" className="link-button" onClick={onCancel}>
            {t('chats.cancel')}
          </button>
        </div>
      )}
      {error && <FormAlert problem={error} />}
      <label htmlFor="composer-text" className="sr-only">
        {t('chats.composer')}
      </label>
      <FormattingToolbar textarea={textarea} onChange={setText} />
      <div className="composer-row">
        <textarea
          id="composer-text"
          ref={textarea}
          rows={2}
          value={text}
          aria-describedby={length.showCounter ? 'composer-counter composer-hint' : 'composer-hint'}
          aria-invalid={length.refusal ? true : undefined}
          {...mention.inputProps}
          onChange={(e) => {
            setText(e.target.value);
            mention.update(e.target.value, e.target.selectionStart);
            if (!editing) onTyping();
          }}
          onKeyDown={onKeyDown}
        />
        <button type="submit" disabled={busy}>
          {editing ? t('chats.save') : t('chats.send')}
        </button>
        {scheduled && (
          <SchedulePicker
            scheduled={scheduled}
            text={text}
            requiresAcknowledgement={askAck}
            onTextError={setError}
            onScheduled={() => {
              setText('');
              setAskAck(false);
            }}
          />
        )}
        {onTogglePoll && (
          <button type="button" className="button-secondary" aria-expanded={pollOpen} onClick={onTogglePoll}>
            {t('chats.poll')}
          </button>
        )}
      </div>
      <MessageLengthCounter id="composer-counter" state={length} />
      {mention.list(text, setText, textarea.current)}
      {canAskAck && !editing && (
        <label className="choice composer-ack">
          <input type="checkbox" checked={askAck} onChange={(e) => setAskAck(e.target.checked)} /> {t('chats.ackAsk')}
        </label>
      )}
      {options}
      <p className="hint" id="composer-hint">
        {t('chats.composerHint')} {t('chats.mentionHint')}
      </p>
    </form>
  );
}
