import { useEffect, useState, type RefObject } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../../../api/client';
import type { ChatMessage } from '../messenger/messages';

interface Jumping {
  log: RefObject<HTMLDivElement | null>;
  messages: readonly ChatMessage[];
  /** The history has loaded (a ?message= waits for it). */
  loaded: boolean;
  stickToBottom: RefObject<boolean>;
  /** Loads the window around a message not on screen. */
  load: (seq: number) => Promise<void>;
  onError: (error: ApiError | undefined) => void;
}

/**
 * A pinned message (or search hit, or ?message=N from a reminder) opened in context: brought into view and
 * focused once for keyboard users (waiting for its page to arrive), then highlighted for a moment. Later
 * messages must not pull focus back.
 */
export function useJumpToMessage({ log, messages, loaded, stickToBottom, load, onError }: Jumping) {
  // A jump request is a new object each time, so opening the same message twice focuses and highlights it again.
  const [focusRequest, setFocusRequest] = useState<{ seq: number } | null>(null);
  const [highlight, setHighlight] = useState<{ seq: number } | null>(null);

  useEffect(() => {
    if (focusRequest === null) return;
    const element = log.current?.querySelector<HTMLElement>(`[data-seq="${focusRequest.seq}"]`);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    setFocusRequest(null);
    setHighlight({ seq: focusRequest.seq });
  }, [focusRequest, messages]);
  useEffect(() => {
    if (highlight === null) return;
    const timer = setTimeout(() => setHighlight(null), 2500);
    return () => clearTimeout(timer);
  }, [highlight]);

  // ?message=N (a reminder or a search hit) opens that message in context once.
  const [params, setParams] = useSearchParams();
  const wanted = Number(params.get('message') ?? '');
  useEffect(() => {
    if (!wanted || !loaded) return;
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.delete('message');
      return next;
    }, { replace: true });
    void jump(wanted);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, loaded]);

  async function jump(seq: number) {
    onError(undefined);
    stickToBottom.current = false;
    if (!messages.some((m) => m.seq === seq)) {
      try {
        await load(seq);
      } catch (failure) {
        if (failure instanceof ApiError) onError(failure);
        return;
      }
    }
    setFocusRequest({ seq });
  }

  return { highlightSeq: highlight?.seq, jump };
}
