// A chat's messages as the client holds them: merged by sequence number (nothing twice, nothing out of order),
// a later copy (edited, deleted) replacing an earlier one, windows kept bounded. Pure, tested on their own.
import type { components } from '../../../api/schema';

type Schemas = components['schemas'];

/** Int64 fields may arrive as strings in the contract; the client works with numbers throughout. */
export interface ChatMessage extends Omit<Schemas['MessageDto'], 'seq' | 'replyTo'> {
  seq: number;
  replyTo: (Omit<Schemas['ReplyPreviewDto'], 'seq'> & { seq: number }) | null;
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

export function toMessage(dto: Schemas['MessageDto']): ChatMessage {
  return { ...dto, seq: Number(dto.seq), replyTo: dto.replyTo ? { ...dto.replyTo, seq: Number(dto.replyTo.seq) } : null };
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
 * Keeps the rendered history bounded: when a window grows past the limit, the side the person is not
 * looking at is dropped (it is fetched again when they scroll there).
 */
export function boundWindow(messages: readonly ChatMessage[], limit: number, keep: 'newest' | 'oldest'): { messages: ChatMessage[]; trimmed: boolean } {
  if (messages.length <= limit) return { messages: messages as ChatMessage[], trimmed: false };
  return keep === 'newest'
    ? { messages: messages.slice(messages.length - limit), trimmed: true }
    : { messages: messages.slice(0, limit), trimmed: true };
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

/** A client id for a send; crypto.randomUUID exists only on secure origins, so plain HTTP on a LAN falls back. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
