import { useCallback, useRef, useState } from 'react';
import { addPending, confirmPending, failPending, type PendingSend } from './pending';
import type { ChatMessage } from './messages';

/** What the person sent that the server has not confirmed yet, or refused (shown with «Отправить ещё раз»). */
export function usePendingSends() {
  const [pending, setPending] = useState<PendingSend[]>([]);
  // Resending after a reconnect reads the latest list through the ref.
  const pendingRef = useRef(pending);
  pendingRef.current = pending;

  const add = useCallback((send: PendingSend) => setPending((list) => addPending(list, send)), []);
  /** The server's copy arrived (its answer, the Message event or Sync). */
  const confirm = useCallback((message: ChatMessage) => setPending((list) => confirmPending(list, message)), []);
  const fail = useCallback((clientId: string, error: string, final: boolean) => setPending((list) => failPending(list, clientId, error, final)), []);
  const discard = useCallback((clientId: string) => setPending((list) => list.filter((p) => p.clientId !== clientId)), []);

  return { pending, pendingRef, add, confirm, fail, discard };
}
