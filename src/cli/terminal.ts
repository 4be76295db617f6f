// Terminal output shared by the commands: error lines, aligned tables, colors only on a TTY without NO_COLOR.

import { isFileSystemError, NeedleError } from '../errors.js';

/** True when stderr is a terminal that accepts colors. */
export function useColor(stream: NodeJS.WriteStream = process.stderr): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
}

const paint = (code: string) => (text: string) => (useColor() ? `\x1b[${code}m${text}\x1b[0m` : text);
export const bold = paint('1');
export const dim = paint('2');
export const red = paint('31');
export const green = paint('32');
export const yellow = paint('33');

/** Prints an error as `error: …` / `hint: …`; the stack only with --debug or for unexpected errors. */
export function printError(error: unknown, debug: boolean): void {
  if (error instanceof NeedleError) {
    process.stderr.write(`${red('error:')} ${error.message}\n`);
    if (error.hint) process.stderr.write(`${dim('hint:')} ${error.hint}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return;
  }
  if (isFileSystemError(error)) {
    // Disk full, read-only, permissions: the environment's trouble, not a bug.
    process.stderr.write(`${red('error:')} cannot ${error.syscall ?? 'use'} ${error.path}: ${FILE_SYSTEM_REASONS[error.code!] ?? error.code}\n`);
    process.stderr.write(`${dim('hint:')} check the path, its permissions and the free space\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return;
  }
  const err = error as Error;
  process.stderr.write(`${red('error:')} unexpected: ${err?.message ?? String(error)}\n`);
  process.stderr.write(`${dim('hint:')} this is a bug in needle; please report it with the output of --debug\n`);
  if (debug && err?.stack) process.stderr.write(`${err.stack}\n`);
}

/** Plain words for the file-system error codes users meet. */
const FILE_SYSTEM_REASONS: Record<string, string> = {
  EACCES: 'permission denied (EACCES)',
  EPERM: 'operation not permitted (EPERM)',
  EROFS: 'read-only file system (EROFS)',
  ENOSPC: 'no space left on the device (ENOSPC)',
  EDQUOT: 'disk quota exceeded (EDQUOT)',
  ENOTDIR: 'a part of the path is a file, not a folder (ENOTDIR)',
  EISDIR: 'it is a folder, not a file (EISDIR)',
  EEXIST: 'it already exists (EEXIST)',
  ENOENT: 'no such file or folder (ENOENT)',
};

/** Prints a warning line. */
export function printWarning(message: string): void {
  process.stderr.write(`${yellow('warning:')} ${message}\n`);
}

/** Renders rows as left-aligned columns (numbers right-aligned). */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[-\d.,%]+$|^—$/.test(r[i] ?? '')));
  const line = (cells: string[]) =>
    cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [bold(line(header)), ...rows.map(line)].join('\n') + '\n';
}

/** `1m 05s`-style duration. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}
