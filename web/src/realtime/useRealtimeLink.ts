import { useEffect, useRef, useState } from 'react';
import { realtime, type LinkState } from './connection';

/**
 * Holds the tab's realtime connection open while the component is mounted and tells its state; `onOnline`
 * (the latest one passed) runs after every connect and reconnect, to catch up on what was missed.
 */
export function useRealtimeLink(onOnline: () => void): LinkState {
  const [link, setLink] = useState<LinkState>(realtime().current);
  const latest = useRef(onOnline);
  latest.current = onOnline;
  useEffect(() => {
    const connection = realtime();
    const stopState = connection.subscribe(setLink);
    const stopOnline = connection.onOnline(() => latest.current());
    const release = connection.acquire();
    setLink(connection.current);
    return () => {
      stopState();
      stopOnline();
      release();
    };
  }, []);
  return link;
}
