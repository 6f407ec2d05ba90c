import { useEffect } from 'react';
import { chatsBehind, type ChatSummary } from './chatList';
import type { ChatMessage } from './messages';

/**
 * How long a hole waits for its late event before Sync is asked: the server sends one node's events of a chat in
 * order, but events from another node, or after a lost one, can come a few hundred milliseconds apart.
 */
const HOLE_WAIT_MS = 1500;

/** The part of a loaded window that matters here: whether it reaches the chat's end (new messages merge only there). */
export interface LoadedWindow {
  messages: ChatMessage[];
  hasNewer: boolean;
}

export function windowAtEnd(histories: Record<string, LoadedWindow>, chatId: string): ChatMessage[] | undefined {
  const history = histories[chatId];
  return history && !history.hasNewer ? history.messages : undefined;
}

/**
 * A chat that lacks a message below its last one (its event is late, or was lost) is synced once the hole has
 * waited a moment; a late event that fills it meanwhile makes the Sync unnecessary. A hole that stays the same
 * while more messages arrive keeps its timer, so a busy chat does not postpone it for ever.
 */
export function useHoleFilling(
  chats: readonly ChatSummary[] | null,
  histories: Record<string, LoadedWindow>,
  online: boolean,
  sync: (chatIds: string[]) => Promise<void>,
) {
  const behind = chats ? chatsBehind(chats, (chatId) => windowAtEnd(histories, chatId)).map((c) => `${c.chatId}:${c.afterSeq}`).join(',') : '';
  useEffect(() => {
    if (!behind || !online) return;
    const timer = setTimeout(() => void sync(behind.split(',').map((c) => c.split(':')[0])), HOLE_WAIT_MS);
    return () => clearTimeout(timer);
  }, [behind, online, sync]);
}
