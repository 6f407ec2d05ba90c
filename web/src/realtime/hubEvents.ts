import { useEffect, useRef } from 'react';
import type { HubEvents } from '../api/events';
import { realtime } from './connection';

/**
 * A table of what to do on which event; events without a row are not listened to. The events and their payloads are
 * generated from the server's (api/events.ts), so a handler's argument is the record the server sends.
 */
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
