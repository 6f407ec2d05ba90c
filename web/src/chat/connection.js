import { HubConnectionBuilder, HubConnectionState, LogLevel } from '@microsoft/signalr';
// Never give up while the page is open: quickly at first, then every 10 seconds.
const retry = {
    nextRetryDelayInMilliseconds: ({ previousRetryCount }) => [0, 1000, 2000, 5000][previousRetryCount] ?? 10000,
};
/**
 * One SignalR connection to /hubs/events per tab, shared by whoever needs it (reference counted), with
 * automatic reconnect. The session cookie authenticates it. Subscribers hear every (re)connection, so
 * they can Sync what they missed.
 */
class RealtimeLink {
    hub;
    state = 'connecting';
    listeners = new Set();
    onlineListeners = new Set();
    users = 0;
    starting = null;
    retryTimer;
    stopTimer;
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
    get current() {
        return this.state;
    }
    /** Starts (once) and returns a release function; the connection stops when nobody uses it. */
    acquire() {
        this.users++;
        clearTimeout(this.stopTimer);
        if (this.hub.state === HubConnectionState.Disconnected && !this.starting)
            this.scheduleStart(0);
        return () => {
            this.users--;
            // Stopping waits a moment: a page that re-mounts at once keeps the same connection.
            if (this.users === 0)
                this.stopTimer = setTimeout(() => {
                    if (this.users > 0)
                        return;
                    clearTimeout(this.retryTimer);
                    void this.hub.stop();
                    this.set('connecting');
                }, 2000);
        };
    }
    subscribe(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    /** Called after every successful connect and reconnect. */
    onOnline(listener) {
        this.onlineListeners.add(listener);
        return () => this.onlineListeners.delete(listener);
    }
    scheduleStart(delay) {
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => {
            if (this.users === 0 || this.hub.state === HubConnectionState.Connected)
                return;
            if (this.hub.state !== HubConnectionState.Disconnected) {
                // Still stopping or reconnecting on its own: look again shortly.
                if (this.hub.state === HubConnectionState.Disconnecting)
                    this.scheduleStart(300);
                return;
            }
            this.starting = this.hub.start().then(() => {
                this.starting = null;
                this.online();
            }, () => {
                this.starting = null;
                this.set('reconnecting');
                this.scheduleStart(5000);
            });
        }, delay);
    }
    online() {
        this.set('online');
        for (const listener of this.onlineListeners)
            listener();
    }
    set(state) {
        this.state = state;
        for (const listener of this.listeners)
            listener(state);
    }
}
let link = null;
export function realtime() {
    link ??= new RealtimeLink();
    return link;
}
