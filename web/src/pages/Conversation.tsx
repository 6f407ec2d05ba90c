import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { FormAlert, LoadError, Loading } from '../components/Form';
import { t } from '../i18n';
import type { ChatMessage, ChatSummary } from '../chat/logic';
import type { Messenger } from '../chat/useMessenger';
import { AllowCommentsOption, CommentThreadPanel, PostCommentsBar } from './PostComments';
import { ChatInviteLinks } from './ChatInviteLinks';
import { ForwardDialog } from './ForwardDialog';
import { ConversationTitle } from '../chat/ConversationTitle';
import { ScheduledBar, useScheduledMessages } from '../chat/ScheduledMessages';
import { Composer } from '../chat/Composer';
import { MessageItem, PendingItem } from '../chat/MessageItem';
import { PollForm } from '../chat/PollForm';
import { ReportDialog } from '../chat/ReportDialog';
import { dayTime } from '../chat/when';
import { PinnedMessages } from '../chat/PinnedMessages';
import { QuietMembers } from '../chat/QuietMembers';

interface Props {
  organizationId: string;
  chat: ChatSummary;
  messenger: Messenger;
  me: string;
  isStaff: boolean;
  isAdministrator: boolean;
  /** The chat list: on a phone the conversation is a screen of its own with a way back. */
  backTo: string;
}

