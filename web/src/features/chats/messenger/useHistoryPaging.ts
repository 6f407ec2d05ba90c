import { useCallback, useRef, type Dispatch, type SetStateAction } from 'react';
import { api, ApiError } from '../../../api/client';
import type { components } from '../../../api/schema';
import { boundWindow, mergeMessages, toMessage, toReceipt, withArrivals, type ChatMessage } from './messages';
import { omit, PAGE, WINDOW, type History } from './history';

type Schemas = components['schemas'];

interface PagingState {
  base: string;
  historiesRef: { current: Record<string, History> };
  setHistories: Dispatch<SetStateAction<Record<string, History>>>;
  setHistoryErrors: Dispatch<SetStateAction<Record<string, ApiError>>>;
}

/**
 * Pages of a chat's history: the newest page on open, older ones on scroll up, newer ones after a jump,
 * and the window around one message. At most WINDOW messages stay loaded.
 */
export function useHistoryPaging({ base, historiesRef, setHistories, setHistoryErrors }: PagingState) {
  /** Live messages per chat whose page is being fetched to replace its window (see withArrivals). */
  const arriving = useRef<Record<string, ChatMessage[]>>({});

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

  /** Opens the history around one message (a pin or a search hit); the window then has newer messages after it. */
  const jumpTo = useCallback((chatId: string, seq: number) => loadWindow(chatId, `around=${seq}&limit=${PAGE}`), [loadWindow]);

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

  return { arriving, openHistory, jumpTo, loadOlder, loadNewer };
}
