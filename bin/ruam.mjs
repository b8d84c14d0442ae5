#!/usr/bin/env node
// The installed `ruam` command: runs the built CLI bundle.
import { runCli } from '../dist/electron/cli.js';

process.exitCode = await runCli(process.argv.slice(2));
