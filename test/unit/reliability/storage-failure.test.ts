/**
 * Disk full and read-only data folder, through the HTTP transport. The failures are SQLite's
 * own: PRAGMA max_page_count makes the next growing write fail with SQLITE_FULL, PRAGMA
 * query_only makes every write fail with SQLITE_READONLY (tests run as root, so chmod would not
 * stop anything). Where the machine lets us mount, a tiny tmpfs gives a real ENOSPC as well.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeContext, createContext, type ServiceContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { openStore } from '../../../electron/services/store';
import { startWebShell, type WebShell } from '../../../electron/web/server';
import { makeTestHost } from '../helpers/host';
import { spawnShell } from './shell-process';
import { profile, tempDir, VALID_CODES } from '../store/support';
import {
  apiClient,
  databaseDigest,
  integrityOf,
  LEVEL_ITEMS,
  seedOverApi,
  type ApiClient,
  type Reply,
} from './support';

interface Rig {
  api: ApiClient;
  dbPath: string;
  /** the store's live connection, where the tests turn the faults on and off */
  conn: () => Database;
  logged: unknown[];
  close(): Promise<void>;
}

async function startRig(dataDir = tempDir('sfd-storage-')): Promise<Rig> {
  let conn: Database | undefined;
  const store = await openStore({ dataDir, backupCheckMs: 0, onConnection: (db) => (conn = db) });
  const context: ServiceContext = await createContext(makeTestHost({ runtime: 'web', dataDir }), { store });
  const logged: unknown[] = [];
  const shell: WebShell = await startWebShell({ handlers, context, log: (e) => logged.push(e) });
  return {
    api: apiClient(shell.url, shell.token),
    dbPath: store.dbPath,
    conn: () => {
      if (!conn) throw new Error('store connection not seen');
      return conn;
    },
    logged,
    close: async () => {
      await shell.close();
      closeContext(context);
    },
  };
}

const LONG_NOTE = '现场核实：设备联网率与数据采集频率。'.repeat(200); // ~3,600 characters, several pages

function expectStorageError(reply: Reply, reason: string): void {
  expect(reply.status).toBe(507);
  expect(reply.body.ok).toBe(false);
  if (reply.body.ok) return;
  expect(reply.body.error.code).toBe('storage_error');
  expect(reply.body.error.message).toMatch(/没有保存.*之前已保存的内容不受影响/);
  expect(reply.body.error.details).toMatchObject({ reason });
}

interface Acked {
  itemId: string;
  level: number;
  note: string;
}

async function expectAllPresent(api: ApiClient, assessmentId: string, acked: Map<string, Acked>) {
  const detail = await api.ok<{ answers: { itemId: string; value: unknown; note: string }[] }>(
    'assessment.get',
    { id: assessmentId },
  );
  const stored = new Map(detail.answers.map((a) => [a.itemId, a]));
  for (const want of acked.values()) {
    expect(stored.get(want.itemId), want.itemId).toMatchObject({
      value: { kind: 'level', level: want.level },
      note: want.note,
    });
  }
}

