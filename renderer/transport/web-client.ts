import {
  REQUEST_NAMES,
  unwrapReply,
  type FacilitatorApi,
  type HostSnapshot,
  type RequestName,
  type WebClientMessage,
  type WebServerMessage,
} from '../../shared/contracts/facilitator';

export interface WebClientOptions {
  /** ws://127.0.0.1:PORT/ws?token=… */
  url: string;
  /** Injected for tests; the browser's WebSocket by default. */
  WebSocketImpl?: typeof WebSocket;
  /** Called when the connection drops or comes back, for a banner in the UI. */
  onConnectionChange?: (connected: boolean) => void;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: unknown) => void };

/**
 * The web-mode transport: the facilitator API over one WebSocket to the host. Reconnects by
 * itself (the host keeps the state, so a reconnect just receives a fresh snapshot).
 */
export function createWebClient(options: WebClientOptions) {
  const Impl = options.WebSocketImpl ?? WebSocket;
  const listeners = new Set<(snapshot: HostSnapshot) => void>();
  const pending = new Map<number, Pending>();
  let latest: HostSnapshot | null = null;
  let nextId = 1;
  let socket: WebSocket;
  let opened: Promise<void>;
  let closedByUser = false;
  let retryDelay = 250;

  const connect = () => {
    socket = new Impl(options.url);
    opened = new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => {
        retryDelay = 250;
        options.onConnectionChange?.(true);
        resolve();
      });
      socket.addEventListener('error', () => reject(new Error('Could not reach the Ruam host.')));
    });
    opened.catch(() => {});
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as WebServerMessage;
      if ('event' in message) {
        if (latest && message.snapshot.revision < latest.revision && message.snapshot.workshop?.id === latest.workshop?.id) return;
        latest = message.snapshot;
        for (const listener of listeners) listener(message.snapshot);
        return;
      }
      const waiter = pending.get(message.id);
      if (!waiter) return;
      pending.delete(message.id);
      try {
        waiter.resolve(unwrapReply(message));
      } catch (error) {
        waiter.reject(error);
      }
    });
    socket.addEventListener('close', () => {
      for (const waiter of pending.values()) waiter.reject(new Error('The connection to the Ruam host was lost; please try again.'));
      pending.clear();
      if (closedByUser) return;
      options.onConnectionChange?.(false);
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 4000);
    });
  };
  connect();

  const request = async (method: RequestName, args: unknown[]): Promise<unknown> => {
    await opened;
    const id = nextId++;
    const message: WebClientMessage = { id, method, args };
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify(message));
    });
  };

  const verbs = Object.fromEntries(REQUEST_NAMES.map((name) => [name, (...args: unknown[]) => request(name, args)]));

  const api = {
    ...(verbs as Omit<FacilitatorApi, 'onSnapshot'>),
    onSnapshot(listener: (snapshot: HostSnapshot) => void) {
      listeners.add(listener);
      if (latest) listener(latest);
      return () => listeners.delete(listener);
    },
  } satisfies FacilitatorApi;

  return Object.assign(api, {
    close() {
      closedByUser = true;
      socket.close();
    },
  });
}
