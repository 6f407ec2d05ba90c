import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../api/client';
import type { components } from '../api/schema';
import { t } from '../i18n';
import { withCommentCount, type CommentEventWire } from './comments';
import { realtime, type LinkState } from './connection';
import { messageLength } from './messageLength';
import { useHoleFilling, windowAtEnd } from './useHoleFilling';
import {
  addPending,
  applyChanged,
  applyIncoming,
  applyRead,
  boundWindow,
  confirmPending,
  failPending,
  isFinalRefusal,
  isQuietNow,
  mergeMessages,
  newClientId,
  notificationFor,
  parseHubError,
  replaceMessage,
  sortChats,
  syncCursor,
  toMessage,
  toReceipt,
  toSummary,
  withLiveSummaries,
  type ChatMessage,
  type ChatSummary,
  type PendingSend,
} from './logic';
import { omit, PAGE, WINDOW, type AckReminder, type History } from './history';
import { useQuietHours } from './useQuietHours';
import { useHistoryPaging } from './useHistoryPaging';
import { useMessageActions } from './useMessageActions';
import { useTyping } from './useTyping';
import { showNotification } from './notify';

type Schemas = components['schemas'];
type MessageDtoWire = Schemas['MessageDto'];
export type { QuietHours } from './useQuietHours';
export type { History, AckReminder, NewPoll } from './history';

interface SyncedChat {
  chatId: string;
  messages: MessageDtoWire[];
  complete: boolean;
}

/**
 * The messenger of one organization in this tab: the chat list, the histories opened so far, pending
 * sends, typing hints and the link state, kept current by the realtime connection. After every
 * (re)connect it asks Sync for what it missed in every chat it knows and retries unconfirmed sends.
 */
