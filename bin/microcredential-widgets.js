#!/usr/bin/env node
// The package's command-line renderer; the code lives in dist/esm/export/cli.js.
import { main } from '../dist/esm/export/cli.js';

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
