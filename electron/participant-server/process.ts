import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { appRoot } from '../paths';
import type { HostToServer } from './protocol';

/**
 * The participant-server process as the host sees it, whatever started it. Web mode and tests
 * use `forkParticipantServer` (a Node child process); the desktop glue wraps Electron's
 * `utilityProcess.fork(participantServerEntry().entry)` with `fromUtilityProcess`.
 */
export interface ParticipantProcess {
  readonly pid: number | undefined;
  send(message: HostToServer): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null, signal: string | null) => void): void;
  kill(signal?: NodeJS.Signals): void;
}

export type LaunchParticipantServer = () => ParticipantProcess;

/**
 * Where the server's entry is: the built bundle (dist/electron/participant-server.js) when this
 * code runs from the build, the TypeScript source (loaded with tsx) when it runs from source
 * (tests, Playwright, `node --import tsx`).
 */
export function participantServerEntry(): { entry: string; execArgv: string[] } {
  const root = appRoot();
  const fromSource = import.meta.url.endsWith('.ts');
  const built = path.join(root, 'dist', 'electron', 'participant-server.js');
  if (!fromSource && existsSync(built)) return { entry: built, execArgv: [...SERVER_FLAGS] };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { entry: path.join(root, 'electron', 'participant-server', 'main.ts'), execArgv: [...SERVER_FLAGS, '--import', tsx] };
}

/**
 * V8 flags for the server process (pass them as utilityProcess `execArgv` too). A small young
 * generation: the server's garbage is small and short-lived (requests, SSE frames), and the
 * default 16 MB semi-spaces cost ~25 MB of resident memory at 1000 phones for nothing.
 */
export const SERVER_FLAGS = ['--max-semi-space-size=2'] as const;

export function forkParticipantServer(where = participantServerEntry()): ParticipantProcess {
  const child = fork(where.entry, [], {
    execArgv: where.execArgv,
    // stdout ignored; stderr shared, so a crash's message reaches the host's log.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    serialization: 'json',
  });
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => {
      if (child.connected) child.send(message, (error) => void error);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', listener),
    kill: (signal) => void child.kill(signal ?? 'SIGTERM'),
  };
}

/** The shape of Electron's UtilityProcess this needs (no `electron` import here: plain Node). */
export interface UtilityProcessLike {
  readonly pid?: number | undefined;
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export function fromUtilityProcess(child: UtilityProcessLike): ParticipantProcess {
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => {
      if (!exited) child.postMessage(message);
    },
    onMessage: (listener) => void child.on('message', listener),
    onExit: (listener) => void child.on('exit', (code) => listener(code, null)),
    kill: () => void child.kill(),
  };
}