export function useMessenger(organizationId: string, me: string, openChatId: string | undefined) {
  const base = `/api/organizations/${organizationId}/chats`;
  const [chats, setChats] = useState<ChatSummary[] | null>(null);
  const [listError, setListError] = useState<ApiError>();
  const [histories, setHistories] = useState<Record<string, History>>({});
  const [historyErrors, setHistoryErrors] = useState<Record<string, ApiError>>({});
  const [pending, setPending] = useState<PendingSend[]>([]);
  const { typing, setTyping, notifyTyping } = useTyping();
  const [link, setLink] = useState<LinkState>(realtime().current);
  const [announcement, setAnnouncement] = useState('');
  const [removed, setRemoved] = useState<string[]>([]);
  const [pins, setPins] = useState<Record<string, ChatMessage[]>>({});
  const [reminders, setReminders] = useState<AckReminder[]>([]);

  // Event handlers outlive renders: they read the latest state through refs.
  const chatsRef = useRef(chats);
  chatsRef.current = chats;
  const historiesRef = useRef(histories);
  historiesRef.current = histories;
  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  const openRef = useRef(openChatId);
  openRef.current = openChatId;
  const receiptTimers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  const { quiet, saveQuiet } = useQuietHours(organizationId);
  const quietRef = useRef(quiet);
  quietRef.current = quiet;
  const { arriving, openHistory, jumpTo, loadOlder, loadNewer } = useHistoryPaging({ base, historiesRef, setHistories, setHistoryErrors });

  const viewing = (chatId: string) => openRef.current === chatId && document.visibilityState === 'visible';

  const loadChats = useCallback(async () => {
    try {
      const list = await api.get<Schemas['ChatSummaryDto'][]>(base);
      const fetched = list.map(toSummary);
      setChats((held) => sortChats(withLiveSummaries(fetched, held)));
      setListError(undefined);
      return true;
    } catch (error) {
      if (error instanceof ApiError) setListError(error);
      return false;
    }
  }, [base]);

  /** Puts messages into a loaded history (not into one scrolled back far enough to have a gap after it). */
  const mergeIntoHistory = useCallback((chatId: string, messages: ChatMessage[]) => {
    arriving.current[chatId]?.push(...messages);
    setHistories((all) => {
      const history = all[chatId];
      if (!history || history.hasNewer || messages.length === 0) return all;
      const bounded = boundWindow(mergeMessages(history.messages, messages), WINDOW, 'newest');
      return { ...all, [chatId]: { ...history, messages: bounded.messages, hasOlder: history.hasOlder || bounded.trimmed } };
    });
  }, []);

  /** A changed copy of a message (reaction, vote, edit, deletion) replaces the loaded one, wherever the window is. */
  const changeInHistory = useCallback((message: ChatMessage) => {
    arriving.current[message.chatId]?.push(message);
    setHistories((all) => {
      const history = all[message.chatId];
      if (!history) return all;
      const messages = replaceMessage(history.messages, message);
      return messages === history.messages ? all : { ...all, [message.chatId]: { ...history, messages } };
    });
    setPins((all) => (all[message.chatId] ? { ...all, [message.chatId]: replaceMessage(all[message.chatId], message) } : all));
  }, []);

  const loadPins = useCallback(
    async (chatId: string) => {
      try {
        const list = await api.get<MessageDtoWire[]>(`${base}/${chatId}/pins`);
        setPins((all) => ({ ...all, [chatId]: list.map(toMessage) }));
      } catch {
        // The header stays as it was; the next PinsChanged or opening the chat again tries again.
      }
    },
    [base],
  );

  /**
   * Sync brings what was sent while offline; what changed meanwhile in messages already on screen (edits,
   * deletions, reactions, votes) comes with one page over the open chat's loaded window.
   */
  const refreshWindow = useCallback(
    async (chatId: string) => {
      const messages = historiesRef.current[chatId]?.messages;
      if (!messages || messages.length === 0) return;
      const first = messages[0].seq;
      const count = Math.min(messages[messages.length - 1].seq - first + 1, 1000);
      try {
        const page = await api.get<Schemas['MessagePageDto']>(`${base}/${chatId}/messages?after=${first - 1}&limit=${count}`);
        for (const dto of page.messages) changeInHistory(toMessage(dto));
      } catch {
        // The window stays as it was; changes arrive as events from now on.
      }
    },
    [base, changeInHistory],
  );

  const refreshReceipts = useCallback(
    (chatId: string) => {
      clearTimeout(receiptTimers.current[chatId]);
      receiptTimers.current[chatId] = setTimeout(async () => {
        if (!historiesRef.current[chatId]) return;
        try {
          const page = await api.get<Schemas['MessagePageDto']>(`${base}/${chatId}/messages?limit=${PAGE}`);
          setHistories((all) => {
            const history = all[chatId];
            if (!history) return all;
            const receipts = { ...history.receipts };
            for (const r of page.receipts) receipts[Number(r.seq)] = toReceipt(r);
            return { ...all, [chatId]: { ...history, receipts } };
          });
        } catch {
          // Receipts are a courtesy; the next read event tries again.
        }
      }, 600);
    },
    [base],
  );

  /** A message from the server (event, Send answer or Sync), applied once whatever the route. */
  const receive = useCallback(
    (dto: MessageDtoWire, live: boolean) => {
      const message = toMessage(dto);
      setPending((list) => confirmPending(list, message));
      mergeIntoHistory(message.chatId, [message]);
      const known = chatsRef.current?.some((c) => c.id === message.chatId);
      const isNew = (chatsRef.current?.find((c) => c.id === message.chatId)?.lastSeq ?? 0) < message.seq;
      setChats((list) => (list ? sortChats(applyIncoming(list, message, me, viewing(message.chatId))) : list));
      if (!known) void loadChats();
      if (message.senderId === me) {
        refreshReceipts(message.chatId);
        return;
      }
      if (!live || !isNew) return;
      // Their message arrived: they are no longer typing it.
      setTyping((all) => (all[message.chatId]?.accountId === message.senderId ? omit(all, message.chatId) : all));
      if (openRef.current === message.chatId) setAnnouncement(t('chats.announce', { name: message.senderName, text: message.text }));
      // A teacher's quiet hours (MSG-6): no browser notification until they end. A mention is shown also
      // while the person reads another chat.
      const notify = notificationFor(message, me, {
        hidden: document.visibilityState === 'hidden',
        openChatId: openRef.current ?? null,
        quiet: isQuietNow(quietRef.current, new Date()),
      });
      if (notify) {
        const chat = chatsRef.current?.find((c) => c.id === message.chatId);
        const title =
          notify === 'mention' ? t('chats.mentionedIn', { chat: chat?.title ?? '' }) : chat ? `${message.senderName} — ${chat.title}` : message.senderName;
        showNotification(title, notify === 'mention' ? `${message.senderName}: ${message.text}` : message.text, message.chatId);
      }
    },
    [me, mergeIntoHistory, loadChats, refreshReceipts],
  );

  const actions = useMessageActions({ base, setHistories, setChats, setPins, setReminders, changeInHistory, receive });

  const deliver = useCallback(
    async (send: PendingSend) => {
      // Never put on the wire what the server would refuse for its length: a frame far over the limit is
      // the one thing that closes the connection, with every send queued behind it.
      const tooLong = messageLength(send.text).refusal;
      if (tooLong) {
        setPending((list) => failPending(list, send.clientId, tooLong, true));
        return;
      }
      if (realtime().current !== 'online') return; // retried after the reconnect, with the same clientId
      try {
        const dto = await realtime().hub.invoke<MessageDtoWire>('Send', send.chatId, {
          clientId: send.clientId,
          text: send.text,
          replyToSeq: send.replyToSeq,
          requiresAcknowledgement: send.requiresAcknowledgement ?? false,
          commentsEnabled: send.commentsEnabled ?? false,
          mentions: send.mentions ?? [],
        });
        receive(dto, false);
      } catch (error) {
        const refusal = parseHubError(error);
        if (refusal) setPending((list) => failPending(list, send.clientId, refusal.text, isFinalRefusal(refusal.code)));
        // Otherwise the connection dropped mid-call: it stays pending and is sent again on reconnect.
      }
    },
    [receive],
  );

  /** What was missed, in every chat the tab knows or in these (the ones with a hole). */
  const sync = useCallback(async (only?: readonly string[]) => {
    let cursors = (chatsRef.current ?? [])
      .filter((chat) => !only || only.includes(chat.id))
      .map((chat) => ({ chatId: chat.id, afterSeq: syncCursor(chat, windowAtEnd(historiesRef.current, chat.id)) }));
    // «complete: false» means more than a thousand were missed: ask again from where the answer ended.
    for (let round = 0; cursors.length > 0 && round < 20; round++) {
      let result: SyncedChat[];
      try {
        result = await realtime().hub.invoke<SyncedChat[]>('Sync', cursors);
      } catch {
        return; // dropped again; the next reconnect syncs
      }
      const next: typeof cursors = [];
      for (const chat of result) {
        for (const dto of chat.messages) receive(dto, false);
        if (!chat.complete && chat.messages.length > 0) next.push({ chatId: chat.chatId, afterSeq: Number(chat.messages[chat.messages.length - 1].seq) });
      }
      cursors = next;
    }
  }, [receive]);

  useHoleFilling(chats, histories, link === 'online', sync);

  // The list, then the connection and its events.
  useEffect(() => {
    void loadChats().then((ok) => ok && realtime().current === 'online' && void sync());
  }, [loadChats, sync]);

  useEffect(() => {
    const connection = realtime();
    const hub = connection.hub;
    const onMessage = (dto: MessageDtoWire) => receive(dto, true);
    const onChanged = (dto: MessageDtoWire) => {
      const message = toMessage(dto);
      changeInHistory(message);
      setChats((list) => (list ? applyChanged(list, message) : list));
    };
    const onRead = (read: { chatId: string; accountId: string; seq: number | string }) => {
      if (read.accountId === me) setChats((list) => (list ? applyRead(list, read.chatId, Number(read.seq)) : list));
      else if (historiesRef.current[read.chatId]) refreshReceipts(read.chatId);
    };
    const onTyping = (event: { chatId: string; accountId: string; name: string }) => {
      if (event.accountId === me) return;
      setTyping((all) => ({ ...all, [event.chatId]: { accountId: event.accountId, name: event.name, until: Date.now() + 5000 } }));
    };
    const onChatsChanged = () => void loadChats();
    const onPinsChanged = (chatId: string) => {
      if (openRef.current === chatId) void loadPins(chatId);
      else setPins((all) => omit(all, chatId));
    };
    const onChatRemoved = (chatId: string) => {
      setChats((list) => (list ? list.filter((c) => c.id !== chatId) : list));
      setHistories((all) => omit(all, chatId));
      setRemoved((list) => [...list, chatId]);
    };
    hub.on('Message', onMessage);
    hub.on('MessageChanged', onChanged);
    hub.on('Read', onRead);
    hub.on('Typing', onTyping);
    hub.on('ChatsChanged', onChatsChanged);
    hub.on('ChatRemoved', onChatRemoved);
    hub.on('PinsChanged', onPinsChanged);
    const onAcknowledged = (event: { chatId: string; seq: number | string; accountId: string }) => {
      const seq = Number(event.seq);
      if (event.accountId === me) {
        // Confirmed in another tab.
        setHistories((all) => (all[event.chatId] && !all[event.chatId].acknowledged.includes(seq) ? { ...all, [event.chatId]: { ...all[event.chatId], acknowledged: [...all[event.chatId].acknowledged, seq] } } : all));
        setReminders((list) => list.filter((r) => !(r.chatId === event.chatId && r.seq === seq)));
      } else if (historiesRef.current[event.chatId]) refreshReceipts(event.chatId);
    };
    const onReminder = (event: { chatId: string; seq: number | string }) => {
      const reminder = { chatId: event.chatId, seq: Number(event.seq) };
      setReminders((list) => (list.some((r) => r.chatId === reminder.chatId && r.seq === reminder.seq) ? list : [...list, reminder]));
      if (document.visibilityState === 'hidden') {
        const chat = chatsRef.current?.find((c) => c.id === reminder.chatId);
        showNotification(t('chats.ackReminderTitle'), t('chats.ackReminder', { chat: chat?.title ?? '' }), `ack-${reminder.chatId}-${reminder.seq}`);
      }
    };
    hub.on('Acknowledged', onAcknowledged);
    hub.on('AcknowledgementReminder', onReminder);
    // MSG-1: a channel post's comment count moves; the thread panel (PostComments) follows the comments themselves.
    const onComment = ({ comment, commentCount }: CommentEventWire) =>
      setHistories((all) => {
        const history = all[comment.chatId];
        const messages = history && withCommentCount(history.messages, Number(comment.postSeq), Number(commentCount));
        return history && messages !== history.messages ? { ...all, [comment.chatId]: { ...history, messages } } : all;
      });
    hub.on('CommentAdded', onComment);
    hub.on('CommentDeleted', onComment);
    const stopState = connection.subscribe(setLink);
    const stopOnline = connection.onOnline(() => {
      void (async () => {
        if (chatsRef.current) await sync();
        await loadChats();
        // Pins and changes to loaded messages are not part of Sync: the open chat's are fetched again, and
        // other chats' windows are dropped, to load fresh when opened.
        const open = openRef.current;
        setHistories((all) => (open && all[open] ? { [open]: all[open] } : {}));
        if (open) {
          void loadPins(open);
          void refreshWindow(open);
        }
        for (const send of pendingRef.current) if (!send.error) void deliver(send);
      })();
    });
    const release = connection.acquire();
    setLink(connection.current);
    return () => {
      hub.off('Message', onMessage);
      hub.off('MessageChanged', onChanged);
      hub.off('Read', onRead);
      hub.off('Typing', onTyping);
      hub.off('ChatsChanged', onChatsChanged);
      hub.off('ChatRemoved', onChatRemoved);
      hub.off('PinsChanged', onPinsChanged);
      hub.off('Acknowledged', onAcknowledged);
      hub.off('AcknowledgementReminder', onReminder);
      hub.off('CommentAdded', onComment);
      hub.off('CommentDeleted', onComment);
      stopState();
      stopOnline();
      release();
    };
  }, [me, receive, changeInHistory, loadPins, refreshWindow, refreshReceipts, loadChats, sync, deliver]);


  useEffect(() => {
    if (!openChatId) return;
    void openHistory(openChatId);
    void loadPins(openChatId);
  }, [openChatId, openHistory, loadPins]);

  const dismissReminder = useCallback((reminder: AckReminder) => setReminders((list) => list.filter((r) => r !== reminder)), []);

  const send = useCallback(
    (chatId: string, text: string, replyToSeq: number | null, requiresAcknowledgement = false, commentsEnabled = false, mentions: string[] = []) => {
      const item: PendingSend = { clientId: newClientId(), chatId, text, replyToSeq, requiresAcknowledgement, commentsEnabled, mentions, createdAt: new Date().toISOString() };
      setPending((list) => addPending(list, item));
      void deliver(item);
    },
    [deliver],
  );

  const retry = useCallback(
    (clientId: string) => {
      const item = pendingRef.current.find((p) => p.clientId === clientId);
      if (!item) return;
      setPending((list) => addPending(list, item));
      void deliver({ ...item, error: undefined });
    },
    [deliver],
  );

  const discard = useCallback((clientId: string) => setPending((list) => list.filter((p) => p.clientId !== clientId)), []);


  const markRead = useCallback(
    (chatId: string, seq: number) => {
      setChats((list) => (list ? applyRead(list, chatId, seq) : list));
      if (realtime().current === 'online') void realtime().hub.invoke('MarkRead', chatId, seq).catch(() => undefined);
      else void api.post(`${base}/${chatId}/read`, { seq }).catch(() => undefined);
    },
    [base],
  );


  return {
    chats,
    listError,
    loadChats,
    histories,
    historyErrors,
    pending,
    typing,
    link,
    announcement,
    removed,
    loadOlder,
    loadNewer,
    send,
    retry,
    discard,
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

