import { useCallback, useRef, useState } from 'react';
import { api, ApiError } from '../../../api/client';
import type { components } from '../../../api/schema';
import { withCommentCount } from '../comments/comments';
import { omit, PAGE, WINDOW, type History } from './history';
import { boundWindow, mergeMessages, replaceMessage, toMessage, toReceipt, type ChatMessage } from './messages';
import { useHistoryPaging } from './useHistoryPaging';

type MessagePageDto = components['schemas']['MessagePageDto'];

/**
 * The histories opened so far (a window of at most WINDOW messages per chat) with the person's own
 * reactions, votes and confirmations in them, and the read receipts of their messages.
 */
export function useHistories(base: string) {
  const [histories, setHistories] = useState<Record<string, History>>({});
  const [historyErrors, setHistoryErrors] = useState<Record<string, ApiError>>({});
  // Event handlers outlive renders: they read the latest histories through the ref.
  const historiesRef = useRef(histories);
  historiesRef.current = histories;
  const receiptTimers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  const { arriving, openHistory, jumpTo, loadOlder, loadNewer } = useHistoryPaging({ base, historiesRef, setHistories, setHistoryErrors });

  /** Changes one loaded history (nothing to change in a chat not opened). */
  const updateHistory = useCallback(
    (chatId: string, change: (history: History) => History) =>
      setHistories((all) => {
        const history = all[chatId];
        if (!history) return all;
        const changed = change(history);
        return changed === history ? all : { ...all, [chatId]: changed };
      }),
    [],
  );

  /** Puts messages into a loaded history (not into one scrolled back far enough to have a gap after it). */
  const mergeIntoHistory = useCallback(
    (chatId: string, messages: ChatMessage[]) => {
      arriving.current[chatId]?.push(...messages);
      updateHistory(chatId, (history) => {
        if (history.hasNewer || messages.length === 0) return history;
        const bounded = boundWindow(mergeMessages(history.messages, messages), WINDOW, 'newest');
        return { ...history, messages: bounded.messages, hasOlder: history.hasOlder || bounded.trimmed };
      });
    },
    [arriving, updateHistory],
  );

  /** A changed copy of a message (reaction, vote, edit, deletion) replaces the loaded one, wherever the window is. */
  const changeInHistory = useCallback(
    (message: ChatMessage) => {
      arriving.current[message.chatId]?.push(message);
      updateHistory(message.chatId, (history) => {
        const messages = replaceMessage(history.messages, message);
        return messages === history.messages ? history : { ...history, messages };
      });
    },
    [arriving, updateHistory],
  );

  /**
   * Sync brings what was sent while offline; what changed meanwhile in messages already on screen (edits,
   * deletions, reactions, votes) comes with one page over the chat's loaded window.
   */
  const changedInWindow = useCallback(
    async (chatId: string): Promise<ChatMessage[]> => {
      const messages = historiesRef.current[chatId]?.messages;
      if (!messages || messages.length === 0) return [];
      const first = messages[0].seq;
      const count = Math.min(messages[messages.length - 1].seq - first + 1, 1000);
      try {
        const page = await api.get<MessagePageDto>(`${base}/${chatId}/messages?after=${first - 1}&limit=${count}`);
        return page.messages.map(toMessage);
      } catch {
        return []; // The window stays as it was; changes arrive as events from now on.
      }
    },
    [base],
  );

  /** Someone read or confirmed, or the person's own message arrived: the newest page's receipts are asked again once things settle. */
  const refreshReceipts = useCallback(
    (chatId: string) => {
      clearTimeout(receiptTimers.current[chatId]);
      receiptTimers.current[chatId] = setTimeout(async () => {
        if (!historiesRef.current[chatId]) return;
        try {
          const page = await api.get<MessagePageDto>(`${base}/${chatId}/messages?limit=${PAGE}`);
          updateHistory(chatId, (history) => {
            const receipts = { ...history.receipts };
            for (const r of page.receipts) receipts[Number(r.seq)] = toReceipt(r);
            return { ...history, receipts };
          });
        } catch {
          // Receipts are a courtesy; the next read event tries again.
        }
      }, 600);
    },
    [base, updateHistory],
  );

  const markAcknowledged = useCallback(
    (chatId: string, seq: number) =>
      updateHistory(chatId, (history) => (history.acknowledged.includes(seq) ? history : { ...history, acknowledged: [...history.acknowledged, seq] })),
    [updateHistory],
  );

  const setMyReaction = useCallback(
    (chatId: string, seq: number, emoji: string | null) =>
      updateHistory(chatId, (history) => {
        const myReactions = { ...history.myReactions };
        if (emoji) myReactions[seq] = emoji;
        else delete myReactions[seq];
        return { ...history, myReactions };
      }),
    [updateHistory],
  );

  const setMyVote = useCallback(
    (chatId: string, pollId: string, options: number[]) => updateHistory(chatId, (history) => ({ ...history, myVotes: { ...history.myVotes, [pollId]: options } })),
    [updateHistory],
  );

  /** MSG-1: a channel post's comment count moves; the thread panel (PostComments) follows the comments themselves. */
  const setCommentCount = useCallback(
    (chatId: string, postSeq: number, count: number) =>
      updateHistory(chatId, (history) => {
        const messages = withCommentCount(history.messages, postSeq, count);
        return messages === history.messages ? history : { ...history, messages };
      }),
    [updateHistory],
  );

  const forgetHistory = useCallback((chatId: string) => setHistories((all) => omit(all, chatId)), []);

  /** After a reconnect only the open chat's window is kept; the others load fresh when opened. */
  const keepOnly = useCallback((chatId: string | undefined) => setHistories((all) => (chatId && all[chatId] ? { [chatId]: all[chatId] } : {})), []);

  return {
    histories,
    historiesRef,
    historyErrors,
    openHistory,
    jumpTo,
    loadOlder,
    loadNewer,
    mergeIntoHistory,
    changeInHistory,
    changedInWindow,
    refreshReceipts,
    markAcknowledged,
    setMyReaction,
    setMyVote,
    setCommentCount,
    forgetHistory,
    keepOnly,
  };
}
