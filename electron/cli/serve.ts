import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkshopHost } from '../host/workshop-host';
import { Workspace } from '../host/workspace';
import { jsonFilePreferences } from '../host/preferences';
import type { OpenReport } from '../../shared/contracts/facilitator';
import { startWebServer, type RunningWebServer } from '../web/web-server';
import { rendererDir } from '../paths';
import { ParticipantBridge, type ParticipantBridgeOptions } from '../participant-server/bridge';

export interface ServeOptions {
  port?: number;
  staticDir?: string;
  token?: string;
  /** The workshops folder: --dir, else RUAM_HOME, else ~/Ruam. */
  folder?: string;
  /** A .ruam file to open at once. */
  file?: string;
  autosaveDelayMs?: number;
  /** The phones' server (its own process): where and how; false to run without it. */
  participants?: false | Omit<ParticipantBridgeOptions, 'host' | 'staticDir'>;
  /**
   * Resolve only once the phones' server is listening (default, for tests); the CLI passes false
   * so the facilitator's address is printed at once and the phones' line follows.
   */
  waitForParticipants?: boolean;
}

export interface RunningApp {
  host: WorkshopHost;
  workspace: Workspace;
  web: RunningWebServer;
  openReport: OpenReport | null;
  /** The participant server's host side: `url()`, `endpoint`, `sessionCode`; null when off. */
  participants: ParticipantBridge | null;
  /** Settles when the phones' server has started (or failed to: the reason is logged). */
  participantsReady: Promise<void>;
  close(): Promise<void>;
}

export function defaultWorkshopsFolder(): string {
  return process.env.RUAM_HOME || path.join(os.homedir(), 'Ruam');
}

/**
 * Web mode: the WorkshopHost in this Node process and the facilitator UI served to a local
 * browser. The same path serves `npm run web`, `ruam serve` and `npm start` without Electron.
 */
export async function serveWebMode(options: ServeOptions = {}): Promise<RunningApp> {
  const staticDir = options.staticDir ?? rendererDir();
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error(`The app is not built yet (no ${path.join(staticDir, 'index.html')}). Run "npm run build" first.`);
  }
  const folder = path.resolve(options.folder ?? defaultWorkshopsFolder());
  const host = new WorkshopHost();
  const workspace = new Workspace(host, {
    folder,
    preferences: jsonFilePreferences(path.join(folder, '.ruam-preferences.json')),
    autosaveDelayMs: options.autosaveDelayMs,
  });
  host.attachWorkspace(workspace);
  const openReport = options.file ? await workspace.openPath(options.file) : null;
  const web = await startWebServer({ host, staticDir, port: options.port, token: options.token });
  const participants = options.participants === false ? null : new ParticipantBridge({ host, staticDir, ...options.participants });
  if (participants) host.attachParticipantAccess(participants);
  // Phones are an addition: if their server cannot start, the facilitator still works (the join
  // panel says why) and the bridge keeps trying.
  const participantsReady = participants
    ? participants.start().then(
        () => undefined,
        (error: unknown) => console.error('[ruam] the participant server did not start:', error instanceof Error ? error.message : error),
      )
    : Promise.resolve();
  if (options.waitForParticipants !== false) await participantsReady;
  return {
    host,
    workspace,
    web,
    openReport,
    participants,
    participantsReady,
    async close() {
      await participants?.stop();
      await web.close();
      await workspace.close();
    },
  };
}
