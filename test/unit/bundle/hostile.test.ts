import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, importBundle, type BundleLimits } from '../../../electron/services/bundle';
import { sha256Of } from '../../../electron/services/store/blobs';
import type { AssessmentDocument, Store } from '../../../electron/services/store';
import type { BundleEnterprise, Manifest } from '../../../electron/services/bundle/format';
import { lyingDeflatedBundle, overlappingStoredBundle } from '../../helpers/hostile-zip';
import { openTestStore, profile, VALID_CODES } from '../store/support';
import {
  anyModel,
  dumpDatabase,
  entriesOf,
  exportOf,
  populatedStore,
  readEntry,
  rezip,
  writeEntry,
  type Entries,
} from './support';

let valid: Uint8Array;
let target: Store;
let source: Store;

beforeAll(async () => {
  const p = await populatedStore();
  source = p.store;
  valid = exportOf(source, p.assessment.id);
  // the importing side already holds some work that must survive every rejected import
  target = await openTestStore();
  const e = target.enterprises.save({
    profile: profile({ creditCode: VALID_CODES[0], name: '本机已有企业' }),
  });
  const a = target.assessments.create({
    enterpriseId: e.id,
    modelId: 'm',
    modelVersion: '1',
    consultantName: '',
    consultantOrg: '',
  });
  target.answers.save(a.id, 'x.1', { value: { kind: 'na' }, note: '', flagged: false });
});
afterAll(() => {
  source.close();
  target.close();
});

/** Starts from the valid bundle's entries and lets a case change them. */
function tampered(change: (entries: Entries) => void): Uint8Array {
  const entries = entriesOf(valid);
  change(entries);
  return rezip(entries);
}

function assessmentJson(change: (doc: AssessmentDocument) => void): Uint8Array {
  return tampered((entries) => {
    const doc = readEntry<AssessmentDocument>(entries, 'assessment.json');
    change(doc);
    writeEntry(entries, 'assessment.json', doc);
  });
}

/** Renames an entry inside the raw zip bytes (local header and central directory), for names fflate would not write. */
function renameRaw(zip: Uint8Array, from: string, to: string): Uint8Array {
  const out = Buffer.from(zip);
  const a = Buffer.from(from);
  const b = Buffer.from(to);
  expect(a.length).toBe(b.length);
  let at = out.indexOf(a);
  expect(at).toBeGreaterThan(-1);
  while (at !== -1) {
    b.copy(out, at);
    at = out.indexOf(a, at + 1);
  }
  return out;
}

/** Sets the compression method of the first central-directory entry. */
function setCompression(zip: Uint8Array, method: number): Uint8Array {
  const out = Buffer.from(zip);
  const central = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  out.writeUInt16LE(method, central + 10);
  return out;
}

const zeros = (n: number) => new Uint8Array(n);
const small = (overrides: Partial<BundleLimits>): BundleLimits => ({ ...DEFAULT_LIMITS, ...overrides });

interface Case {
  name: string;
  bytes: () => Uint8Array;
  reason: string;
  message: RegExp;
  code?: string;
  limits?: BundleLimits;
  knownModel?: boolean;
}

