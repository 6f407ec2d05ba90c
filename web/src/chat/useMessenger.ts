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
  withArrivals,
  withLiveSummaries,
  type ChatMessage,
  type ChatSummary,
  type PendingSend,
  type Receipt,
} from './logic';

type Schemas = components['schemas'];
type MessageDtoWire = Schemas['MessageDto'];
export type QuietHours = Schemas['QuietHoursDto'];

/** The part of a chat's history the page holds; at most WINDOW messages are rendered. */
export interface History {
  messages: ChatMessage[];
  hasOlder: boolean;
  hasNewer: boolean;
  receipts: Record<number, Receipt>;
  loadingOlder: boolean;
  /** The person's own reaction per message seq (one each). */
  myReactions: Record<number, string>;
  /** The person's own vote per poll id (answer indexes; absent or empty = not voted). */
  myVotes: Record<string, number[]>;
  /** Seqs of the messages the person has confirmed («Ознакомлен»). */
  acknowledged: number[];
}

/** Someone asked the person to confirm a message they have not confirmed yet. */
export interface AckReminder {
  chatId: string;
  seq: number;
}

export interface NewPoll {
  question: string;
  options: string[];
  multipleChoice: boolean;
  anonymous: boolean;
  closesAt: string | null;
}

export const PAGE = 50;
export const WINDOW = 300;

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
  const [typing, setTyping] = useState<Record<string, { accountId: string; name: string; until: number }>>({});
  const [link, setLink] = useState<LinkState>(realtime().current);
  const [announcement, setAnnouncement] = useState('');
  const [removed, setRemoved] = useState<string[]>([]);
  const [pins, setPins] = useState<Record<string, ChatMessage[]>>({});
  const [reminders, setReminders] = useState<AckReminder[]>([]);
  const [quiet, setQuiet] = useState<QuietHours | null>(null);
  const quietRef = useRef(quiet);
  quietRef.current = quiet;

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
  /** Live messages per chat whose page is being fetched to replace its window (see withArrivals). */
  const arriving = useRef<Record<string, ChatMessage[]>>({});

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
      if (notify && 'Notification' in window && Notification.permission === 'granted') {
        const chat = chatsRef.current?.find((c) => c.id === message.chatId);
        const title =
          notify === 'mention' ? t('chats.mentionedIn', { chat: chat?.title ?? '' }) : chat ? `${message.senderName} — ${chat.title}` : message.senderName;
        try {
          new Notification(title, { body: notify === 'mention' ? `${message.senderName}: ${message.text}` : message.text, tag: message.chatId });
        } catch {
          // Some mobile browsers allow notifications only from a service worker.
        }
      }
    },
    [me, mergeIntoHistory, loadChats, refreshReceipts],
  );

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
      if (document.visibilityState === 'hidden' && 'Notification' in window && Notification.permission === 'granted') {
        const chat = chatsRef.current?.find((c) => c.id === reminder.chatId);
        try {
          new Notification(t('chats.ackReminderTitle'), { body: t('chats.ackReminder', { chat: chat?.title ?? '' }), tag: `ack-${reminder.chatId}-${reminder.seq}` });
        } catch {
          // Some mobile browsers allow notifications only from a service worker.
        }
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

  // Quiet hours: asked on open, again when the quiet period ends and every half hour (the next one starts then).
  const loadQuiet = useCallback(async () => {
    try {
      setQuiet(await api.get<QuietHours>(`/api/organizations/${organizationId}/quiet-hours`));
    } catch {
      // Without it notifications simply are not held back.
    }
  }, [organizationId]);
  useEffect(() => {
    void loadQuiet();
    const timer = setInterval(() => void loadQuiet(), 30 * 60 * 1000);
    return () => clearInterval(timer);
  }, [loadQuiet]);
  useEffect(() => {
    if (!quiet?.quietUntil) return;
    const wait = new Date(quiet.quietUntil).getTime() - Date.now();
    if (wait <= 0 || wait > 24 * 3600 * 1000) return;
    const timer = setTimeout(() => void loadQuiet(), wait + 1000);
    return () => clearTimeout(timer);
  }, [quiet, loadQuiet]);

  const saveQuiet = useCallback(
    async (workdayStart: string | null, workdayEnd: string | null) => {
      setQuiet(await api.request<QuietHours>('PUT', `/api/organizations/${organizationId}/quiet-hours`, { workdayStart, workdayEnd }));
    },
    [organizationId],
  );

  // Typing hints fade after a few seconds without news.
  useEffect(() => {
    const ids = Object.keys(typing);
    if (ids.length === 0) return;
    const timer = setTimeout(() => {
      const now = Date.now();
      setTyping((all) => Object.fromEntries(Object.entries(all).filter(([, v]) => v.until > now)));
    }, 1000);
    return () => clearTimeout(timer);
  }, [typing]);

  const applyPage = useCallback((chatId: string, page: Schemas['MessagePageDto'], mode: 'latest' | 'older' | 'newer', arrivals: ChatMessage[] = []) => {
    setHistories((all) => {
      const history = all[chatId];
      const incoming = withArrivals(page.messages.map(toMessage), page.hasNewer, arrivals);
      const receipts = { ...(history?.receipts ?? {}) };
      for (const r of page.receipts) receipts[Number(r.seq)] = toReceipt(r);
      const fresh = mode === 'latest' || !history;
      const myReactions = fresh ? {} : { ...history.myReactions };
      for (const r of page.myReactions ?? []) myReactions[Number(r.seq)] = r.emoji;
      const myVotes = fresh ? {} : { ...history.myVotes };
      for (const v of page.myVotes ?? []) myVotes[v.pollId] = v.options.map(Number);
      const acknowledged = [...new Set([...(fresh ? [] : history.acknowledged), ...(page.acknowledged ?? []).map(Number)])];
      if (fresh) {
        return { ...all, [chatId]: { messages: incoming, hasOlder: page.hasOlder, hasNewer: page.hasNewer, receipts, loadingOlder: false, myReactions, myVotes, acknowledged } };
      }
      const merged = mergeMessages(history.messages, incoming);
      // Scrolling back drops the newest beyond the window; coming forward drops the oldest.
      const bounded = boundWindow(merged, WINDOW, mode === 'older' ? 'oldest' : 'newest');
      return {
        ...all,
        [chatId]: {
          messages: bounded.messages,
          hasOlder: mode === 'older' ? page.hasOlder : history.hasOlder || bounded.trimmed,
          hasNewer: mode === 'newer' ? page.hasNewer : history.hasNewer || bounded.trimmed,
          receipts,
          loadingOlder: false,
          myReactions,
          myVotes,
          acknowledged,
        },
      };
    });
  }, []);

  /** Replaces a chat's window with a fresh page, keeping what arrives live while the page is on its way. */
  const loadWindow = useCallback(
    async (chatId: string, query: string) => {
      const arrivals: ChatMessage[] = [];
      arriving.current[chatId] = arrivals;
      try {
        applyPage(chatId, await api.get<Schemas['MessagePageDto']>(`${base}/${chatId}/messages?${query}`), 'latest', arrivals);
      } finally {
        if (arriving.current[chatId] === arrivals) delete arriving.current[chatId];
      }
    },
    [base, applyPage],
  );

  const openHistory = useCallback(
    async (chatId: string) => {
      if (historiesRef.current[chatId]) return;
      try {
        await loadWindow(chatId, `limit=${PAGE}`);
        setHistoryErrors((all) => omit(all, chatId));
      } catch (error) {
        if (error instanceof ApiError) setHistoryErrors((all) => ({ ...all, [chatId]: error }));
      }
    },
    [loadWindow],
  );

  useEffect(() => {
    if (!openChatId) return;
    void openHistory(openChatId);
    void loadPins(openChatId);
  }, [openChatId, openHistory, loadPins]);

  /** Opens the history around one message (a pin or a search hit); the window then has newer messages after it. */
  const jumpTo = useCallback((chatId: string, seq: number) => loadWindow(chatId, `around=${seq}&limit=${PAGE}`), [loadWindow]);

  const pin = useCallback(
    async (chatId: string, seq: number, pinned: boolean) => {
      const list = pinned
        ? await api.post<MessageDtoWire[]>(`${base}/${chatId}/pins`, { seq })
        : await api.request<MessageDtoWire[]>('DELETE', `${base}/${chatId}/pins/${seq}`);
      setPins((all) => ({ ...all, [chatId]: list.map(toMessage) }));
    },
    [base],
  );

  const react = useCallback(
    async (chatId: string, seq: number, emoji: string | null) => {
      const dto = await api.request<MessageDtoWire>('PUT', `${base}/${chatId}/messages/${seq}/reaction`, { emoji });
      setHistories((all) => {
        const history = all[chatId];
        if (!history) return all;
        const myReactions = { ...history.myReactions };
        if (emoji) myReactions[seq] = emoji;
        else delete myReactions[seq];
        return { ...all, [chatId]: { ...history, myReactions } };
      });
      changeInHistory(toMessage(dto));
    },
    [base, changeInHistory],
  );

  const vote = useCallback(
    async (chatId: string, pollId: string, options: number[]) => {
      const dto = await api.request<MessageDtoWire>('PUT', `${base}/${chatId}/polls/${pollId}/vote`, { options });
      setHistories((all) => (all[chatId] ? { ...all, [chatId]: { ...all[chatId], myVotes: { ...all[chatId].myVotes, [pollId]: options } } } : all));
      changeInHistory(toMessage(dto));
    },
    [base, changeInHistory],
  );

  const closePoll = useCallback(
    async (chatId: string, pollId: string) => {
      changeInHistory(toMessage(await api.post<MessageDtoWire>(`${base}/${chatId}/polls/${pollId}/close`, {})));
    },
    [base, changeInHistory],
  );

  const acknowledge = useCallback(
    async (chatId: string, seq: number) => {
      await api.post(`${base}/${chatId}/messages/${seq}/acknowledge`, {});
      setHistories((all) => (all[chatId] && !all[chatId].acknowledged.includes(seq) ? { ...all, [chatId]: { ...all[chatId], acknowledged: [...all[chatId].acknowledged, seq] } } : all));
      setReminders((list) => list.filter((r) => !(r.chatId === chatId && r.seq === seq)));
    },
    [base],
  );

  const dismissReminder = useCallback((reminder: AckReminder) => setReminders((list) => list.filter((r) => r !== reminder)), []);

  const createPoll = useCallback(
    async (chatId: string, poll: NewPoll) => {
      const dto = await api.post<MessageDtoWire>(`${base}/${chatId}/polls`, { clientId: newClientId(), ...poll });
      receive(dto, false);
    },
    [base, receive],
  );

  const loadOlder = useCallback(
    async (chatId: string) => {
      const history = historiesRef.current[chatId];
      if (!history || !history.hasOlder || history.loadingOlder || history.messages.length === 0) return;
      setHistories((all) => ({ ...all, [chatId]: { ...all[chatId], loadingOlder: true } }));
      try {
        applyPage(chatId, await api.get<Schemas['MessagePageDto']>(`${base}/${chatId}/messages?before=${history.messages[0].seq}&limit=${PAGE}`), 'older');
      } catch {
        setHistories((all) => (all[chatId] ? { ...all, [chatId]: { ...all[chatId], loadingOlder: false } } : all));
      }
    },
    [base, applyPage],
  );

  const loadNewer = useCallback(
    async (chatId: string) => {
      const history = historiesRef.current[chatId];
      if (!history || !history.hasNewer || history.messages.length === 0) return;
      try {
        const last = history.messages[history.messages.length - 1].seq;
        applyPage(chatId, await api.get<Schemas['MessagePageDto']>(`${base}/${chatId}/messages?after=${last}&limit=${PAGE}`), 'newer');
      } catch {
        // the button stays; pressing it again retries
      }
    },
    [base, applyPage],
  );

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

  const edit = useCallback(
    async (chatId: string, seq: number, text: string, mentions?: string[]) => {
      const dto = await api.request<MessageDtoWire>('PUT', `${base}/${chatId}/messages/${seq}`, { text, mentions });
      changeInHistory(toMessage(dto));
    },
    [base, changeInHistory],
  );

  /** MSG-3: a copy of a message goes to another chat; it arrives like any sent message, confirmed by the server's answer. */
  const forward = useCallback(
    async (targetChatId: string, fromChatId: string, seq: number) => {
      const dto = await api.post<MessageDtoWire>(`${base}/${targetChatId}/messages/forward`, { clientId: newClientId(), fromChatId, seq });
      receive(dto, false);
    },
    [base, receive],
  );

  const remove = useCallback(
    async (chatId: string, seq: number) => {
      const dto = await api.request<MessageDtoWire>('DELETE', `${base}/${chatId}/messages/${seq}`);
      const message = toMessage(dto);
      changeInHistory(message);
      setChats((list) => (list ? applyChanged(list, message) : list));
    },
    [base, changeInHistory],
  );

  const switchComments = useCallback(
    async (chatId: string, seq: number, enabled: boolean) => {
      changeInHistory(toMessage(await api.request<MessageDtoWire>('PUT', `${base}/${chatId}/messages/${seq}/comments`, { enabled })));
    },
    [base, changeInHistory],
  );

  const markRead = useCallback(
    (chatId: string, seq: number) => {
      setChats((list) => (list ? applyRead(list, chatId, seq) : list));
      if (realtime().current === 'online') void realtime().hub.invoke('MarkRead', chatId, seq).catch(() => undefined);
      else void api.post(`${base}/${chatId}/read`, { seq }).catch(() => undefined);
    },
    [base],
  );

  const lastTyping = useRef(0);
  const notifyTyping = useCallback((chatId: string) => {
    const now = Date.now();
    if (now - lastTyping.current < 3000 || realtime().current !== 'online') return;
    lastTyping.current = now;
    void realtime().hub.invoke('Typing', chatId).catch(() => undefined);
  }, []);

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
    edit,
    forward,
    remove,
    switchComments,
    markRead,
    notifyTyping,
    pins,
    jumpTo,
    pin,
    react,
    vote,
    closePoll,
    createPoll,
    acknowledge,
    reminders,
    dismissReminder,
    quiet,
    saveQuiet,
  };
}

export type Messenger = ReturnType<typeof useMessenger>;

function omit<T>(record: Record<string, T>, key: string): Record<string, T> {
  const rest = { ...record };
  delete rest[key];
  return rest;
}
