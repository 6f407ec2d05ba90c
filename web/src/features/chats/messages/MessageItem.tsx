import { useState, type ReactNode } from 'react';
import { api } from '../../../api/client';
import type { components } from '../../../api/schema';
import { t } from '../../../i18n';
import { reactionView } from './reactions';
import type { ChatMessage, Receipt } from '../messenger/messages';
import type { PendingSend } from '../messenger/pending';
import { ForwardedFrom } from './ForwardDialog';
import { MessageText } from './MessageText';
import { Acknowledgements } from './Acknowledgements';
import { Poll } from '../polls/Poll';
import { ReactionPicker } from './ReactionPicker';
import { MessageActions, useLongPress, type MessageAction } from './MessageActions';
import { plainText } from './markup';
import { when } from './when';

type ReadersDto = components['schemas']['ReadersDto'];

export interface ItemProps {
  readersBase: string;
  chatBase: string;
  message: ChatMessage;
  focused: boolean;
  myReaction?: string;
  myVote?: number[];
  canModerate: boolean;
  pinned: boolean;
  onPin?: (pinned: boolean) => void;
  onReact: (emoji: string | null) => Promise<void>;
  onVote: (pollId: string, options: number[]) => Promise<void>;
  onClosePoll: (pollId: string) => Promise<void>;
  acknowledged: boolean;
  onAcknowledge: () => void;
  mine: boolean;
  receipt?: Receipt;
  canDelete: boolean;
  isStaff: boolean;
  mayWrite: boolean;
  onReply?: () => void;
  onEdit: () => void;
  onDelete: () => void;
  /** Absent for one's own messages. */
  onReport?: () => void;
  /** MSG-1: the comments link of a channel post. */
  comments?: ReactNode;
  onForward: () => void;
  me: string;
}

/** One message: who and when, the quote, text or poll, acknowledgement, reactions and what can be done with it. */
export function MessageItem(props: ItemProps) {
  const { readersBase, chatBase, message, mine, receipt, canDelete, isStaff, onReply, onEdit, onDelete } = props;
  const [readers, setReaders] = useState<ReadersDto | null>(null);
  const [readersOpen, setReadersOpen] = useState(false);
  const [picking, setPicking] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const reactions = reactionView(message.reactions, props.myReaction);
  const longPress = useLongPress(() => setMenuOpen(true));
  const actions: MessageAction[] = message.deleted
    ? []
    : [
        ...(onReply ? [{ label: t('chats.reply'), onSelect: onReply }] : []),
        { label: t('chats.react'), onSelect: () => setPicking(true) },
        ...(props.onPin ? [{ label: props.pinned ? t('chats.unpin') : t('chats.pin'), onSelect: () => props.onPin!(!props.pinned) }] : []),
        ...(mine && isStaff && receipt ? [{ label: readersOpen ? t('chats.readersHide') : t('chats.readers'), onSelect: () => void toggleReaders() }] : []),
        { label: t('chats.forward'), onSelect: props.onForward, opensDialog: true },
        ...(mine && props.mayWrite ? [{ label: t('chats.edit'), onSelect: onEdit }] : []),
        ...(canDelete ? [{ label: t('chats.delete'), onSelect: onDelete, danger: true }] : []),
        ...(props.onReport ? [{ label: t('chats.report'), onSelect: props.onReport, opensDialog: true }] : []),
      ];

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
    <li className={`message${mine ? ' message-mine' : ''}${props.focused ? ' message-focused' : ''}${menuOpen ? ' message-menu-open' : ''}`} data-seq={message.seq} tabIndex={-1} {...longPress}>
      <MessageActions actions={actions} open={menuOpen} onOpenChange={setMenuOpen} />
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
          <span>{message.replyTo.deleted ? t('chats.deleted') : plainText(message.replyTo.text)}</span>
        </blockquote>
      )}
      {!message.deleted && <ForwardedFrom message={message} />}
      {message.requiresAcknowledgement && !message.deleted && <p className="ack-badge">{t('chats.ackBadge')}</p>}
      {message.deleted ? (
        <p className="message-text message-deleted">{t('chats.deleted')}</p>
      ) : message.poll ? (
        <Poll
          chatBase={chatBase}
          question={message.text}
          poll={message.poll}
          myVote={props.myVote ?? []}
          mayClose={mine || props.canModerate}
          onVote={(options) => props.onVote(message.poll!.id, options)}
          onClose={() => props.onClosePoll(message.poll!.id)}
        />
      ) : (
        <MessageText text={message.text} mentions={{ people: message.mentions ?? [], me: props.me }} />
      )}
      {message.requiresAcknowledgement && !message.deleted && !mine && (
        <p className="ack-row">
          {props.acknowledged ? (
            <span className="ack-done">✓ {t('chats.ackDone')}</span>
          ) : (
            <button type="button" className="button-small" onClick={props.onAcknowledge}>
              {t('chats.ackButton')}
            </button>
          )}
        </p>
      )}
      {message.requiresAcknowledgement && !message.deleted && mine && receipt && receipt.acknowledged !== null && (
        <Acknowledgements base={`${readersBase}/${message.seq}`} count={receipt.acknowledged} of={receipt.of} />
      )}
      {!message.deleted && reactions.length > 0 && (
        <ul className="reactions" aria-label={t('chats.reactions')}>
          {reactions.map((r) => (
            <li key={r.emoji}>
              <button
                type="button"
                className={r.mine ? 'reaction reaction-mine' : 'reaction'}
                aria-pressed={r.mine}
                aria-label={t('chats.reactionLabel', { emoji: r.emoji, count: String(r.count) })}
                onClick={() => void props.onReact(r.mine ? null : r.emoji)}
              >
                {t('chats.reactionCount', { emoji: r.emoji, count: String(r.count) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!message.deleted && picking && (
        <ReactionPicker
          mine={props.myReaction}
          onPick={(emoji) => {
            setPicking(false);
            void props.onReact(emoji === props.myReaction ? null : emoji);
          }}
          onClose={() => setPicking(false)}
        />
      )}
      {(message.editedAt || (mine && receipt)) && (
        <p className="message-foot">
          {message.editedAt && <span className="muted">{t('chats.edited', { time: when(message.editedAt) })}</span>}
          {mine && receipt && <span className="muted receipt">{t('chats.receipt', { read: String(receipt.read), of: String(receipt.of) })}</span>}
        </p>
      )}
      {props.comments}
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

/** A message on its way (or refused): «отправляется…», or the reason with «Отправить ещё раз» and «Удалить». */
export function PendingItem({ send, onRetry, onDiscard }: { send: PendingSend; onRetry: () => void; onDiscard: () => void }) {
  return (
    <li className="message message-mine message-pending">
      <p className="message-meta">
        <strong>{t('chats.you')}</strong>
      </p>
      <MessageText text={send.text} />
      <div className="message-foot">
        {send.error ? (
          <>
            <span className="field-error" role="alert">
              {t('chats.failed', { reason: send.error })}
            </span>
            {/* Sending again what the server refused for its content would be refused again. */}
            {!send.final && (
              <button type="button" className="link-button" onClick={onRetry}>
                {t('chats.retry')}
              </button>
            )}
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
