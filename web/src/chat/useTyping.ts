import { useCallback, useEffect, useRef, useState } from 'react';
import { realtime } from './connection';

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
    void realtime().hub.invoke('Typing', chatId).catch(() => undefined);
  }, []);

  return { typing, setTyping, notifyTyping };
}
