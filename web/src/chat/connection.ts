import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection, type IRetryPolicy } from '@microsoft/signalr';

/** The tab's one realtime connection: online, or trying to get back. */
export type LinkState = 'connecting' | 'online' | 'reconnecting';

// Never give up while the page is open: quickly at first, then every 10 seconds.
const retry: IRetryPolicy = {
  nextRetryDelayInMilliseconds: ({ previousRetryCount }) => [0, 1000, 2000, 5000][previousRetryCount] ?? 10000,
};

type Listener = (state: LinkState) => void;

/**
 * One SignalR connection to /hubs/events per tab, shared by whoever needs it (reference counted), with
 * automatic reconnect. The session cookie authenticates it. Subscribers hear every (re)connection, so
 * they can Sync what they missed.
 */
class RealtimeLink {
  readonly hub: HubConnection;
  private state: LinkState = 'connecting';
  private readonly listeners = new Set<Listener>();
  private readonly onlineListeners = new Set<() => void>();
  private users = 0;
  private starting: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.hub = new HubConnectionBuilder().withUrl('/hubs/events').withAutomaticReconnect(retry).configureLogging(LogLevel.None).build();
    this.hub.onreconnecting(() => this.set('reconnecting'));
    this.hub.onreconnected(() => this.online());
    // Automatic reconnect gave up, or the server closed us: keep trying on our own schedule.
    this.hub.onclose(() => {
      if (this.users > 0) {
        this.set('reconnecting');
        this.scheduleStart(5000);
      }
    });
  }

  get current(): LinkState {
    return this.state;
  }

  /** Starts (once) and returns a release function; the connection stops when nobody uses it. */
  acquire(): () => void {
    this.users++;
    clearTimeout(this.stopTimer);
    if (this.hub.state === HubConnectionState.Disconnected && !this.starting) this.scheduleStart(0);
    return () => {
      this.users--;
      // Stopping waits a moment: a page that re-mounts at once keeps the same connection.
      if (this.users === 0)
        this.stopTimer = setTimeout(() => {
          if (this.users > 0) return;
          clearTimeout(this.retryTimer);
          void this.hub.stop();
          this.set('connecting');
        }, 2000);
    };
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

  private scheduleStart(delay: number) {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      if (this.users === 0 || this.hub.state === HubConnectionState.Connected) return;
      if (this.hub.state !== HubConnectionState.Disconnected) {
        // Still stopping or reconnecting on its own: look again shortly.
        if (this.hub.state === HubConnectionState.Disconnecting) this.scheduleStart(300);
        return;
      }
      this.starting = this.hub.start().then(
        () => {
          this.starting = null;
          this.online();
        },
        () => {
          this.starting = null;
          this.set('reconnecting');
          this.scheduleStart(5000);
        },
      );
    }, delay);
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
