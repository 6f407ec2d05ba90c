import type { RefObject } from 'react';
import { t } from '../../../i18n';
import type { ChatMessage } from '../messenger/messages';
import type { PendingSend } from '../messenger/pending';
import type { History } from '../messenger/useMessenger';
import { MessageItem, PendingItem } from '../messages/MessageItem';
import { PostCommentsBar } from '../comments/PostComments';
import type { OpenChat } from './openChat';

/** What the conversation does when a message's action is chosen (the ones that open something there). */
export interface MessageHandlers {
  /** Wraps an action so its refusal shows above the composer. */
  act: (action: () => Promise<unknown>) => Promise<void>;
  reply: (message: ChatMessage) => void;
  edit: (message: ChatMessage) => void;
  remove: (message: ChatMessage) => void;
  report: (message: ChatMessage) => void;
  forward: (message: ChatMessage) => void;
  openThread: (seq: number) => void;
}

interface Props extends OpenChat {
  history: History;
  pending: PendingSend[];
  mayWrite: boolean;
  canModerate: boolean;
  canPin: boolean;
  pinnedSeqs: Set<number>;
  highlightSeq?: number;
  threadSeq: number | null;
  log: RefObject<HTMLDivElement | null>;
  onScroll: () => void;
  on: MessageHandlers;
}

/** The chat's log: older and newer pages on demand, the messages with what can be done to each, pending sends. */
export function MessageList(props: Props) {
  const { organizationId, chat, messenger, me, isStaff, history, pending, mayWrite, canModerate, canPin, on } = props;
  const messages = history.messages;
  const isChannel = chat.kind === 'channel';
  return (
    <div className="chat-log" ref={props.log} onScroll={props.onScroll} tabIndex={0} role="log" aria-label={t('chats.conversation')}>
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
        <p className="empty-state">{t(mayWrite ? 'chats.emptyConversation' : 'chats.emptyReadOnly')}</p>
      )}
      <ol className="messages">
        {messages.map((message) => (
          <MessageItem
            key={message.seq}
            readersBase={`/api/organizations/${organizationId}/chats/${chat.id}/messages`}
            chatBase={`/api/organizations/${organizationId}/chats/${chat.id}`}
            message={message}
            focused={props.highlightSeq === message.seq}
            myReaction={history.myReactions[message.seq]}
            myVote={message.poll ? history.myVotes[message.poll.id] : undefined}
            canModerate={canModerate}
            pinned={props.pinnedSeqs.has(message.seq)}
            onPin={canPin ? (pinned) => void on.act(() => messenger.pin(chat.id, message.seq, pinned)) : undefined}
            onReact={(emoji) => on.act(() => messenger.react(chat.id, message.seq, emoji))}
            onVote={(pollId, options) => on.act(() => messenger.vote(chat.id, pollId, options))}
            onClosePoll={(pollId) => on.act(() => messenger.closePoll(chat.id, pollId))}
            acknowledged={history.acknowledged.includes(message.seq)}
            onAcknowledge={() => void on.act(() => messenger.acknowledge(chat.id, message.seq))}
            mine={message.senderId === me}
            receipt={history.receipts[message.seq]}
            canDelete={message.senderId === me || canModerate}
            isStaff={isStaff}
            mayWrite={mayWrite}
            onReply={mayWrite ? () => on.reply(message) : undefined}
            onEdit={() => on.edit(message)}
            onDelete={() => on.remove(message)}
            onReport={message.senderId === me ? undefined : () => on.report(message)}
            comments={isChannel && (
              <PostCommentsBar message={message} canModerate={canModerate} open={props.threadSeq === message.seq}
                onOpen={() => on.openThread(message.seq)} onSwitch={(enabled) => void on.act(() => messenger.switchComments(chat.id, message.seq, enabled))} />
            )}
            onForward={() => on.forward(message)}
            me={me}
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
  );
}
