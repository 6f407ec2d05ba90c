import { useCallback, type Dispatch, type SetStateAction } from 'react';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { applyChanged, newClientId, toMessage, type ChatMessage, type ChatSummary } from './logic';
import type { AckReminder, History, NewPoll } from './history';

type MessageDtoWire = components['schemas']['MessageDto'];

interface ActionState {
  base: string;
  setHistories: Dispatch<SetStateAction<Record<string, History>>>;
  setChats: Dispatch<SetStateAction<ChatSummary[] | null>>;
  setPins: Dispatch<SetStateAction<Record<string, ChatMessage[]>>>;
  setReminders: Dispatch<SetStateAction<AckReminder[]>>;
  changeInHistory: (message: ChatMessage) => void;
  receive: (dto: MessageDtoWire, live: boolean) => void;
}

/** What a person does to messages over HTTP (pin, react, vote, acknowledge, edit, forward, delete…); the answer updates the page at once. */
export function useMessageActions({ base, setHistories, setChats, setPins, setReminders, changeInHistory, receive }: ActionState) {
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

  const createPoll = useCallback(
    async (chatId: string, poll: NewPoll) => {
      const dto = await api.post<MessageDtoWire>(`${base}/${chatId}/polls`, { clientId: newClientId(), ...poll });
      receive(dto, false);
    },
    [base, receive],
  );

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

  return { pin, react, vote, closePoll, acknowledge, createPoll, edit, forward, remove, switchComments };
}
