import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ChatMessage } from '../messenger/messages';

/**
 * Keeps the log where the person was: at the bottom for new messages, in place when older ones load above.
 * Scrolling near the top asks for older ones (`nearTop`).
 */
export function useStickyScroll(messages: readonly ChatMessage[], hasHistory: boolean, nearTop: () => void) {
  const log = useRef<HTMLDivElement>(null);
  const stickToBottom = useRef(true);
  const firstSeq = useRef<number | null>(null);
  const heightBefore = useRef(0);

  useLayoutEffect(() => {
    const element = log.current;
    if (!element) return;
    const first = messages[0]?.seq ?? null;
    if (firstSeq.current !== null && first !== null && first < firstSeq.current) {
      element.scrollTop += element.scrollHeight - heightBefore.current;
    } else if (stickToBottom.current) {
      element.scrollTop = element.scrollHeight;
    }
    firstSeq.current = first;
    heightBefore.current = element.scrollHeight;
  });

  // The log shrinks when a phone's keyboard opens or the window turns: someone reading the newest stays there.
  useEffect(() => {
    const element = log.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (stickToBottom.current) element.scrollTop = element.scrollHeight;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasHistory]);

  function onScroll() {
    const element = log.current;
    if (!element) return;
    stickToBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 60;
    heightBefore.current = element.scrollHeight;
    if (element.scrollTop < 40) nearTop();
  }

  return { log, stickToBottom, onScroll };
}
