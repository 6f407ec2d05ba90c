import { useCallback, useEffect, useRef } from 'react';
import { api } from '../../../api/client';
import type { components } from '../../../api/schema';
import { useHubEvents } from '../../../realtime/hubEvents';
import { applyChanged, applyRead } from './chatList';
import { toMessage, type ChatMessage } from './messages';
import { realtime } from '../../../realtime/connection';
import { useChatList } from './useChatList';
import { useHistories } from './useHistories';
import { useHoleFilling } from './useHoleFilling';
import { useIncoming } from './useIncoming';
import { useMessageActions } from './useMessageActions';
import { usePendingSends } from './usePendingSends';
import { usePins } from './usePins';
import { useQuietHours } from '../../quiet-hours/useQuietHours';
import { useRealtimeLink } from '../../../realtime/useRealtimeLink';
import { useReminders } from './useReminders';
import { useSending } from './useSending';
import { useSync } from './useSync';
import { useTyping } from './useTyping';

export type { QuietHours } from '../../quiet-hours/useQuietHours';
export type { History, AckReminder, NewPoll } from './history';

/**
 * The messenger of one organization in this tab: the chat list, the histories opened so far, pending
 * sends, typing hints and the link state, kept current by the realtime connection. After every
 * (re)connect it asks Sync for what it missed in every chat it knows and retries unconfirmed sends.
 * Each part is a hook of its own; this one wires them together and holds the one table of realtime events.
 */
export function useMessenger(organizationId: string, me: string, openChatId: string | undefined) {
  const base = `/api/organizations/${organizationId}/chats`;
  const openRef = useRef(openChatId);
  openRef.current = openChatId;
  const { chats, chatsRef, listError, loadChats, updateChats, removed, removeChat } = useChatList(base);
  const {
    histories, historyErrors, historiesRef, openHistory, jumpTo, loadOlder, loadNewer, mergeIntoHistory, changeInHistory, changedInWindow,
    refreshReceipts, markAcknowledged, setMyReaction, setMyVote, setCommentCount, forgetHistory, keepOnly,
  } = useHistories(base);
  const { pins, showPins, loadPins, changeInPins, forgetPins } = usePins(base);
  const outbox = usePendingSends();
  const { typing, notifyTyping, showTyping, typedBy } = useTyping();
  const { reminders, remind, confirmed, dismissReminder } = useReminders(chatsRef);
  const { quiet, saveQuiet } = useQuietHours(organizationId);
  const quietRef = useRef(quiet);
  quietRef.current = quiet;

  const { receive, announcement } = useIncoming({ me, openRef, quietRef, chatsRef, updateChats, loadChats, confirmSent: outbox.confirm, mergeIntoHistory, refreshReceipts, typedBy });
  const { send, retry, resendPending } = useSending(outbox, receive);
  const sync = useSync(chatsRef, historiesRef, receive);

  const changeMessage = useCallback(
    (message: ChatMessage) => {
      changeInHistory(message);
      changeInPins(message);
    },
    [changeInHistory, changeInPins],
  );
  const messageChanged = useCallback(
    (message: ChatMessage) => {
      changeMessage(message);
      updateChats((list) => applyChanged(list, message));
    },
    [changeMessage, updateChats],
  );
  const actions = useMessageActions({ base, changeMessage, messageChanged, receive, showPins, setMyReaction, setMyVote, markAcknowledged, confirmed });

  const commentCounted = ({ comment, commentCount }: components['schemas']['CommentEvent']) => setCommentCount(comment.chatId, Number(comment.postSeq), Number(commentCount));

  // Every event the messenger follows, and what it does (docs/realtime-events.md).
  useHubEvents({
    Message: (dto) => receive(dto, true),
    MessageChanged: (dto) => messageChanged(toMessage(dto)),
    Read: (read) => {
      if (read.accountId === me) updateChats((list) => applyRead(list, read.chatId, Number(read.seq)));
      else if (historiesRef.current[read.chatId]) refreshReceipts(read.chatId);
    },
    Typing: (hint) => {
      if (hint.accountId !== me) showTyping(hint);
    },
    ChatsChanged: () => void loadChats(),
    ChatRemoved: (chatId) => {
      removeChat(chatId);
      forgetHistory(chatId);
    },
    PinsChanged: (chatId) => {
      if (openRef.current === chatId) void loadPins(chatId);
      else forgetPins(chatId);
    },
    Acknowledged: ({ chatId, seq, accountId }) => {
      if (accountId === me) {
        // Confirmed in another tab.
        markAcknowledged(chatId, Number(seq));
        confirmed(chatId, Number(seq));
      } else if (historiesRef.current[chatId]) refreshReceipts(chatId);
    },
    AcknowledgementReminder: ({ chatId, seq }) => remind({ chatId, seq: Number(seq) }),
    // MSG-1: a channel post's comment count moves; the thread panel (PostComments) follows the comments themselves.
    CommentAdded: commentCounted,
    CommentDeleted: commentCounted,
  });

  useEffect(() => {
    void loadChats().then((ok) => ok && realtime().current === 'online' && void sync());
  }, [loadChats, sync]);

  // After every connect: what was missed. Pins and changes to loaded messages are not part of Sync: the open
  // chat's are fetched again, and other chats' windows are dropped, to load fresh when opened.
  const link = useRealtimeLink(async () => {
    if (chatsRef.current) await sync();
    // The server answered that its database is away: the next online() does all of this again.
    if (realtime().current !== 'online') return;
    await loadChats();
    const open = openRef.current;
    keepOnly(open);
    if (open) {
      void loadPins(open);
      void changedInWindow(open).then((messages) => messages.forEach(changeMessage));
    }
    resendPending();
  });
  useHoleFilling(chats, histories, link === 'online', sync);

  useEffect(() => {
    if (!openChatId) return;
    void openHistory(openChatId);
    void loadPins(openChatId);
  }, [openChatId, openHistory, loadPins]);

  const markRead = useCallback(
    (chatId: string, seq: number) => {
      updateChats((list) => applyRead(list, chatId, seq));
      if (realtime().current === 'online') void realtime().invoke('MarkRead', chatId, seq).catch(() => undefined);
      else void api.post(`${base}/${chatId}/read`, { seq }).catch(() => undefined);
    },
    [base, updateChats],
  );

  return {
    chats,
    listError,
    loadChats,
    histories,
    historyErrors,
    pending: outbox.pending,
    typing,
    link,
    announcement,
    removed,
    loadOlder,
    loadNewer,
    send,
    retry,
    discard: outbox.discard,
    markRead,
    notifyTyping,
    pins,
    jumpTo,
    reminders,
    dismissReminder,
    quiet,
    saveQuiet,
    ...actions,
  };
}

export type Messenger = ReturnType<typeof useMessenger>;
