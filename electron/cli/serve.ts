import { existsSync } from 'node:fs';
import path from 'node:path';
import { WorkshopHost } from '../host/workshop-host';
import { startWebServer, type RunningWebServer } from '../web/web-server';
import { rendererDir } from '../paths';

export interface ServeOptions {
  port?: number;
  staticDir?: string;
  token?: string;
}

export interface RunningApp {
  host: WorkshopHost;
  web: RunningWebServer;
  close(): Promise<void>;
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
  const host = new WorkshopHost();
  const web = await startWebServer({ host, staticDir, port: options.port, token: options.token });
  return {
    host,
    web,
    close: () => web.close(),
  };
}
