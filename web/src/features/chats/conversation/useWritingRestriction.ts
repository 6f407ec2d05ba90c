import { useEffect, useState } from 'react';
import type { ChatSummary } from '../messenger/chatList';

/**
 * Whether a moderator's restriction holds now; re-renders when a timed one ends, so the composer comes back
 * without a reload.
 */
export function useWritingRestriction(chat: ChatSummary): boolean {
  const [, setEnded] = useState(0);
  const until = chat.writingRestricted && chat.writingRestrictedUntil ? new Date(chat.writingRestrictedUntil).getTime() : null;
  useEffect(() => {
    if (until === null) return;
    const wait = until - Date.now();
    if (wait <= 0) return;
    // setTimeout holds at most about 24 days; a longer wait simply checks again then.
    const timer = setTimeout(() => setEnded((n) => n + 1), Math.min(wait + 500, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [until]);
  return chat.writingRestricted && (until === null || until > Date.now());
}
