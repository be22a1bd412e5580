import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/api/errors';
import {
  guardStorage,
  mapStorageErrors,
  storageProblemOf,
  toStorageError,
} from '../../../electron/services/store/storage-error';

const coded = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('storage error mapping (one place for SQLite and file-system failures)', () => {
  it.each([
    ['SQLITE_FULL', 'disk-full'],
    ['SQLITE_READONLY', 'read-only'],
    ['SQLITE_READONLY_DBMOVED', 'read-only'],
    ['SQLITE_IOERR_WRITE', 'io'],
    ['SQLITE_IOERR_FSYNC', 'io'],
    ['SQLITE_CANTOPEN', 'io'],
    ['SQLITE_BUSY', 'busy'],
    ['SQLITE_CORRUPT', 'corrupt'],
    ['SQLITE_NOTADB', 'corrupt'],
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EROFS', 'read-only'],
    ['EACCES', 'read-only'],
    ['EIO', 'io'],
  ])('%s → storage_error (%s) with a Chinese message naming the folder', (code, reason) => {
    const mapped = toStorageError(coded(code), '/data/智造自诊');
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped).toMatchObject({ code: 'storage_error', details: { reason, cause: code } });
    expect((mapped as AppError).message).toMatch(/没有保存/);
    if (reason !== 'busy' && reason !== 'corrupt')
      expect((mapped as AppError).message).toContain('/data/智造自诊');
  });

  it('maps a data folder that cannot be created (its drive is gone) to an I/O storage_error', () => {
    const gone = Object.assign(coded('ENOENT'), { syscall: 'mkdir' });
    expect(toStorageError(gone, 'E:\\智造自诊')).toMatchObject({
      code: 'storage_error',
      details: { reason: 'io' },
    });
  });

  it('leaves everything else alone: constraint errors, app errors, plain errors, non-errors', () => {
    for (const error of [
      coded('SQLITE_CONSTRAINT_UNIQUE'),
      coded('ENOENT'),
      new AppError('not_found', '找不到'),
      new Error('bug'),
      'a string',
      undefined,
    ]) {
      expect(storageProblemOf(error)).toBeUndefined();
      expect(toStorageError(error, '/d')).toBe(error);
    }
  });

  it('maps synchronous throws and asynchronous rejections alike', async () => {
    expect(() =>
      mapStorageErrors('/d', () => {
        throw coded('SQLITE_FULL');
      }),
    ).toThrow(expect.objectContaining({ code: 'storage_error' }));
    await expect(mapStorageErrors('/d', () => Promise.reject(coded('EROFS')))).rejects.toMatchObject({
      code: 'storage_error',
      details: { reason: 'read-only' },
    });
    expect(mapStorageErrors('/d', () => 42)).toBe(42);
  });

  it('guards every method of an object, keeping its fields and its this', () => {
    class Repo {
      readonly dir = '/d/evidence';
      private writes = 0;
      put(): number {
        this.writes += 1;
        if (this.writes > 1) throw coded('ENOSPC');
        return this.writes;
      }
    }
    const repo = guardStorage(new Repo(), '/d');
    expect(repo.dir).toBe('/d/evidence');
    expect(repo.put()).toBe(1);
    expect(() => repo.put()).toThrow(expect.objectContaining({ code: 'storage_error' }));
  });
});