const CASES: Case[] = [
  { name: 'an empty file', bytes: () => new Uint8Array(0), reason: 'empty-file', message: /文件是空的/ },
  {
    name: 'random bytes',
    bytes: () => randomBytes(5000),
    reason: 'not-a-zip',
    message: /无法作为压缩包读取/,
  },
  {
    name: 'a truncated bundle',
    bytes: () => valid.subarray(0, Math.floor(valid.length / 2)),
    reason: 'not-a-zip',
    message: /已损坏/,
  },
  {
    name: 'a file over the size limit',
    bytes: () => valid,
    limits: small({ fileBytes: 1024 }),
    reason: 'file-too-large',
    message: /文件太大/,
  },
  {
    name: 'too many entries',
    bytes: () => valid,
    limits: small({ entries: 3 }),
    reason: 'too-many-entries',
    message: /条目太多（上限 3 个）/,
  },
  {
    name: 'a path-traversal entry',
    bytes: () => tampered((e) => void (e['../../evil.sh'] = new Uint8Array([1]))),
    reason: 'path-traversal',
    message: /试图跳出目录的条目「\.\.\/\.\.\/evil\.sh」/,
  },
  {
    name: 'an absolute path',
    bytes: () => tampered((e) => void (e['/etc/cron.d/x'] = new Uint8Array([1]))),
    reason: 'absolute-path',
    message: /绝对路径条目「\/etc\/cron\.d\/x」/,
  },
  {
    name: 'a Windows drive path',
    bytes: () => tampered((e) => void (e['C:/Windows/evil.dll'] = new Uint8Array([1]))),
    reason: 'absolute-path',
    message: /绝对路径条目「C:\/Windows\/evil\.dll」/,
  },
  {
    name: 'a backslash path',
    bytes: () => tampered((e) => void (e['evidence\\..\\..\\x'] = new Uint8Array([1]))),
    reason: 'unsafe-path',
    message: /不安全的条目名/,
  },
  {
    name: 'an unknown entry',
    bytes: () => tampered((e) => void (e['autorun.inf'] = new Uint8Array([1]))),
    reason: 'unknown-entry',
    message: /不认识的条目「autorun\.inf」/,
  },
  {
    name: 'a duplicated entry name',
    bytes: () =>
      renameRaw(
        tampered((e) => void (e['manifesX.json'] = e['manifest.json']!)),
        'manifesX.json',
        'manifest.json',
      ),
    reason: 'duplicate-entry',
    message: /重复的条目「manifest\.json」/,
  },
  {
    name: 'an unsupported compression method',
    bytes: () => setCompression(valid, 14),
    reason: 'unsupported-compression',
    message: /不支持的压缩方式（14）/,
  },
  {
    name: 'a zip bomb (one entry inflating past its limit)',
    bytes: () => tampered((e) => void (e[`evidence/${sha256Of(zeros(4 << 20))}`] = zeros(4 << 20))),
    limits: small({ evidenceBytes: 1 << 20 }),
    reason: 'entry-too-large',
    message: /解压后 4\.0 MB，超过上限 1\.0 MB/,
  },
  {
    name: 'a zip bomb (many entries inflating past the total)',
    bytes: () =>
      tampered((e) => {
        for (let i = 1; i <= 4; i++) e[`evidence/${sha256Of(zeros(i << 20))}`] = zeros(i << 20);
      }),
    limits: small({ totalBytes: 6 << 20 }),
    reason: 'total-too-large',
    message: /总大小超过上限 6\.0 MB（疑似压缩炸弹）/,
  },
  {
    name: 'overlapping stored entries (a 27 MB file claiming GBs: the issue 14 bundle)',
    bytes: () => overlappingStoredBundle(entriesOf(valid), 27 << 20, 150),
    reason: 'overlapping-entries',
    message: /共用同一段数据/,
  },
  {
    name: 'a deflated entry expanding past the size its directory declares',
    bytes: () => lyingDeflatedBundle(entriesOf(valid), 8 << 20, 1024),
    reason: 'entry-size-mismatch',
    message: /解压后的大小与目录中记录的不符/,
  },
  {
    name: 'a stored entry whose data is longer than its declared size',
    bytes: () => {
      const zip = Buffer.from(overlappingStoredBundle(entriesOf(valid), 1 << 20, 0));
      // the big entry's directory record now declares 1 byte while its data is 1 MB
      const end = zip.length - 22;
      let at = zip.readUInt32LE(end + 16);
      for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
        const nameLength = zip.readUInt16LE(at + 28);
        if (zip.toString('latin1', at + 46, at + 46 + nameLength).startsWith('evidence/0000000000'))
          zip.writeUInt32LE(1, at + 24);
        at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
      }
      return zip;
    },
    reason: 'entry-size-mismatch',
    message: /解压后的大小与目录中记录的不符/,
  },
  {
    name: 'a missing enterprise.json',
    bytes: () => tampered((e) => void delete e['enterprise.json']),
    reason: 'missing-entry',
    message: /缺少必需的条目「enterprise\.json」/,
  },
  {
    name: 'assessment.json that is not JSON',
    bytes: () => tampered((e) => void (e['assessment.json'] = new TextEncoder().encode('{"id": '))),
    reason: 'invalid-json',
    message: /条目「assessment\.json」不是有效的 JSON/,
  },
  {
    name: 'a manifest of another format',
    bytes: () =>
      tampered((e) =>
        writeEntry(e, 'manifest.json', { ...readEntry<Manifest>(e, 'manifest.json'), format: 'other-app' }),
      ),
    reason: 'wrong-format',
    message: /这不是智造自诊的评估包/,
  },
  {
    name: 'a bundle from a newer format version',
    bytes: () =>
      tampered((e) =>
        writeEntry(e, 'manifest.json', { ...readEntry<Manifest>(e, 'manifest.json'), formatVersion: 7 }),
      ),
    code: 'unsupported_version',
    reason: 'newer-format',
    message: /格式版本 7，本程序支持到 1/,
  },
  {
    name: 'a manifest without its export time',
    bytes: () =>
      tampered((e) => {
        const { exportedAt: _dropped, ...rest } = readEntry<Manifest>(e, 'manifest.json');
        writeEntry(e, 'manifest.json', rest);
      }),
    reason: 'invalid-manifest',
    message: /manifest\.json.*exportedAt/,
  },
  {
    name: 'an answer outside the schema',
    bytes: () => assessmentJson((doc) => (doc.answers[0]!.value = { kind: 'level', level: 9 })),
    reason: 'invalid-assessment',
    message: /assessment\.json.*answers\.0\.value\.level/,
  },
  {
    name: 'the same item answered twice',
    bytes: () => assessmentJson((doc) => doc.answers.push(doc.answers[0]!)),
    reason: 'invalid-assessment',
    message: /答案的题目编号重复/,
  },
  {
    name: 'a credit code with a wrong check character',
    bytes: () =>
      tampered((e) => {
        const ent = readEntry<BundleEnterprise>(e, 'enterprise.json');
        ent.profile.creditCode = '91440300708461136X';
        writeEntry(e, 'enterprise.json', ent);
      }),
    reason: 'invalid-credit-code',
    message: /91440300708461136X 校验位不正确/,
  },
  {
    name: 'an assessment pointing at another enterprise',
    bytes: () => assessmentJson((doc) => (doc.enterpriseId = '11111111-1111-4111-8111-111111111111')),
    reason: 'enterprise-mismatch',
    message: /指向的企业与 enterprise\.json 不一致/,
  },
  {
    name: 'an evidence file whose content does not match its hash',
    bytes: () =>
      tampered((e) => {
        const name = Object.keys(e).find((n) => n.startsWith('evidence/'))!;
        e[name] = new TextEncoder().encode('swapped content');
      }),
    reason: 'evidence-hash-mismatch',
    message: /内容与其校验值不符/,
  },
  {
    name: 'a listed evidence file that is missing',
    bytes: () =>
      tampered((e) => {
        for (const n of Object.keys(e)) if (n.startsWith('evidence/')) delete e[n];
      }),
    reason: 'evidence-missing',
    message: /缺少佐证文件「/,
  },
  {
    name: 'an evidence file nobody lists',
    bytes: () => tampered((e) => void (e[`evidence/${sha256Of(new Uint8Array([7]))}`] = new Uint8Array([7]))),
    reason: 'evidence-unlisted',
    message: /未登记的佐证文件/,
  },
  {
    name: 'an unknown questionnaire model version',
    bytes: () => valid,
    knownModel: false,
    code: 'unsupported_version',
    reason: 'unknown-model',
    message: /问卷模型「smart-factory-tiers」版本 2025\.2 在本程序中不存在/,
  },
];

