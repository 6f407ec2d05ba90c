import { useCallback } from 'react';
import type { components } from '../../../api/schema';
import { realtime } from '../../../realtime/connection';
import { isFinalRefusal, parseHubError, type PendingSend } from './pending';
import { newClientId } from './messages';
import { messageLength } from '../composer/messageLength';
import { isServerUnavailable } from './outage';
import type { usePendingSends } from './usePendingSends';

type MessageDtoWire = components['schemas']['MessageDto'];
type Pending = ReturnType<typeof usePendingSends>;

/**
 * Sending over the hub: a send waits in the pending list until the server's copy arrives; one the link drops
 * stays pending and goes again, with the same clientId, after the reconnect (so it is never stored twice).
 */
export function useSending({ pendingRef, add, fail }: Pending, receive: (dto: MessageDtoWire, live: boolean) => void) {
  const deliver = useCallback(
    async (send: PendingSend) => {
      // Never put on the wire what the server would refuse for its length: a frame far over the limit is
      // the one thing that closes the connection, with every send queued behind it.
      const tooLong = messageLength(send.text).refusal;
      if (tooLong) {
        fail(send.clientId, tooLong, true);
        return;
      }
      if (realtime().current !== 'online') return; // retried after the reconnect, with the same clientId
      try {
        const dto = await realtime().invoke<MessageDtoWire>('Send', send.chatId, {
          clientId: send.clientId,
          text: send.text,
          replyToSeq: send.replyToSeq,
          requiresAcknowledgement: send.requiresAcknowledgement ?? false,
          commentsEnabled: send.commentsEnabled ?? false,
          mentions: send.mentions ?? [],
        });
        receive(dto, false);
      } catch (error) {
        // Kept waiting, with its client id: sent again once the server has its database back.
        if (isServerUnavailable(error)) return realtime().serverUnavailable();
        const refusal = parseHubError(error);
        if (refusal) fail(send.clientId, refusal.text, isFinalRefusal(refusal.code));
        // Otherwise the connection dropped mid-call: it stays pending and is sent again on reconnect.
      }
    },
    [receive, fail],
  );

  const send = useCallback(
    (chatId: string, text: string, replyToSeq: number | null, requiresAcknowledgement = false, commentsEnabled = false, mentions: string[] = []) => {
      const item: PendingSend = { clientId: newClientId(), chatId, text, replyToSeq, requiresAcknowledgement, commentsEnabled, mentions, createdAt: new Date().toISOString() };
      add(item);
      void deliver(item);
    },
    [add, deliver],
  );

  const retry = useCallback(
    (clientId: string) => {
      const item = pendingRef.current.find((p) => p.clientId === clientId);
      if (!item) return;
      add(item);
      void deliver({ ...item, error: undefined });
    },
    [pendingRef, add, deliver],
  );

  /** After a reconnect: every send not refused goes again. */
  const resendPending = useCallback(() => {
    for (const item of pendingRef.current) if (!item.error) void deliver(item);
  }, [pendingRef, deliver]);

  return { send, retry, resendPending };
}
