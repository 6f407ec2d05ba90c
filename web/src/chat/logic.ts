// The messenger's pure rules, kept apart from React and SignalR so they can be tested on their own:
// merging history by sequence number (nothing twice, nothing out of order), pending sends that wait for
// the server's confirmation, unread counts and the order of the chat list.
import type { components } from '../api/schema';
import { advance, contiguousEnd, holds, type Cursor } from './cursor';

type Schemas = components['schemas'];

/** Int64 fields may arrive as strings in the contract; the client works with numbers throughout. */
export interface ChatMessage extends Omit<Schemas['MessageDto'], 'seq' | 'replyTo'> {
  seq: number;
  replyTo: (Omit<Schemas['ReplyPreviewDto'], 'seq'> & { seq: number }) | null;
}

/** `lastSeq` is the highest seq known to exist; the cursor (`syncedSeq`, `ahead`) says which of them the tab has. */
export interface ChatSummary extends Omit<Schemas['ChatSummaryDto'], 'lastSeq' | 'readSeq' | 'unread' | 'lastMessage' | 'unreadMentions'>, Cursor {
  lastSeq: number;
  readSeq: number;
  unread: number;
  /** Unread messages that name the person with «@»: the list shows «@». */
  unreadMentions: number;
  lastMessage: (Omit<Schemas['LastMessageDto'], 'seq'> & { seq: number }) | null;
}

export interface Receipt {
  read: number;
  of: number;
  /** How many confirmed «Ознакомлен» (null when the message did not ask for it). */
  acknowledged: number | null;
}

export function toReceipt(dto: Schemas['ReceiptDto']): Receipt {
  return { read: Number(dto.read), of: Number(dto.of), acknowledged: dto.acknowledged === null || dto.acknowledged === undefined ? null : Number(dto.acknowledged) };
}

/** A message the person sent that the server has not confirmed yet (or refused). */
export interface PendingSend {
  clientId: string;
  chatId: string;
  text: string;
  replyToSeq: number | null;
  /** Staff asked the recipients to confirm they have read it («требует ознакомления»). */
  requiresAcknowledgement?: boolean;
  /** MSG-1: a channel post that members may comment on. */
  commentsEnabled?: boolean;
  /** Members named with «@». */
  mentions?: string[];
  createdAt: string;
  /** Set when the server refused it: the text to show; the person may try again. */
  error?: string;
  /** The refusal was about the message itself (too long, say): sending it again would be refused again. */
  final?: boolean;
}

