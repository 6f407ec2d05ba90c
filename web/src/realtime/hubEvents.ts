import { useEffect, useRef } from 'react';
import type { components } from '../api/schema';
import type { CommentEventWire } from '../features/chats/comments/comments';
import { realtime } from './connection';

type MessageDtoWire = components['schemas']['MessageDto'];
/** Int64 values (seqs) may arrive as strings. */
type Seq = number | string;

/**
 * What the server pushes over /hubs/events, by event name: the arguments of each. The server's side is
 * IEventsClient; docs/realtime-events.md says when each is sent and to whom.
 */
export interface HubEvents {
  Message: [message: MessageDtoWire];
  MessageChanged: [message: MessageDtoWire];
  Read: [read: { chatId: string; accountId: string; seq: Seq }];
  Typing: [typing: { chatId: string; accountId: string; name: string }];
  ChatsChanged: [];
  ChatRemoved: [chatId: string];
  PinsChanged: [chatId: string];
  Acknowledged: [acknowledged: { chatId: string; seq: Seq; accountId: string }];
  AcknowledgementReminder: [reminder: { chatId: string; seq: Seq }];
  MessageReported: [reported: { reportId: string; chatId: string; seq: Seq }];
  CommentAdded: [comment: CommentEventWire];
  CommentDeleted: [comment: CommentEventWire];
}

/** A table of what to do on which event; events without a row are not listened to. */
export type HubHandlers = { [Name in keyof HubEvents]?: (...args: HubEvents[Name]) => void };

type AnyHandler = (...args: unknown[]) => void;

/**
 * Listens to the events of a table of handlers while the component is mounted, so subscribing and
 * unsubscribing cannot drift apart. The table of the latest render is the one called: handlers may use that
 * render's state and callbacks. Call it before acquiring the connection, so no event of the first connect
 * comes before its handler.
 */
export function useHubEvents(handlers: HubHandlers) {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const link = realtime();
    const listeners = (Object.keys(latest.current) as (keyof HubEvents)[]).map((name) => {
      const listener = (...args: unknown[]) => (latest.current[name] as AnyHandler | undefined)?.(...args);
      link.on(name, listener);
      return { name, listener };
    });
    return () => {
      for (const { name, listener } of listeners) link.off(name, listener);
    };
  }, []);
}
