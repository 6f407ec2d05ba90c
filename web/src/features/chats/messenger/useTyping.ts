import { useCallback, useEffect, useRef, useState } from 'react';
import type { components } from '../../../api/schema';
import { realtime } from '../../../realtime/connection';
import { omit } from './history';

export interface TypingHint {
  accountId: string;
  name: string;
  until: number;
}

/** «…печатает»: who is typing per chat (fading after a few seconds without news), and telling the others at most every 3 s. */
export function useTyping() {
  const [typing, setTyping] = useState<Record<string, TypingHint>>({});

  useEffect(() => {
    if (Object.keys(typing).length === 0) return;
    const timer = setTimeout(() => {
      const now = Date.now();
      setTyping((all) => Object.fromEntries(Object.entries(all).filter(([, v]) => v.until > now)));
    }, 1000);
    return () => clearTimeout(timer);
  }, [typing]);

  const lastTyping = useRef(0);
  const notifyTyping = useCallback((chatId: string) => {
    const now = Date.now();
    if (now - lastTyping.current < 3000 || realtime().current !== 'online') return;
    lastTyping.current = now;
    void realtime().invoke('Typing', chatId).catch(() => undefined);
  }, []);

  /** Someone else is typing in a chat: shown for 5 seconds unless news comes. */
  const showTyping = useCallback(
    (hint: components['schemas']['TypingEvent']) =>
      setTyping((all) => ({ ...all, [hint.chatId]: { accountId: hint.accountId, name: hint.name, until: Date.now() + 5000 } })),
    [],
  );

  /** Their message arrived: they are no longer typing it. */
  const typedBy = useCallback(
    (chatId: string, accountId: string) => setTyping((all) => (all[chatId]?.accountId === accountId ? omit(all, chatId) : all)),
    [],
  );

  return { typing, notifyTyping, showTyping, typedBy };
}