export function toMessage(dto: Schemas['MessageDto']): ChatMessage {
  return { ...dto, seq: Number(dto.seq), replyTo: dto.replyTo ? { ...dto.replyTo, seq: Number(dto.replyTo.seq) } : null };
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
 * History and new messages together, ordered by seq with each seq once. A later copy of a message
 * (edited or deleted) replaces the earlier one; an older copy never overwrites a newer change.
 */
export function mergeMessages(existing: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  if (incoming.length === 0) return existing as ChatMessage[];
  const bySeq = new Map<number, ChatMessage>();
  for (const m of existing) bySeq.set(m.seq, m);
  for (const m of incoming) {
    const known = bySeq.get(m.seq);
    if (!known || isNewerCopy(m, known)) bySeq.set(m.seq, m);
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

function isNewerCopy(candidate: ChatMessage, known: ChatMessage): boolean {
  if (known.deleted) return false;
  if (candidate.deleted) return true;
  return (candidate.editedAt ?? '') >= (known.editedAt ?? '');
}

/**
 * A page fetched from the server plus the live messages (new or changed) that arrived while it was on
 * its way: a message committed after the page's query ran would otherwise be lost from view until the
 * next reconnect. Arrivals older than the page are left out (they would leave a gap), and none are added
 * to a page that has newer messages after it (the window is not at the end of the chat).
 */
export function withArrivals(page: readonly ChatMessage[], hasNewer: boolean, arrivals: readonly ChatMessage[]): ChatMessage[] {
  if (hasNewer || arrivals.length === 0) return page as ChatMessage[];
  const first = page.length > 0 ? page[0].seq : 0;
  return mergeMessages(page, arrivals.filter((m) => m.seq >= first));
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
 * Keeps the rendered history bounded: when a window grows past the limit, the side the person is not
 * looking at is dropped (it is fetched again when they scroll there).
 */
export function boundWindow(messages: readonly ChatMessage[], limit: number, keep: 'newest' | 'oldest'): { messages: ChatMessage[]; trimmed: boolean } {
  if (messages.length <= limit) return { messages: messages as ChatMessage[], trimmed: false };
  return keep === 'newest'
    ? { messages: messages.slice(messages.length - limit), trimmed: true }
    : { messages: messages.slice(0, limit), trimmed: true };
}

/** Adds a send to the pending list, or leaves the list alone if this clientId is already waiting (a retry). */
export function addPending(pending: readonly PendingSend[], send: PendingSend): PendingSend[] {
  return pending.some((p) => p.clientId === send.clientId)
    ? pending.map((p) => (p.clientId === send.clientId ? { ...p, error: undefined, final: undefined } : p))
    : [...pending, send];
}

/** The server's copy of a message arrived (the Send answer or the Message event): it is no longer pending. */
export function confirmPending(pending: readonly PendingSend[], message: Pick<ChatMessage, 'clientId' | 'chatId'>): PendingSend[] {
  return pending.some((p) => p.clientId === message.clientId && p.chatId === message.chatId)
    ? pending.filter((p) => !(p.clientId === message.clientId && p.chatId === message.chatId))
    : (pending as PendingSend[]);
}

export function failPending(pending: readonly PendingSend[], clientId: string, error: string, final = false): PendingSend[] {
  return pending.map((p) => (p.clientId === clientId ? { ...p, error, final } : p));
}

/** Refusals about what was written (the server's field checks): the same message would be refused again. */
export function isFinalRefusal(code: string): boolean {
  return code === 'validation_failed';
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

/** The person read up to seq (here or in another tab): the badge shrinks to what is still after it. */
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

/** A hub refusal ends with «code: text»; the text is Russian for people. */
export function parseHubError(error: unknown): { code: string; text: string } | null {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const match = /HubException: ([a-z_]+): (.+)$/s.exec(message) ?? /^([a-z_]+): (.+)$/s.exec(message);
  return match ? { code: match[1], text: match[2].trim() } : null;
}

/** A client id for a send; crypto.randomUUID exists only on secure origins, so plain HTTP on a LAN falls back. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The reactions the server accepts, in the order the picker shows them. */
export const REACTIONS = ['👍', '❤️', '😂', '😮', '😢', '🙏', '👏', '🔥', '🎉', '✅'] as const;

export interface ReactionView {
  emoji: string;
  count: number;
  mine: boolean;
}

/** The counts under a message, with the person's own reaction marked (counts arrive as numbers or strings). */
export function reactionView(reactions: readonly { emoji: string; count: number | string }[] | null | undefined, mine: string | undefined): ReactionView[] {
  return (reactions ?? [])
    .map((r) => ({ emoji: r.emoji, count: Number(r.count), mine: r.emoji === mine }))
    .filter((r) => r.count > 0);
}

/**
 * A changed copy of a message (reaction, vote, edit) replaces the loaded one in place, also in a window
 * scrolled away from the newest messages; a message the window does not hold is left out.
 */
export function replaceMessage(messages: readonly ChatMessage[], message: ChatMessage): ChatMessage[] {
  const index = messages.findIndex((m) => m.seq === message.seq);
  if (index < 0 || !isNewerCopy(message, messages[index])) return messages as ChatMessage[];
  const next = [...messages];
  next[index] = message;
  return next;
}

type PollWire = NonNullable<Schemas['MessageDto']['poll']>;

export interface PollOptionView {
  index: number;
  text: string;
  votes: number;
  /** Share of the people who voted, 0–100, rounded. */
  share: number;
  chosen: boolean;
}

/** A poll's answers with their bars: shares are of the people who voted (several answers may add past 100 %). */
export function pollView(poll: PollWire, myOptions: readonly number[] | undefined): PollOptionView[] {
  const voters = Number(poll.voters);
  return poll.options.map((o) => {
    const votes = Number(o.votes);
    return {
      index: Number(o.index),
      text: o.text,
      votes,
      share: voters > 0 ? Math.round((votes * 100) / voters) : 0,
      chosen: (myOptions ?? []).includes(Number(o.index)),
    };
  });
}

/** Open until closed by hand or until its closing time passes. */
export function pollIsOpen(poll: Pick<PollWire, 'closedAt' | 'closesAt'>, now: Date): boolean {
  if (poll.closedAt) return false;
  return !poll.closesAt || new Date(poll.closesAt).getTime() > now.getTime();
}

/**
 * The vote after pressing an answer: one choice replaces the previous one (pressing it again withdraws),
 * several choices toggle the answer. An empty list withdraws the vote.
 */
export function nextVote(current: readonly number[], index: number, multipleChoice: boolean): number[] {
  if (!multipleChoice) return current.length === 1 && current[0] === index ? [] : [index];
  return current.includes(index) ? current.filter((i) => i !== index) : [...current, index].sort((a, b) => a - b);
}

/** A teacher's own client stays silent until the end of their quiet hours (the server says until when). */
export function mentions(message: Pick<ChatMessage, 'mentions'>, me: string): boolean {
  return (message.mentions ?? []).some((m) => m.accountId === me);
}

/**
 * Whether someone else's new message shows a browser notification, and which: any message while the tab is
 * hidden; a mention of the person also while they look at another chat. Quiet hours (MSG-6) silence both.
 */
export function notificationFor(
  message: Pick<ChatMessage, 'mentions' | 'chatId'>,
  me: string,
  state: { hidden: boolean; openChatId: string | null; quiet: boolean },
): 'message' | 'mention' | null {
  if (state.quiet) return null;
  const named = mentions(message, me);
  if (state.hidden) return named ? 'mention' : 'message';
  return named && state.openChatId !== message.chatId ? 'mention' : null;
}

export function isQuietNow(quiet: { applies: boolean; quietUntil: string | null } | null | undefined, now: Date): boolean {
  return !!quiet && quiet.applies && !!quiet.quietUntil && new Date(quiet.quietUntil).getTime() > now.getTime();
}

/** «HH:MM» from the server's «HH:MM:SS» time of day, for time inputs and texts. */
export function timeOfDay(value: string): string {
  return value.slice(0, 5);
}

/**
 * A search hit's text cut into plain and highlighted parts (rendered as text and <mark>, never as HTML).
 * Highlights arrive as UTF-16 offsets; out-of-range or overlapping ones are clamped and merged.
 */
export function highlightParts(text: string, highlights: readonly { start: number | string; length: number | string }[]): { text: string; mark: boolean }[] {
  const ranges = highlights
    .map((h) => [Math.max(0, Number(h.start)), Math.min(text.length, Number(h.start) + Number(h.length))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    if (from > at) parts.push({ text: text.slice(at, from), mark: false });
    const last = parts[parts.length - 1];
    if (last?.mark && from === at) last.text += text.slice(from, e);
    else parts.push({ text: text.slice(from, e), mark: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}
