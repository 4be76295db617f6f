// One needle process per run folder: a lock file naming its holder, taken over only when that holder is gone.

import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { RunFolderError } from '../errors.js';

/** Name of the lock file inside a run folder. */
export const LOCK_FILE = 'run.lock';

/** What a lock file says about its holder. */
export interface LockHolder {
  pid: number;
  host: string;
  /** The command that holds the folder, e.g. `needle sweep --max 128k …`. */
  command: string;
  started_at: string;
}

/** A held lock; `release` removes it (once; later calls do nothing). */
export interface RunLock {
  readonly path: string;
  /** Set when a stale lock (of a process that is gone) was taken over. */
  readonly tookOver: LockHolder | null;
  release(): void;
}

/** A holder on another machine (shared folders) must refresh its lock this often, or be taken for gone. */
const HEARTBEAT_MS = 30_000;
const STALE_AFTER_MS = 4 * HEARTBEAT_MS;

/**
 * Creates the run folder if needed and takes its lock. Throws RunFolderError when another live needle
 * process holds it (naming that process), or when the folder cannot be created or written.
 */
export function lockRunFolder(dir: string, command: string): RunLock {
  createRunFolder(dir);
  const path = join(dir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), command, started_at: new Date().toISOString() };
  let tookOver: LockHolder | null = null;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, JSON.stringify(me) + '\n');
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw folderError(dir, error);
      const holder = readHolder(path);
      if (attempt === 0 && isGone(holder, path)) {
        // The holder was killed (kill -9, a crash, a reboot): its lock means nothing any more.
        tookOver = holder;
        rmSync(path, { force: true });
        continue;
      }
      throw busy(dir, holder);
    }
  }
  // Refreshes the lock's time so a needle on another machine sharing the folder sees it is alive.
  const heartbeat = setInterval(() => {
    try {
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // The folder went away or turned read-only: nothing to refresh.
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  return {
    path,
    tookOver,
    release(): void {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      // Remove only our own lock (never one a later process took over).
      const holder = readHolder(path);
      if (holder && holder.pid === me.pid && holder.host === me.host && holder.started_at === me.started_at) rmSync(path, { force: true });
    },
  };
}

/** Creates `dir` (and parents), or says plainly why it cannot be a run folder. */
export function createRunFolder(dir: string): void {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
    if (!isDir) throw new RunFolderError(`--out ${dir} is a file, not a folder`, { hint: 'choose a folder for the run (a new or an existing run folder)' });
  } catch (error) {
    if (error instanceof RunFolderError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') throw folderError(dir, error);
    if (code !== 'ENOENT') throw folderError(dir, error);
  }
  if (isDir) return;
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw folderError(dir, error);
  }
}

function folderError(dir: string, error: unknown): RunFolderError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const why: Record<string, string> = {
    ENOTDIR: 'a part of its path is a file, not a folder',
    EEXIST: 'a file of that name is in the way',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
  };
  return new RunFolderError(`cannot use --out ${dir} as a run folder: ${why[code] ?? (error as Error).message}${code ? ` (${code})` : ''}`, {
    hint: 'choose a folder you can write to with --out',
    cause: error,
  });
}

function busy(dir: string, holder: LockHolder | null): RunFolderError {
  const who = holder
    ? `needle process ${holder.pid}${holder.host !== hostname() ? ` on ${holder.host}` : ''} (started ${holder.started_at}: ${holder.command})`
    : 'another needle process';
  return new RunFolderError(`run folder ${dir} is in use by ${who}`, {
    hint: `wait for it to finish, or choose another --out; if that process no longer runs, delete ${join(dir, LOCK_FILE)}`,
  });
}

/** The lock file's holder, or null when the file is unreadable (being written, or garbage). */
function readHolder(path: string): LockHolder | null {
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof json.pid !== 'number' || typeof json.host !== 'string') return null;
    return { pid: json.pid, host: json.host, command: String(json.command ?? ''), started_at: String(json.started_at ?? '') };
  } catch {
    return null;
  }
}

/** True when the lock's holder has certainly stopped: its pid is gone (this machine), or it stopped refreshing the lock (another). */
function isGone(holder: LockHolder | null, path: string): boolean {
  let age: number;
  try {
    age = Date.now() - statSync(path).mtimeMs;
  } catch {
    return true;
  }
  // A lock file being written this very moment has no holder yet: not stale unless it stays that way.
  if (!holder) return age > STALE_AFTER_MS;
  if (holder.host !== hostname()) return age > STALE_AFTER_MS;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
