import { useCallback } from 'react';
import { api } from '../../../api/client';
import type { components } from '../../../api/schema';
import { newClientId, toMessage, type ChatMessage } from './messages';
import type { NewPoll } from './history';

type MessageDtoWire = components['schemas']['MessageDto'];

interface ActionState {
  base: string;
  /** A changed copy of a message replaces the shown one (history and pins). */
  changeMessage: (message: ChatMessage) => void;
  /** …and the chat list's preview too (its last message may be the one deleted). */
  messageChanged: (message: ChatMessage) => void;
  receive: (dto: MessageDtoWire, live: boolean) => void;
  showPins: (chatId: string, list: MessageDtoWire[]) => void;
  setMyReaction: (chatId: string, seq: number, emoji: string | null) => void;
  setMyVote: (chatId: string, pollId: string, options: number[]) => void;
  markAcknowledged: (chatId: string, seq: number) => void;
  /** The reminder to confirm this message goes. */
  confirmed: (chatId: string, seq: number) => void;
}

/** What a person does to messages over HTTP (pin, react, vote, acknowledge, edit, forward, delete…); the answer updates the page at once. */
export function useMessageActions({ base, changeMessage, messageChanged, receive, showPins, setMyReaction, setMyVote, markAcknowledged, confirmed }: ActionState) {
  const pin = useCallback(
    async (chatId: string, seq: number, pinned: boolean) => {
      const list = pinned
        ? await api.post<MessageDtoWire[]>(`${base}/${chatId}/pins`, { seq })
        : await api.request<MessageDtoWire[]>('DELETE', `${base}/${chatId}/pins/${seq}`);
      showPins(chatId, list);
    },
    [base, showPins],
  );

  const react = useCallback(
    async (chatId: string, seq: number, emoji: string | null) => {
      const dto = await api.request<MessageDtoWire>('PUT', `${base}/${chatId}/messages/${seq}/reaction`, { emoji });
      setMyReaction(chatId, seq, emoji);
      changeMessage(toMessage(dto));
    },
    [base, setMyReaction, changeMessage],
  );

  const vote = useCallback(
    async (chatId: string, pollId: string, options: number[]) => {
      const dto = await api.request<MessageDtoWire>('PUT', `${base}/${chatId}/polls/${pollId}/vote`, { options });
      setMyVote(chatId, pollId, options);
      changeMessage(toMessage(dto));
    },
    [base, setMyVote, changeMessage],
  );

  const closePoll = useCallback(
    async (chatId: string, pollId: string) => {
      changeMessage(toMessage(await api.post<MessageDtoWire>(`${base}/${chatId}/polls/${pollId}/close`, {})));
    },
    [base, changeMessage],
  );

  const acknowledge = useCallback(
    async (chatId: string, seq: number) => {
      await api.post(`${base}/${chatId}/messages/${seq}/acknowledge`, {});
      markAcknowledged(chatId, seq);
      confirmed(chatId, seq);
    },
    [base, markAcknowledged, confirmed],
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
      changeMessage(toMessage(dto));
    },
    [base, changeMessage],
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
      messageChanged(toMessage(dto));
    },
    [base, messageChanged],
  );

  const switchComments = useCallback(
    async (chatId: string, seq: number, enabled: boolean) => {
      changeMessage(toMessage(await api.request<MessageDtoWire>('PUT', `${base}/${chatId}/messages/${seq}/comments`, { enabled })));
    },
    [base, changeMessage],
  );

  return { pin, react, vote, closePoll, acknowledge, createPoll, edit, forward, remove, switchComments };
}
