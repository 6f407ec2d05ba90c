import { useCallback, type RefObject } from 'react';
import type { components } from '../../../api/schema';
import { realtime } from '../../../realtime/connection';
import type { History } from './history';
import { syncCursor, type ChatSummary } from './chatList';
import { windowAtEnd } from './useHoleFilling';
import { isServerUnavailable } from './outage';

interface SyncedChat {
  chatId: string;
  messages: components['schemas']['MessageDto'][];
  complete: boolean;
}

/**
 * Sync over the hub: what was missed, in every chat the tab knows or in these (the ones with a hole), from
 * each chat's cursor; every message goes through `receive` like a live one.
 */
export function useSync(
  chatsRef: RefObject<ChatSummary[] | null>,
  historiesRef: RefObject<Record<string, History>>,
  receive: (dto: components['schemas']['MessageDto'], live: boolean) => void,
) {
  return useCallback(
    async (only?: readonly string[]) => {
      let cursors = (chatsRef.current ?? [])
        .filter((chat) => !only || only.includes(chat.id))
        .map((chat) => ({ chatId: chat.id, afterSeq: syncCursor(chat, windowAtEnd(historiesRef.current, chat.id)) }));
      // «complete: false» means more than a thousand were missed: ask again from where the answer ended.
      for (let round = 0; cursors.length > 0 && round < 20; round++) {
        let result: SyncedChat[];
        try {
          result = await realtime().invoke<SyncedChat[]>('Sync', cursors);
        } catch (error) {
          if (isServerUnavailable(error)) realtime().serverUnavailable();
          return; // dropped again, or the server is without its database: the next (re)connect syncs
        }
        const next: typeof cursors = [];
        for (const chat of result) {
          for (const dto of chat.messages) receive(dto, false);
          if (!chat.complete && chat.messages.length > 0) next.push({ chatId: chat.chatId, afterSeq: Number(chat.messages[chat.messages.length - 1].seq) });
        }
        cursors = next;
      }
    },
    [chatsRef, historiesRef, receive],
  );
}