describe('storage failures over HTTP', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig.close());
  afterEach(() => {
    rig.conn().pragma('query_only = 0');
    rig.conn().pragma('max_page_count = 1000000000');
  });

  it('disk full: a clear storage_error, nothing half-written, and work resumes when space returns', async () => {
    const { api, dbPath } = rig;
    const assessmentId = await seedOverApi(api);
    const acked = new Map<string, Acked>();
    const answer = (itemId: string, level: number, note: string) =>
      api.call('assessment.answer', { assessmentId, itemId, value: { kind: 'level', level }, note });

    let lastRevision = 0;
    for (const [i, itemId] of LEVEL_ITEMS.slice(0, 3).entries()) {
      const reply = await answer(itemId, i + 1, '');
      expect(reply.status).toBe(200);
      lastRevision = (reply.body.ok && (reply.body.value as { revision: number }).revision) || 0;
      acked.set(itemId, { itemId, level: i + 1, note: '' });
    }
    const conn = rig.conn();
    conn.pragma(`max_page_count = ${conn.pragma('page_count', { simple: true }) as number}`);

    // fill the remaining free pages until the database cannot grow any more
    let refused: Reply | undefined;
    let before = '';
    for (let n = 0; n < 60 && !refused; n++) {
      const itemId = LEVEL_ITEMS[n % LEVEL_ITEMS.length]!;
      before = databaseDigest(dbPath);
      const reply = await answer(itemId, n % 6, `${n}:${LONG_NOTE}`);
      if (reply.body.ok) {
        acked.set(itemId, { itemId, level: n % 6, note: `${n}:${LONG_NOTE}` });
        lastRevision = (reply.body.value as { revision: number }).revision;
      } else refused = reply;
    }
    expect(refused, 'the database never filled up').toBeDefined();
    expectStorageError(refused!, 'disk-full');
    expect(refused!.body.ok || refused!.body.error.message).toMatch(/磁盘空间不足/);
    expect(refused!.body.ok || refused!.body.error.details).toMatchObject({ cause: 'SQLITE_FULL' });

    expect(databaseDigest(dbPath)).toBe(before);
    expect(integrityOf(dbPath)).toBe('ok');
    expect((await api.call('app.ping', {})).status).toBe(200);
    await expectAllPresent(api, assessmentId, acked);
    expect(rig.logged).toEqual([]); // mapped, not an internal error

    conn.pragma('max_page_count = 1000000000');
    const resumed = await answer(LEVEL_ITEMS[0]!, 5, LONG_NOTE);
    expect(resumed.body).toMatchObject({ ok: true, value: { revision: lastRevision + 1 } });
    acked.set(LEVEL_ITEMS[0]!, { itemId: LEVEL_ITEMS[0]!, level: 5, note: LONG_NOTE });
    await expectAllPresent(api, assessmentId, acked);
    expect(integrityOf(dbPath)).toBe('ok');
  });

  it('read-only medium: every kind of write is refused cleanly, reads go on, settings stay as saved', async () => {
    const { api, dbPath } = rig;
    await api.ok('settings.set', { consultantName: '王顾问' });
    const assessmentId = await seedOverApi(api, VALID_CODES[0]);
    await api.ok('assessment.answer', {
      assessmentId,
      itemId: LEVEL_ITEMS[0],
      value: { kind: 'level', level: 2 },
    });
    const before = databaseDigest(dbPath);
    rig.conn().pragma('query_only = 1');

    const writes: [string, unknown][] = [
      ['assessment.answer', { assessmentId, itemId: LEVEL_ITEMS[0], value: { kind: 'level', level: 4 } }],
      ['assessment.setCursor', { assessmentId, cursor: { itemId: LEVEL_ITEMS[1], view: 'questionnaire' } }],
      ['settings.set', { consultantName: '不该保存' }],
      ['enterprise.save', { profile: profile({ creditCode: VALID_CODES[2], name: '只读时新建' }) }],
      [
        'evidence.add',
        { assessmentId, fileName: '现场.txt', base64: Buffer.from('照片说明').toString('base64') },
      ],
      ['assessment.complete', { id: assessmentId }], // last: a completed assessment takes no more writes
    ];
    for (const [method, input] of writes) {
      const reply = await api.call(method, input);
      expectStorageError(reply, 'read-only');
      expect(reply.body.ok || reply.body.error.message, method).toMatch(/只读|写入权限/);
    }
    expect(databaseDigest(dbPath)).toBe(before);
    expect(await api.ok('settings.get', {})).toMatchObject({ consultantName: '王顾问' });
    expect((await api.call('assessment.list', {})).status).toBe(200);

    rig.conn().pragma('query_only = 0');
    for (const [method, input] of writes) {
      expect((await api.call(method, input)).body, method).toMatchObject({ ok: true });
    }
    expect(await api.ok('settings.get', {})).toMatchObject({ consultantName: '不该保存' });
    expect(integrityOf(dbPath)).toBe('ok');
  });
});

/** Mounts a tmpfs with these options on a fresh temp folder; undefined where mounting is not allowed. */
function mountTmpfs(options: string): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sfd-tmpfs-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status === 0) return dir;
  rmSync(dir, { recursive: true, force: true });
  return undefined;
}

