// Prints a sweep's stage, notice and warning events to stderr, the same way in every command.

import type { SweepEvent } from '../run/run-sweep.js';
import { bold, dim, printWarning } from './terminal.js';

/** Prints stage lines (unless quiet), notices and warnings; ignores progress events. */
export function printSweepEvent(e: SweepEvent, quiet: boolean): void {
  if (e.type === 'warning') printWarning(e.message);
  else if (e.type === 'notice') process.stderr.write(`${bold('note:')} ${e.message}\n`);
  else if (e.type === 'stage' && !quiet) process.stderr.write(dim(`${e.message}\n`));
}