/** One open chat: its history (older pages on scroll up), pending sends, who is typing, the composer. */
export function Conversation({ organizationId, chat, messenger, me, isStaff, isAdministrator, backTo }: Props) {
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
  // Pins: chat admins, or both people in a direct chat (as the server decides).
  const canPin = chat.kind === 'direct' || canModerate;
  const pins = messenger.pins[chat.id] ?? [];
  const pinnedSeqs = new Set(pins.map((p) => p.seq));
  // A jump request is a new object each time, so opening the same message twice focuses and highlights it again.
  const [focusRequest, setFocusRequest] = useState<{ seq: number } | null>(null);
  const [highlight, setHighlight] = useState<{ seq: number } | null>(null);
  const [pollOpen, setPollOpen] = useState(false);
  const [reporting, setReporting] = useState<ChatMessage | null>(null);
  const [notice, setNotice] = useState('');
  const restricted = useWritingRestriction(chat);
  // MSG-7: a moderator's restriction closes every way of writing, as the server refuses them anyway.
  const mayWrite = chat.canWrite && !restricted;
  // MSG-1: channel posts may be commented on; the open thread is one post's, by seq.
  const isChannel = chat.kind === 'channel';
  const [threadSeq, setThreadSeq] = useState<number | null>(null);
  const [allowComments, setAllowComments] = useState(false);
  const [forwarding, setForwarding] = useState<ChatMessage | null>(null);

  const messages = history?.messages ?? [];
  const lastSeq = messages.length > 0 ? messages[messages.length - 1].seq : 0;
  const threadPost = threadSeq === null ? undefined : messages.find((m) => m.seq === threadSeq);
  const scheduled = useScheduledMessages(organizationId, chat.id, messenger.quiet?.timeZone, lastSeq);

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

  // The log shrinks when a phone's keyboard opens or the window turns: someone reading the newest stays there.
  const hasHistory = history !== undefined;
  useEffect(() => {
    const element = log.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (stickToBottom.current) element.scrollTop = element.scrollHeight;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasHistory]);

  // Read while visible: the cursor moves to the newest message shown.
  useEffect(() => {
    function mark() {
      if (document.visibilityState === 'visible' && !history?.hasNewer && lastSeq > chat.readSeq) messenger.markRead(chat.id, lastSeq);
    }
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [chat.id, chat.readSeq, lastSeq, history?.hasNewer, messenger]);

  // A pinned message (or search hit) opened in context: brought into view and focused once for keyboard users
  // (waiting for its page to arrive), then highlighted for a moment. Later messages must not pull focus back.
  useEffect(() => {
    if (focusRequest === null) return;
    const element = log.current?.querySelector<HTMLElement>(`[data-seq="${focusRequest.seq}"]`);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    setFocusRequest(null);
    setHighlight({ seq: focusRequest.seq });
  }, [focusRequest, messages]);
  useEffect(() => {
    if (highlight === null) return;
    const timer = setTimeout(() => setHighlight(null), 2500);
    return () => clearTimeout(timer);
  }, [highlight]);

  // ?message=N (a reminder or a search hit) opens that message in context once.
  const [params, setParams] = useSearchParams();
  const wanted = Number(params.get('message') ?? '');
  useEffect(() => {
    if (!wanted || !history) return;
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.delete('message');
      return next;
    }, { replace: true });
    void jump(wanted);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, history !== undefined]);

  async function jump(seq: number) {
    setActionError(undefined);
    stickToBottom.current = false;
    if (!messages.some((m) => m.seq === seq)) {
      try {
        await messenger.jumpTo(chat.id, seq);
      } catch (failure) {
        if (failure instanceof ApiError) setActionError(failure);
        return;
      }
    }
    setFocusRequest({ seq });
  }

  async function act(action: () => Promise<unknown>) {
    setActionError(undefined);
    try {
      await action();
    } catch (failure) {
      if (failure instanceof ApiError) setActionError(failure);
    }
  }

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
        <ConversationTitle organizationId={organizationId} chat={chat} me={me} isAdministrator={isAdministrator} backTo={backTo} />
        <ChatInviteLinks organizationId={organizationId} chat={chat} canModerate={canModerate} />
        <PinnedMessages pins={pins} canUnpin={canPin} onOpen={(seq) => void jump(seq)} onUnpin={(seq) => void act(() => messenger.pin(chat.id, seq, false))} />
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
            <p className="empty-state">{t(mayWrite ? 'chats.emptyConversation' : 'chats.emptyReadOnly')}</p>
          )}
          <ol className="messages">
            {messages.map((message) => (
              <MessageItem
                key={message.seq}
                readersBase={`/api/organizations/${organizationId}/chats/${chat.id}/messages`}
                chatBase={`/api/organizations/${organizationId}/chats/${chat.id}`}
                message={message}
                focused={highlight?.seq === message.seq}
                myReaction={history.myReactions[message.seq]}
                myVote={message.poll ? history.myVotes[message.poll.id] : undefined}
                canModerate={canModerate}
                pinned={pinnedSeqs.has(message.seq)}
                onPin={canPin ? (pinned) => void act(() => messenger.pin(chat.id, message.seq, pinned)) : undefined}
                onReact={(emoji) => act(() => messenger.react(chat.id, message.seq, emoji))}
                onVote={(pollId, options) => act(() => messenger.vote(chat.id, pollId, options))}
                onClosePoll={(pollId) => act(() => messenger.closePoll(chat.id, pollId))}
                acknowledged={history.acknowledged.includes(message.seq)}
                onAcknowledge={() => void act(() => messenger.acknowledge(chat.id, message.seq))}
                mine={message.senderId === me}
                receipt={history.receipts[message.seq]}
                canDelete={message.senderId === me || canModerate}
                isStaff={isStaff}
                mayWrite={mayWrite}
                onReply={mayWrite ? () => startReply(message) : undefined}
                onEdit={() => startEdit(message)}
                onDelete={() => void remove(message)}
                onReport={message.senderId === me ? undefined : () => {
                  setNotice('');
                  setReporting(message);
                }}
                comments={isChannel && (
                  <PostCommentsBar message={message} canModerate={canModerate} open={threadSeq === message.seq}
                    onOpen={() => setThreadSeq(message.seq)} onSwitch={(enabled) => void act(() => messenger.switchComments(chat.id, message.seq, enabled))} />
                )}
                onForward={() => setForwarding(message)}
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
      )}
      <p className="typing" aria-hidden={typing ? undefined : true}>
        {typing ? t('chats.typing', { name: typing.name }) : ' '}
      </p>
      {actionError && <FormAlert problem={actionError} />}
      <p className="notice" role="status">
        {notice}
      </p>
      {reporting && (
        <ReportDialog
          url={`/api/organizations/${organizationId}/chats/${chat.id}/messages/${reporting.seq}/reports`}
          message={reporting}
          onClose={() => setReporting(null)}
          onSent={() => {
            setReporting(null);
            setNotice(t('chats.reportSent'));
          }}
        />
      )}
      {threadPost && !threadPost.deleted && (
        <CommentThreadPanel organizationId={organizationId} chatId={chat.id} post={threadPost} me={me} canModerate={canModerate}
          onSwitch={(enabled) => void act(() => messenger.switchComments(chat.id, threadPost.seq, enabled))} onClose={() => setThreadSeq(null)} />
      )}
      {forwarding && (
        <ForwardDialog
          chats={messenger.chats ?? []}
          onForward={(target) => messenger.forward(target.id, chat.id, forwarding.seq)}
          onClose={() => setForwarding(null)}
        />
      )}
      {mayWrite && <QuietMembers organizationId={organizationId} chatId={chat.id} />}
      <ScheduledBar scheduled={scheduled} />
      {mayWrite && pollOpen && (
        <PollForm
          onCancel={() => setPollOpen(false)}
          onCreate={async (poll) => {
            stickToBottom.current = true;
            await messenger.createPoll(chat.id, poll);
            setPollOpen(false);
          }}
        />
      )}
      {restricted ? (
        <p className="restricted" role="status">
          {chat.writingRestrictedUntil
            ? t('chats.restrictedUntil', { time: dayTime.format(new Date(chat.writingRestrictedUntil)) })
            : t('chats.restrictedUntilLifted')}
        </p>
      ) : chat.canWrite ? (
        <Composer
          pollOpen={pollOpen}
          onTogglePoll={editing ? undefined : () => setPollOpen((v) => !v)}
          key={editing ? `edit-${editing.seq}` : 'new'}
          textarea={composer}
          replyTo={replyTo}
          editing={editing}
          onCancel={() => {
            setReplyTo(null);
            setEditing(null);
          }}
          onTyping={() => messenger.notifyTyping(chat.id)}
          canAskAck={isStaff}
          options={isChannel && !editing && <AllowCommentsOption checked={allowComments} onChange={setAllowComments} />}
          scheduled={editing ? undefined : scheduled}
          membersUrl={`/api/organizations/${organizationId}/chats/${chat.id}/members`}
          me={me}
          onSend={async (text, requiresAcknowledgement, mentions) => {
            if (editing) {
              await messenger.edit(chat.id, editing.seq, text, mentions);
              setEditing(null);
            } else {
              stickToBottom.current = true;
              messenger.send(chat.id, text, replyTo?.seq ?? null, requiresAcknowledgement, isChannel && allowComments, mentions);
              setReplyTo(null);
              setAllowComments(false);
            }
          }}
        />
      ) : (
        <p className="muted">{t('chats.readOnly')}</p>
      )}
    </div>
  );
}

/**
 * Whether a moderator's restriction holds now; re-renders when a timed one ends, so the composer comes back
 * without a reload.
 */
function useWritingRestriction(chat: ChatSummary): boolean {
  const [, setEnded] = useState(0);
  const until = chat.writingRestricted && chat.writingRestrictedUntil ? new Date(chat.writingRestrictedUntil).getTime() : null;
  useEffect(() => {
    if (until === null) return;
    const wait = until - Date.now();
    if (wait <= 0) return;
    // setTimeout holds at most about 24 days; a longer wait simply checks again then.
    const timer = setTimeout(() => setEnded((n) => n + 1), Math.min(wait + 500, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [until]);
  return chat.writingRestricted && (until === null || until > Date.now());
}
