import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Raised when another live process owns the embedded data directory. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another process: "${owner.command}" (pid ${owner.pid} on ${owner.hostname}, since ${owner.since}). ` +
        'Stop that process first, or set DATABASE_URL to use a PostgreSQL server that many processes can share.',
    );
  }
}

export interface LockOwner {
  pid: number;
  hostname: string;
  command: string;
  since: string;
}

export interface DataDirLock {
  release(): void;
}

const LOCK_FILE = 'rathaus.lock';

/**
 * PGlite does not lock its files and two processes on one directory silently lose writes, so the owner
 * takes an exclusive lock file first. A lock left by a dead process on this host is taken over.
 */
export function acquireDataDirLock(dataDir: string, command: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    command,
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o644);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const current = readOwner(file);
          if (current?.pid === me.pid) unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readOwner(file);
      if (owner && isAlive(owner)) throw new DataDirLockedError(dataDir, owner);
      // Stale lock (dead owner or unreadable half-written file): remove it and try again.
      try {
        unlinkSync(file);
      } catch {
        // somebody else removed it first
      }
    }
  }
  const owner = readOwner(file);
  throw new DataDirLockedError(dataDir, owner ?? { pid: 0, hostname: '?', command: 'unknown', since: '?' });
}

function readOwner(file: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

function isAlive(owner: LockOwner): boolean {
  // A lock written on another host (shared volume) cannot be probed: treat it as live.
  if (owner.hostname !== os.hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
