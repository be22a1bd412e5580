import { closeSync, openSync, readSync, statSync } from 'node:fs';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;
const USER_VERSION_OFFSET = 60;

export type HeaderState = 'missing' | 'zero-byte' | 'not-sqlite' | 'sqlite';

export interface HeaderInfo {
  readonly state: HeaderState;
  /** user_version as written in the main file (a WAL not yet checkpointed may hold a newer one) */
  readonly userVersion?: number;
}

/** Reads the 100-byte SQLite header without opening the database, so a refused file stays untouched. */
export function readHeader(file: string): HeaderInfo {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return { state: 'missing' };
  }
  if (size === 0) return { state: 'zero-byte' };
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (read < HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC)) return { state: 'not-sqlite' };
  return { state: 'sqlite', userVersion: header.readInt32BE(USER_VERSION_OFFSET) };
}
