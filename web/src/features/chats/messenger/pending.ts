// Sends that wait for the server's confirmation, and the server's refusals of them.
import type { ChatMessage } from './messages';

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

/** A hub refusal ends with «code: text»; the text is Russian for people. */
export function parseHubError(error: unknown): { code: string; text: string } | null {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const match = /HubException: ([a-z_]+): (.+)$/s.exec(message) ?? /^([a-z_]+): (.+)$/s.exec(message);
  return match ? { code: match[1], text: match[2].trim() } : null;
}