describe('import refuses hostile or malformed bundles, leaving the database as it was', () => {
  it('has at least 15 distinct refusal reasons under test', () => {
    expect(new Set(CASES.map((c) => c.reason)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(CASES)('refuses $name', ({ bytes, reason, message, code, limits, knownModel }) => {
    const input = bytes();
    const before = dumpDatabase(target);
    const blobFiles = () =>
      existsSync(target.blobs.dir) ? readdirSync(target.blobs.dir, { recursive: true }).length : 0;
    const evidenceBefore = blobFiles();
    let thrown: unknown;
    try {
      importBundle(target, input, { isKnownModel: () => knownModel ?? true, ...(limits ? { limits } : {}) });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: code ?? 'import_rejected', details: { reason } });
    expect((thrown as Error).message).toMatch(/^无法导入评估包：/);
    expect((thrown as Error).message).toMatch(message);
    expect(dumpDatabase(target)).toBe(before);
    expect(blobFiles()).toBe(evidenceBefore);
  });

  it('refuses an assessment that already exists here under a different enterprise', async () => {
    const store = await openTestStore();
    try {
      importBundle(store, valid, anyModel);
      const hijack = tampered((e) => {
        const ent = readEntry<BundleEnterprise>(e, 'enterprise.json');
        ent.id = '22222222-2222-4222-8222-222222222222';
        ent.profile.creditCode = VALID_CODES[2];
        writeEntry(e, 'enterprise.json', ent);
        const doc = readEntry<AssessmentDocument>(e, 'assessment.json');
        doc.enterpriseId = ent.id;
        doc.revision += 10;
        writeEntry(e, 'assessment.json', doc);
      });
      const before = dumpDatabase(store);
      expect(() => importBundle(store, hijack, anyModel)).toThrow(/属于另一家企业/);
      expect(dumpDatabase(store)).toBe(before);
    } finally {
      store.close();
    }
  });

  // found by the importer fuzz test: a copy whose assessment id was changed collided on the
  // evidence key and crashed the import with a raw SQLite error
  it.each([
    ['evidence', (doc: AssessmentDocument) => (doc.events = []), /佐证材料（.+）已属于本机的另一份评估/],
    [
      'audit event',
      (doc: AssessmentDocument) =>
        (doc.evidence = doc.evidence.map((e, i) => ({
          ...e,
          id: `44444444-4444-4444-8444-44444444444${i}`,
        }))),
      /修改记录（.+）已属于本机的另一份评估/,
    ],
  ] as const)(
    'refuses a copy whose %s ids belong to another assessment here',
    async (_kind, keep, message) => {
      const store = await openTestStore();
      try {
        importBundle(store, valid, anyModel);
        const copy = assessmentJson((doc) => {
          doc.id = '33333333-3333-4333-8333-333333333333';
          keep(doc);
        });
        const before = dumpDatabase(store);
        let thrown: unknown;
        try {
          importBundle(store, copy, anyModel);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toMatchObject({ code: 'import_rejected', details: { reason: 'record-id-conflict' } });
        expect((thrown as Error).message).toMatch(message);
        expect(dumpDatabase(store)).toBe(before);
      } finally {
        store.close();
      }
    },
  );

  it('accepts the untouched bundle (the cases above fail for their own reason only)', () => {
    const copy = zipSync(entriesOf(valid));
    expect(importBundle(target, copy, anyModel).outcome).toBe('created');
  });
});
