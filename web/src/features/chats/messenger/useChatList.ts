import { useCallback, useRef, useState } from 'react';
import { api, ApiError } from '../../../api/client';
import type { components } from '../../../api/schema';
import { sortChats, toSummary, withLiveSummaries, type ChatSummary } from './chatList';

/** The organization's chats of this person, newest activity first, and the chats taken from them while open. */
export function useChatList(base: string) {
  const [chats, setChats] = useState<ChatSummary[] | null>(null);
  const [listError, setListError] = useState<ApiError>();
  const [removed, setRemoved] = useState<string[]>([]);
  // Event handlers outlive renders: they read the latest list through the ref.
  const chatsRef = useRef(chats);
  chatsRef.current = chats;

  const loadChats = useCallback(async () => {
    try {
      const list = await api.get<components['schemas']['ChatSummaryDto'][]>(base);
      const fetched = list.map(toSummary);
      setChats((held) => sortChats(withLiveSummaries(fetched, held)));
      setListError(undefined);
      return true;
    } catch (error) {
      if (error instanceof ApiError) setListError(error);
      return false;
    }
  }, [base]);

  /** Changes a loaded list (nothing to change before it has loaded). */
  const updateChats = useCallback((change: (list: ChatSummary[]) => ChatSummary[]) => setChats((list) => (list ? change(list) : list)), []);

  /** The person was removed from a chat (or it was deleted): it leaves the list, and its open screen says so. */
  const removeChat = useCallback((chatId: string) => {
    setChats((list) => (list ? list.filter((c) => c.id !== chatId) : list));
    setRemoved((list) => [...list, chatId]);
  }, []);

  return { chats, chatsRef, listError, loadChats, updateChats, removed, removeChat };
}