function unmount(dir: string | undefined): void {
  if (!dir) return;
  spawnSync('umount', ['-l', dir]);
  rmSync(dir, { recursive: true, force: true });
}

/** Whether this machine lets the tests mount (root on Linux, not in a locked-down container). */
const CAN_MOUNT = (() => {
  const probe = mountTmpfs('size=64k');
  unmount(probe);
  return probe !== undefined;
})();

/** Writes zeros until the file system refuses: a genuinely full disk. */
function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(16 * 1024);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!CAN_MOUNT)(
  'a genuinely full or read-only disk (tmpfs; needs mount, i.e. root on Linux)',
  () => {
    let tmpfs: string | undefined;
    let readOnly: string | undefined;
    beforeAll(() => {
      tmpfs = mountTmpfs('size=4096k');
      readOnly = mountTmpfs('ro,size=64k');
    });
    afterAll(() => {
      unmount(tmpfs);
      unmount(readOnly);
    });

    it('a web shell started on a read-only medium exits with the storage message, in Chinese', async () => {
      const run = await spawnShell(path.join(readOnly!, '智造自诊'));
      const { code } = await run.exited;
      expect(code).toBe(1);
      expect(run.output()).toMatch(/数据文件夹是只读的或没有写入权限/);
      // nothing was being saved at start-up: the message must not say a change was lost
      expect(run.output()).not.toMatch(/刚才的修改没有保存/);
      expect(run.output()).not.toMatch(/EROFS|at .*\.(ts|cjs):\d+/); // a message, not a stack trace
    });

    it('ENOSPC from SQLite and from evidence files becomes storage_error; freeing space resumes work', async () => {
      const dataDir = path.join(tmpfs!, 'data');
      const rig = await startRig(dataDir);
      try {
        const { api, dbPath } = rig;
        const assessmentId = await seedOverApi(api);
        const acked = new Map<string, Acked>();
        await api.ok('assessment.answer', {
          assessmentId,
          itemId: LEVEL_ITEMS[0],
          value: { kind: 'level', level: 1 },
        });
        acked.set(LEVEL_ITEMS[0]!, { itemId: LEVEL_ITEMS[0]!, level: 1, note: '' });
        const filler = path.join(tmpfs!, 'filler.bin');
        fillDisk(filler);

        const evidence = await api.call('evidence.add', {
          assessmentId,
          fileName: '大文件.bin',
          base64: Buffer.alloc(256 * 1024, 7).toString('base64'),
        });
        expectStorageError(evidence, 'disk-full');

        let refused: Reply | undefined;
        for (let n = 0; n < 400 && !refused; n++) {
          const itemId = LEVEL_ITEMS[n % LEVEL_ITEMS.length]!;
          const note = `${n}:${LONG_NOTE}`;
          const reply = await api.call('assessment.answer', {
            assessmentId,
            itemId,
            value: { kind: 'level', level: n % 6 },
            note,
          });
          if (reply.body.ok) acked.set(itemId, { itemId, level: n % 6, note });
          else refused = reply;
        }
        expect(refused, 'the disk never filled up').toBeDefined();
        expectStorageError(refused!, 'disk-full');
        expect((await api.call('app.ping', {})).status).toBe(200);
        await expectAllPresent(api, assessmentId, acked);

        rmSync(filler);
        const resumed = await api.call('assessment.answer', {
          assessmentId,
          itemId: LEVEL_ITEMS[1],
          value: { kind: 'level', level: 3 },
          note: 'space is back',
        });
        expect(resumed.body).toMatchObject({ ok: true });
        acked.set(LEVEL_ITEMS[1]!, { itemId: LEVEL_ITEMS[1]!, level: 3, note: 'space is back' });
        expect(
          (await api.call('evidence.add', { assessmentId, fileName: 'ok.txt', base64: 'b2s=' })).status,
        ).toBe(200);
        await expectAllPresent(api, assessmentId, acked);
        expect(integrityOf(dbPath)).toBe('ok');
        expect(rig.logged).toEqual([]);
      } finally {
        await rig.close();
      }
    });
  },
);
