// The chat list's rules: unread counts, cursors, the last message and the order of the list. Pure, tested on their own.
import type { components } from '../../../api/schema';
import { advance, contiguousEnd, holds, type Cursor } from './cursor';
import type { ChatMessage } from './messages';
import { mentions } from './notifications';

type Schemas = components['schemas'];

/** `lastSeq` is the highest seq known to exist; the cursor (`syncedSeq`, `ahead`) says which of them the tab has. */
export interface ChatSummary extends Omit<Schemas['ChatSummaryDto'], 'lastSeq' | 'readSeq' | 'unread' | 'lastMessage' | 'unreadMentions'>, Cursor {
  lastSeq: number;
  readSeq: number;
  unread: number;
  /** Unread messages that name the person with «@»: the list shows «@». */
  unreadMentions: number;
  lastMessage: (Omit<Schemas['LastMessageDto'], 'seq'> & { seq: number }) | null;
}

export function toSummary(dto: Schemas['ChatSummaryDto']): ChatSummary {
  return {
    ...dto,
    lastSeq: Number(dto.lastSeq),
    // The list counts every message up to its last one; a chat's window loads them when opened.
    syncedSeq: Number(dto.lastSeq),
    ahead: [],
    readSeq: Number(dto.readSeq),
    unread: Number(dto.unread),
    unreadMentions: Number(dto.unreadMentions ?? 0),
    lastMessage: dto.lastMessage ? { ...dto.lastMessage, seq: Number(dto.lastMessage.seq) } : null,
  };
}

/**
 * Where a chat's Sync continues from: the highest seq up to which nothing is missing — neither from what arrived
 * (the chat's cursor) nor from the loaded window at the chat's end, whose holes are asked for again.
 */
export function syncCursor(summary: Cursor | undefined, messages: readonly ChatMessage[] | undefined): number {
  return Math.min(summary?.syncedSeq ?? 0, contiguousEnd((messages ?? []).map((m) => m.seq)));
}

/** The chats that lack a message below their last one (it is on its way, or its event was lost): Sync fills them. */
export function chatsBehind(chats: readonly ChatSummary[], windowOf: (chatId: string) => readonly ChatMessage[] | undefined): { chatId: string; afterSeq: number }[] {
  return chats.flatMap((chat) => {
    const afterSeq = syncCursor(chat, windowOf(chat.id));
    return afterSeq < chat.lastSeq ? [{ chatId: chat.id, afterSeq }] : [];
  });
}

/**
 * A message reaches the chat list: the chat's cursor takes it, a newest message becomes the last one, and the
 * unread count grows by one when someone else wrote it and the person is not looking at the chat (then the
 * conversation marks it read, which moves the read cursor through applyRead). A late message (below the last
 * one) counts too. A message the list already has (repeated by Sync, or counted by the server's list) changes nothing.
 */
export function applyIncoming(chats: readonly ChatSummary[], message: ChatMessage, me: string, viewing: boolean): ChatSummary[] {
  return chats.map((chat) => {
    if (chat.id !== message.chatId || holds(chat, message.seq)) return chat;
    const mine = message.senderId === me;
    const newest = message.seq > chat.lastSeq;
    // The sender has read their own message (the server moves their cursor too). A chat being looked at
    // does not count the message, but its cursor moves only when the client marks it read on the server.
    return {
      ...chat,
      ...advance(chat, [message.seq]),
      lastSeq: Math.max(chat.lastSeq, message.seq),
      readSeq: mine ? Math.max(chat.readSeq, message.seq) : chat.readSeq,
      unread: mine && newest ? 0 : mine || viewing ? chat.unread : chat.unread + 1,
      unreadMentions: mine && newest ? 0 : !mine && !viewing && mentions(message, me) ? chat.unreadMentions + 1 : chat.unreadMentions,
      lastMessage: newest
        ? { seq: message.seq, senderName: message.senderName, text: message.text, createdAt: message.createdAt, deleted: message.deleted }
        : chat.lastMessage,
    };
  });
}

/** An edit or deletion of the chat's last message shows in the list too. */
export function applyChanged(chats: readonly ChatSummary[], message: ChatMessage): ChatSummary[] {
  return chats.map((chat) =>
    chat.id === message.chatId && chat.lastMessage?.seq === message.seq
      ? { ...chat, lastMessage: { ...chat.lastMessage, text: message.text, deleted: message.deleted } }
      : chat,
  );
}

/**
 * A freshly fetched chat list, keeping what arrived live while it was on its way: where this tab already
 * holds a newer message of a chat than the fetched row (the list was read before that message was stored),
 * the newer last message, unread count and cursor stay.
 */
export function withLiveSummaries(fetched: readonly ChatSummary[], held: readonly ChatSummary[] | null): ChatSummary[] {
  if (!held) return fetched as ChatSummary[];
  const byId = new Map(held.map((chat) => [chat.id, chat]));
  return fetched.map((chat) => {
    const live = byId.get(chat.id);
    if (!live || live.lastSeq <= chat.lastSeq) return chat;
    return {
      ...chat,
      // The fetched row counts everything up to its last seq; what arrived above it stays as the tab has it.
      ...advance({ syncedSeq: Math.max(chat.lastSeq, live.syncedSeq), ahead: live.ahead }, []),
      lastSeq: live.lastSeq,
      lastMessage: live.lastMessage,
      readSeq: Math.max(chat.readSeq, live.readSeq),
      unread: live.unread,
      unreadMentions: live.unreadMentions,
    };
  });
}

/** The person read up to seq (here or in another tab): the badge shrinks to what is still after it. */
export function applyRead(chats: readonly ChatSummary[], chatId: string, seq: number): ChatSummary[] {
  return chats.map((chat) => {
    if (chat.id !== chatId || seq <= chat.readSeq) return chat;
    // Which mentions lie before seq the list does not know; reading to the end clears them all.
    return { ...chat, readSeq: seq, unread: Math.max(0, Math.min(chat.unread, chat.lastSeq - seq)), unreadMentions: seq >= chat.lastSeq ? 0 : chat.unreadMentions };
  });
}

/** The information channel first, then by last activity, newest first (as the server orders them). */
export function sortChats(chats: readonly ChatSummary[]): ChatSummary[] {
  const activity = (c: ChatSummary) => c.lastMessage?.createdAt ?? '';
  return [...chats].sort((a, b) => {
    if ((a.kind === 'channel') !== (b.kind === 'channel')) return a.kind === 'channel' ? -1 : 1;
    return activity(b).localeCompare(activity(a));
  });
}

export function totalUnread(chats: readonly ChatSummary[]): number {
  return chats.reduce((sum, chat) => sum + chat.unread, 0);
}
