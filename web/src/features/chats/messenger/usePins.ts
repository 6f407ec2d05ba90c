import { useCallback, useState } from 'react';
import { api } from '../../../api/client';
import type { components } from '../../../api/schema';
import { omit } from './history';
import { replaceMessage, toMessage, type ChatMessage } from './messages';

type MessageDtoWire = components['schemas']['MessageDto'];

/** The pinned messages shown above each chat opened so far. */
export function usePins(base: string) {
  const [pins, setPins] = useState<Record<string, ChatMessage[]>>({});

  const showPins = useCallback((chatId: string, list: MessageDtoWire[]) => setPins((all) => ({ ...all, [chatId]: list.map(toMessage) })), []);

  const loadPins = useCallback(
    async (chatId: string) => {
      try {
        showPins(chatId, await api.get<MessageDtoWire[]>(`${base}/${chatId}/pins`));
      } catch {
        // The header stays as it was; the next PinsChanged or opening the chat again tries again.
      }
    },
    [base, showPins],
  );

  /** A changed copy of a pinned message (an edit, a deletion) replaces the shown one. */
  const changeInPins = useCallback(
    (message: ChatMessage) => setPins((all) => (all[message.chatId] ? { ...all, [message.chatId]: replaceMessage(all[message.chatId], message) } : all)),
    [],
  );

  /** A chat's pins are forgotten, to load fresh when it is opened. */
  const forgetPins = useCallback((chatId: string) => setPins((all) => omit(all, chatId)), []);

  return { pins, showPins, loadPins, changeInPins, forgetPins };
}
