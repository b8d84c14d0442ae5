import type { HostToServer, ServerToHost } from './protocol';

/**
 * The server process's line to the host, whichever way it was started:
 * - Electron `utilityProcess.fork` gives `process.parentPort` (messages arrive as `{ data }`);
 * - a Node child process (`child_process.fork`, web mode and tests) gives `process.send`.
 * Everything else in the server is written against this one small interface.
 */
export interface ParentChannel {
  send(message: ServerToHost): void;
  onMessage(listener: (message: HostToServer) => void): void;
  /** The host went away (Node: the IPC channel closed). */
  onDisconnect(listener: () => void): void;
}

interface ParentPortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

export function parentChannel(): ParentChannel {
  const port = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
  if (port) {
    return {
      send: (message) => port.postMessage(message),
      onMessage: (listener) => port.on('message', (event) => listener(event.data as HostToServer)),
      // A utility process is killed with its parent; nothing to watch.
      onDisconnect: () => {},
    };
  }
  if (typeof process.send === 'function') {
    return {
      send: (message) => {
        if (process.connected) process.send!(message);
      },
      onMessage: (listener) => process.on('message', (message) => listener(message as HostToServer)),
      onDisconnect: (listener) => process.on('disconnect', listener),
    };
  }
  throw new Error('The participant server runs as a child of the Ruam host (no parent channel found).');
}
