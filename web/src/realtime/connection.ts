import type { HubConnection, IRetryPolicy } from '@microsoft/signalr';

/**
 * The tab's one realtime connection: online, trying to get back, or connected to a server that cannot reach its
 * database for the moment (it refuses calls with «database_unavailable»).
 */
export type LinkState = 'connecting' | 'online' | 'reconnecting' | 'unavailable';

/** How long a server without its database is given before Sync and waiting sends are tried again (its Retry-After). */
const UNAVAILABLE_RETRY_MS = 2000;

// Never give up while the page is open: quickly at first, then every 10 seconds.
const retry: IRetryPolicy = {
  nextRetryDelayInMilliseconds: ({ previousRetryCount }) => [0, 1000, 2000, 5000][previousRetryCount] ?? 10000,
};

type Listener = (state: LinkState) => void;
// Handlers take what the event carries; hubEvents.ts types them per event.
type Handler = (...args: any[]) => void;

/**
 * One SignalR connection to /hubs/events per tab, shared by whoever needs it (reference counted), with
 * automatic reconnect. The session cookie authenticates it. Subscribers hear every (re)connection, so
 * they can Sync what they missed.
 *
 * The SignalR client itself (about 14 kB gzip'd) is loaded with the first connect, so a page that uses the
 * connection shows without waiting for it (issue 19); handlers added before it arrives are attached then.
 */
class RealtimeLink {
  private hub: HubConnection | null = null;
  private building: Promise<HubConnection> | null = null;
  private state: LinkState = 'connecting';
  private readonly listeners = new Set<Listener>();
  private readonly onlineListeners = new Set<() => void>();
  private readonly handlers = new Map<string, Set<Handler>>();
  private users = 0;
  private starting: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;
  private unavailableTimer: ReturnType<typeof setTimeout> | undefined;

  get current(): LinkState {
    return this.state;
  }

  /** Starts (once) and returns a release function; the connection stops when nobody uses it. */
  acquire(): () => void {
    this.users++;
    clearTimeout(this.stopTimer);
    if (this.hubState === 'Disconnected' && !this.starting) this.scheduleStart(0);
    return () => {
      this.users--;
      // Stopping waits a moment: a page that re-mounts at once keeps the same connection.
      if (this.users === 0)
        this.stopTimer = setTimeout(() => {
          if (this.users > 0) return;
          clearTimeout(this.retryTimer);
          void this.hub?.stop();
          this.set('connecting');
        }, 2000);
    };
  }

  /**
   * A call was refused with «database_unavailable»: the connection is up, but nothing can be sent or synced. The tab
   * says it is reconnecting and, after a pause, acts as after a reconnect — Sync, then the waiting sends with their
   * client ids — which either works or brings the next pause.
   */
  serverUnavailable() {
    if (this.state !== 'online') return;
    this.set('unavailable');
    clearTimeout(this.unavailableTimer);
    this.unavailableTimer = setTimeout(() => {
      if (this.state === 'unavailable' && this.hubState === 'Connected') this.online();
    }, UNAVAILABLE_RETRY_MS);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called after every successful connect and reconnect. */
  onOnline(listener: () => void): () => void {
    this.onlineListeners.add(listener);
    return () => this.onlineListeners.delete(listener);
  }

  /** Listens to a server event (see hubEvents.ts), from now on and across reconnects. */
  on(event: string, handler: Handler) {
    let handlers = this.handlers.get(event);
    if (!handlers) this.handlers.set(event, (handlers = new Set()));
    handlers.add(handler);
    this.hub?.on(event, handler);
  }

  off(event: string, handler: Handler) {
    this.handlers.get(event)?.delete(handler);
    this.hub?.off(event, handler);
  }

  /** Calls a hub method. Callers call while online; before the first connect it fails like a dropped connection. */
  invoke<T = unknown>(method: string, ...args: unknown[]): Promise<T> {
    return this.hub ? this.hub.invoke<T>(method, ...args) : Promise.reject(new Error('The realtime connection is not open yet.'));
  }

  private get hubState(): string {
    return this.hub?.state ?? 'Disconnected';
  }

  private build(): Promise<HubConnection> {
    this.building ??= import('@microsoft/signalr').then(({ HubConnectionBuilder, LogLevel }) => {
      const hub = new HubConnectionBuilder().withUrl('/hubs/events').withAutomaticReconnect(retry).configureLogging(LogLevel.None).build();
      hub.onreconnecting(() => this.set('reconnecting'));
      hub.onreconnected(() => this.online());
      // Automatic reconnect gave up, or the server closed us: keep trying on our own schedule.
      hub.onclose(() => {
        if (this.users > 0) {
          this.set('reconnecting');
          this.scheduleStart(5000);
        }
      });
      for (const [event, handlers] of this.handlers) for (const handler of handlers) hub.on(event, handler);
      this.hub = hub;
      return hub;
    });
    return this.building;
  }

  private scheduleStart(delay: number) {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      if (this.users === 0 || this.starting) return;
      this.starting = this.build()
        .then((hub) => this.start(hub))
        .finally(() => (this.starting = null));
    }, delay);
  }

  private async start(hub: HubConnection) {
    if (this.users === 0 || this.hubState === 'Connected') return;
    if (this.hubState !== 'Disconnected') {
      // Still stopping or reconnecting on its own: look again shortly.
      if (this.hubState === 'Disconnecting') this.scheduleStart(300);
      return;
    }
    try {
      await hub.start();
    } catch {
      this.set('reconnecting');
      this.scheduleStart(5000);
      return;
    }
    this.online();
  }

  private online() {
    this.set('online');
    for (const listener of this.onlineListeners) listener();
  }

  private set(state: LinkState) {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}

let link: RealtimeLink | null = null;

export function realtime(): RealtimeLink {
  link ??= new RealtimeLink();
  return link;
}
