import { parseArgs, UsageError } from './cli/args';
import { serveWebMode } from './cli/serve';
import { infoCommand, newCommand, validateCommand } from './cli/files';
import { importParticipantsCommand } from './cli/people';
import { statsCommand } from './cli/stats';
import { exportCommand } from './cli/export';
import { isMainThread, workerData } from 'node:worker_threads';

/**
 * The `ruam` command (plain Node). Each subcommand is one entry in COMMANDS; the files issue adds
 * new/validate/info, the people and scoring issues add import and stats.
 */
const USAGE = `Usage: ruam <command> [options]

Commands:
  new FILE [--title T] [--org O] [--date YYYY-MM-DD]   create a workshop file
  validate FILE [--json]                               check a workshop file; exit 1 if it is damaged
  info FILE [--json]                                   summarise a workshop file
  import-participants FILE REGISTER [--map COLUMN=FIELD ...] [--sheet NAME] [--check-in] [--groups-consented] [--json]
                                                       add the people in a CSV or XLSX register (exit 1 if nobody was imported)
  stats FILE [--json] [--lang th|en]                   scoring statistics per component and round (JSON: docs/stats-json.md)
  export FILE --pdf OUT [--lang th|en] [--thai-digits] [--named] [--appendix] [--json]
                                                       the minutes as a PDF (Thai government form; anonymised unless --named)
  serve [FILE] [--port N] [--dir FOLDER]               run Ruam in web mode and print the address to open
  help                                                 show this message
`;

type Handler = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, Handler> = {
  new: (argv) => newCommand(argv, process.stdout),
  validate: (argv) => validateCommand(argv, process.stdout),
  info: (argv) => infoCommand(argv, process.stdout),
  'import-participants': (argv) => importParticipantsCommand(argv, process.stdout),
  stats: (argv) => statsCommand(argv, process.stdout),
  export: (argv) => exportCommand(argv, process.stdout),
  async serve(argv) {
    const { positionals, flags } = parseArgs(argv, { flags: ['port', 'dir'], booleans: [] });
    const port = flags.port === undefined ? 0 : Number(flags.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535');
    if (positionals.length > 1) throw new UsageError('serve takes at most one FILE');
    const app = await serveWebMode({ port, file: positionals[0], folder: typeof flags.dir === 'string' ? flags.dir : undefined, waitForParticipants: false });
    if (app.openReport?.recovered) process.stdout.write(`Recovered ${app.openReport.recovered} change(s) that were not yet saved.\n`);
    process.stdout.write(`Ruam web mode is ready. Workshops folder: ${app.workspace.folder}\nOpen this address in a browser on this computer:\n${app.web.url}\n`);
    void app.participantsReady.then(() => {
      const phones = app.participants?.url();
      if (phones) process.stdout.write(`Phones in the room join at ${phones} (shown with a QR code in the app).\n`);
    });
    const stop = () => {
      void app.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return await new Promise<number>(() => {});
  },
  async help() {
    process.stdout.write(USAGE);
    return 0;
  },
};

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const handler = command === undefined ? undefined : COMMANDS[command];
  if (!handler) {
    process.stderr.write(command === undefined ? USAGE : `ruam: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await handler(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`ruam ${command}: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`ruam ${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

// The built cli.js doubles as the minutes' PDF worker (electron/export/minutes/service.ts): a
// worker thread inherits process.argv, so it must never run the command line again.
if (!isMainThread && (workerData as { ruam?: unknown } | null)?.ruam === 'ruam-minutes-worker') {
  void import('./export/minutes/worker').then((worker) => worker.runMinutesWorker());
}

// Run when executed directly (node dist/electron/cli.js …), not when imported by tests.
if (isMainThread && process.argv[1] && /cli\.(js|ts|mjs)$/.test(process.argv[1])) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
