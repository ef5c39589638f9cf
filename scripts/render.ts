// Runs the command-line renderer from source, for development: `npm run render -- render stat-card --finding … --format svg`.
import { main } from '../src/export/cli.js';

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
