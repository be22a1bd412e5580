/**
 * Property-based fuzzing (fast-check) of every boundary that takes outside input:
 * - every contract method over HTTP, with arbitrary JSON and with mutations of a valid input
 *   (wrong types, huge strings, deep nesting, prototype-pollution keys, missing fields);
 * - raw request bodies and method names the JSON encoder would never produce;
 * - the bundle importer with mutated .sfdx files (byte flips, truncation, renamed entries,
 *   hostile entry names, mutated JSON entries, zip bombs).
 * Invariants: no 5xx, every rejection is a typed 4xx whose status matches its code, the server
 * keeps serving, no unhandled rejection, no internal error logged, and a rejected call leaves
 * the database as it was. Seeds are fixed; the counts are printed for the lead's report.
 */
import http from 'node:http';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHODS } from '../../../electron/api/contract';
import { ERROR_CODES, HTTP_STATUS, type Envelope } from '../../../electron/api/errors';
import { DEFAULT_LIMITS } from '../../../electron/services/bundle';
import { closeContext, createContext, type ServiceContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { startWebShell, type WebShell } from '../../../electron/web/server';
import { makeTestHost } from '../helpers/host';
import { profile, VALID_CODES } from '../store/support';
import { apiClient, databaseDigest, LEVEL_ITEMS, MODEL, seedOverApi, type ApiClient } from './support';

const SEED = 20250821;
const RUNS_PER_METHOD = 80;
const RAW_RUNS = 300;
const BUNDLE_RUNS = 100; // per mutation kind

interface Tally {
  tried: number;
  accepted: number;
  rejected: number;
  crashes: string[];
  byCode: Record<string, number>;
}
const newTally = (): Tally => ({ tried: 0, accepted: 0, rejected: 0, crashes: [], byCode: {} });
const contractTally = newTally();
const bundleTally = newTally();

let shell: WebShell;
let context: ServiceContext;
let api: ApiClient;
let watcher: Database.Database;
const logged: unknown[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
const prototypeKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();
let samples: Record<string, unknown>;
let validBundle: Uint8Array;

/** The database's change counter as another connection sees it: moves on every commit by the store. */
const dataVersion = () => watcher.pragma('data_version', { simple: true }) as number;

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  const host = makeTestHost({ runtime: 'web' });
  context = await createContext(host);
  shell = await startWebShell({ handlers, context, log: (e) => logged.push(e) });
  api = apiClient(shell.url, shell.token);
  const assessmentId = await seedOverApi(api);
  const enterpriseId = (
    await api.ok<{ assessment: { enterpriseId: string } }>('assessment.get', { id: assessmentId })
  ).assessment.enterpriseId;
  const spare = await api.ok<{ id: string }>('assessment.create', { enterpriseId, ...MODEL });
  for (const [i, itemId] of LEVEL_ITEMS.slice(0, 4).entries()) {
    await api.ok('assessment.answer', {
      assessmentId,
      itemId,
      value: { kind: 'level', level: i },
      note: '现场',
    });
  }
  const evidence = await api.ok<{ id: string }>('evidence.add', {
    assessmentId,
    itemId: LEVEL_ITEMS[0],
    fileName: '照片.txt',
    base64: Buffer.from('现场照片说明').toString('base64'),
  });
  const exported = await api.ok<{ base64: string }>('bundle.export', { assessmentId });
  validBundle = Buffer.from(exported.base64, 'base64');
  watcher = new Database(context.store.dbPath, { readonly: true });
  samples = validSamples({ assessmentId, enterpriseId, spareId: spare.id, evidenceId: evidence.id });
}, 60_000);

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  watcher?.close();
  await shell?.close();
  if (context) closeContext(context);
  const line = (name: string, t: Tally) =>
    `${name}: ${t.tried} cases tried, ${t.accepted} accepted, ${t.rejected} rejected (typed 4xx), ${t.crashes.length} crashes — ` +
    Object.entries(t.byCode)
      .sort()
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
  console.log(
    `fuzz (seed ${SEED})\n  ${line('contract over HTTP', contractTally)}\n  ${line('bundle importer', bundleTally)}`,
  );
});

/** A valid input for each method this suite knows; methods added later are fuzzed from {}. */
function validSamples(ids: {
  assessmentId: string;
  enterpriseId: string;
  spareId: string;
  evidenceId: string;
}) {
  const { assessmentId, enterpriseId, spareId, evidenceId } = ids;
  const level = { kind: 'level', level: 3 };
  return {
    'model.get': { id: MODEL.modelId, version: MODEL.modelVersion },
    'diagnosis.compute': { modelId: MODEL.modelId, answers: { [LEVEL_ITEMS[0]!]: level }, lift: false },
    'policy.evaluate': { profile: profile(), date: '2025-06-01' },
    'scenario.recommend': { profile: profile(), date: '2025-06-01', limit: 5 },
    'enterprise.list': { query: '精密', limit: 10 },
    'enterprise.get': { id: enterpriseId },
    'enterprise.save': { profile: profile({ creditCode: VALID_CODES[0], name: '模糊测试企业' }) },
    'assessment.create': { enterpriseId, ...MODEL },
    'assessment.list': { enterpriseId, status: 'draft' },
    'assessment.get': { id: assessmentId },
    'assessment.answer': { assessmentId, itemId: LEVEL_ITEMS[5], value: level, note: '备注', flagged: true },
    'assessment.setCursor': { assessmentId, cursor: { itemId: LEVEL_ITEMS[1], view: 'questionnaire' } },
    'assessment.saveFunding': { assessmentId, fundingInputs: {} },
    'assessment.setPeople': {
      assessmentId,
      consultantName: '李顾问',
      consultantOrg: '东莞市智能制造服务中心',
    },
    'assessment.complete': { id: spareId },
    'assessment.reopen': { id: spareId },
    'assessment.events': { assessmentId, limit: 5 },
    'evidence.add': { assessmentId, fileName: 'a.txt', mimeType: 'text/plain', base64: 'aGVsbG8=' },
    'evidence.list': { assessmentId },
    'evidence.remove': { id: evidenceId },
    'settings.set': { consultantName: '张顾问', language: 'zh-CN' },
    'backup.restore': { fileName: 'daily-20250101T000000000Z.sqlite' },
    'bundle.export': { assessmentId },
    'bundle.import': { fileName: 'x.sfdx', base64: Buffer.from(validBundle).toString('base64') },
  } as Record<string, unknown>;
}

// ---- payload arbitraries -------------------------------------------------------------------

const HUGE = '大'.repeat(300_000);
const POLLUTERS = [
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"__proto__":[1,2,3]}',
];

function nested(depth: number, asObject: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

/** Values that have broken parsers before: wrong types, edge numbers, hostile strings, depth, size. */
const nasty: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u0000',
      '../../../etc/passwd',
      "' OR 1=1 --",
      '%_\\',
      '<script>alert(1)</script>',
      '\u202e',
      '😀'.repeat(100),
      '2025-13-45T99:99:99Z',
      '00000000-0000-0000-0000-000000000000',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(-1, 0, -0, 1.5, 2 ** 53 + 2, 1e308, -1e308, 4294967296) },
  { weight: 1, arbitrary: fc.constant(HUGE) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 100, max: 3000 }), fc.boolean()).map(([d, o]) => nested(d, o)),
  },
  // parsed per case: own "__proto__" keys, and a fresh object later mutations may change
  { weight: 1, arbitrary: fc.constantFrom(...POLLUTERS).map((text) => JSON.parse(text) as unknown) },
);

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (prefix.length > 5 || value === null || typeof value !== 'object') return out;
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  for (const key of keys) {
    const path = [...prefix, key];
    out.push(path);
    pathsOf((value as Record<string | number, unknown>)[key], path, out);
  }
  return out;
}

/** Sets an OWN property, even for "__proto__" (plain assignment would swap the prototype instead). */
function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'admin', 'id'];

type Mutation = { op: 'replace' | 'delete' | 'add'; pick: number; key: string; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('replace', 'replace', 'delete', 'add'),
  pick: fc.nat(),
  key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 })),
  value: nasty,
});

/** Applies one mutation in place under root.v (values are fresh per case, so nothing is shared). */
function mutateInPlace(root: { v: unknown }, m: Mutation): void {
  const paths: Path[] = [['v'], ...pathsOf(root.v).map((p) => ['v', ...p])];
  const path = paths[m.pick % paths.length]!;
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], root) as
    Record<string | number, unknown> | unknown[];
  const last = path.at(-1)!;
  const target = (parent as Record<string | number, unknown>)[last];
  if (m.op === 'add' && target !== null && typeof target === 'object' && !Array.isArray(target)) {
    setOwn(target, m.key, m.value);
  } else if (m.op === 'delete' && !Array.isArray(parent) && last !== 'v') {
    delete (parent as Record<string, unknown>)[last];
  } else {
    setOwn(parent, last, m.value);
  }
}

/** A copy of a (small, plain) sample with the mutations applied in order. */
function mutated(sample: unknown, ms: readonly Mutation[]): unknown {
  const root = { v: JSON.parse(JSON.stringify(sample) ?? 'null') as unknown };
  for (const m of ms) mutateInPlace(root, m);
  return root.v;
}

const payloadFor = (sample: unknown): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 1, arbitrary: nasty },
    {
      weight: 4,
      arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => mutated(sample, ms)),
    },
  );

// ---- HTTP ----------------------------------------------------------------------------------

interface Raw {
  status: number;
  text: string;
}

/** A request exactly as given (path, bytes): no URL normalisation, no JSON encoding. */
function rawPost(pathname: string, body: string | Uint8Array, token = shell.token): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: shell.port,
        path: pathname,
        method: 'POST',
        // a fresh connection per request: a kept-alive socket the server has just closed for
        // idling would fail the next request with ECONNRESET, which says nothing about the server
        agent: false,
        headers: { 'x-sfd-token': token },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Checks one reply against the invariants and counts it; returns whether it was a rejection. */
function judge(tally: Tally, label: string, reply: Raw): boolean {
  tally.tried++;
  let envelope: Envelope<unknown> | undefined;
  try {
    envelope = JSON.parse(reply.text) as Envelope<unknown>;
  } catch {
    envelope = undefined;
  }
  const typed =
    envelope !== undefined &&
    (envelope.ok
      ? reply.status === 200
      : ERROR_CODES.includes(envelope.error.code) &&
        HTTP_STATUS[envelope.error.code] === reply.status &&
        typeof envelope.error.message === 'string' &&
        envelope.error.message.length > 0);
  if (reply.status >= 500 || !typed || !envelope) {
    tally.crashes.push(`${label}: ${reply.status} ${reply.text.slice(0, 200)}`);
    return false;
  }
  if (envelope.ok) {
    tally.accepted++;
    return false;
  }
  tally.rejected++;
  tally.byCode[envelope.error.code] = (tally.byCode[envelope.error.code] ?? 0) + 1;
  return true;
}

/** Sends one case; a rejected call must not have moved the database's change counter. */
async function probe(
  tally: Tally,
  label: string,
  pathname: string,
  body: string | Uint8Array,
): Promise<void> {
  const before = dataVersion();
  const sent = typeof body === 'string' ? body.slice(0, 120) : `<${body.length} bytes>`;
  const rejected = judge(tally, `${label} ← ${sent}`, await rawPost(pathname, body));
  if (rejected && dataVersion() !== before) tally.crashes.push(`${label}: rejected but the database changed`);
}

async function stillServing(): Promise<void> {
  expect((await api.call('app.ping', {})).status).toBe(200);
}

// ---- the contract --------------------------------------------------------------------------

describe('fuzzing the contract over HTTP', () => {
  it('detects writes: an accepted write moves the change counter (so the no-change check can fail)', async () => {
    const before = dataVersion();
    await api.ok('settings.set', { organisation: '模糊测试机构' });
    expect(dataVersion()).not.toBe(before);
  });

  it.each(METHODS.map((m) => [m]))(
    '%s: random and malformed payloads → typed 4xx or success',
    async (method) => {
      const sample = samples[method] ?? {};
      await fc.assert(
        fc.asyncProperty(payloadFor(sample), async (payload) => {
          await probe(contractTally, method, `/api/${method}`, JSON.stringify(payload) ?? 'null');
        }),
        { numRuns: RUNS_PER_METHOD, seed: SEED, endOnFailure: true },
      );
      await stillServing();
      expect(contractTally.crashes).toEqual([]);
    },
  );

  it('raw bodies and method names no JSON encoder would produce', async () => {
    const rawBody = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }),
      fc.nat({ max: 400 }).map((n) => JSON.stringify(samples['enterprise.save']).slice(0, n)),
      fc.constantFrom(
        '{"value":{"kind":"level","level":1e999}}',
        '\uFEFF{}',
        '['.repeat(200_000),
        '{"a":'.repeat(50_000),
        'null',
        '""',
        '0',
        'true',
        '{"__proto__":{"polluted":true}}',
        '{"constructor":{"prototype":{"polluted":true}}}',
      ),
    );
    const methodName = fc.oneof(
      fc.constantFrom(...METHODS),
      fc.string({ maxLength: 30 }).map(encodeURIComponent),
      fc.constantFrom(
        '%E0%A4%A',
        '%',
        '..%2F..%2Fetc%2Fpasswd',
        '__proto__',
        'constructor',
        'toString',
        'app.ping%00',
      ),
    );
    await fc.assert(
      fc.asyncProperty(methodName, rawBody, async (name, body) => {
        await probe(contractTally, `raw ${name}`, `/api/${name}`, body);
      }),
      { numRuns: RAW_RUNS, seed: SEED, endOnFailure: true },
    );
    await stillServing();
    expect(contractTally.crashes).toEqual([]);
  });

  it('without the token nothing is even parsed', async () => {
    const before = dataVersion();
    // (a trailing space would not count: HTTP trims header values)
    for (const token of ['', 'x', shell.token.slice(1), `${shell.token}x`, shell.token.toUpperCase()]) {
      const reply = await rawPost('/api/settings.set', JSON.stringify({ consultantName: '入侵者' }), token);
      expect(reply.status).toBe(401);
    }
    expect(dataVersion()).toBe(before);
  });

  it('no prototype was polluted, no unhandled rejection, no internal error logged', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeysBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(unhandled).toEqual([]);
    expect(logged).toEqual([]);
    expect(contractTally.tried).toBeGreaterThan(METHODS.length * RUNS_PER_METHOD);
    expect(contractTally.rejected).toBeGreaterThan(contractTally.tried / 2);
  });
});

// ---- the bundle importer -------------------------------------------------------------------

const NASTY_NAMES = [
  '../evil.json',
  '../../../../tmp/evil',
  '/etc/passwd',
  'C:/Windows/System32/evil.dll',
  'evidence/../../x',
  'evidence\\..\\..\\x',
  'manifest.json\u0000.txt',
  './manifest.json',
  '__proto__',
  'constructor',
  `evidence/${'f'.repeat(64)}`,
  'evidence/',
  'Manifest.json',
];

function entriesOf(bundle: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bundle);
}

/** Zips entries under any names; "__proto__" goes in under a stand-in of equal length, patched after. */
function rezip(entries: [string, Uint8Array][]): Uint8Array {
  const STAND_IN = 'x_proto__';
  const files: Zippable = {};
  for (const [name, data] of entries) setOwn(files, name === '__proto__' ? STAND_IN : name, data);
  const zip = Buffer.from(zipSync(files, {}));
  if (!entries.some(([name]) => name === '__proto__')) return zip;
  for (let at = zip.indexOf(STAND_IN); at !== -1; at = zip.indexOf(STAND_IN, at + 1))
    zip.write('__proto__', at);
  return zip;
}

/** Offsets of every central-directory header (signature PK\1\2). */
function centralHeaders(zip: Uint8Array): number[] {
  const at: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) {
    if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x01 && zip[i + 3] === 0x02) at.push(i);
  }
  return at;
}

/** Rewrites the declared uncompressed size of every entry (central directory and local headers). */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = Buffer.from(zip);
  for (const at of centralHeaders(out)) {
    out.writeUInt32LE(size >>> 0, at + 24);
    out.writeUInt32LE(size >>> 0, out.readUInt32LE(at + 42) + 22);
  }
  return out;
}

const bundleMutations: [string, fc.Arbitrary<Uint8Array>][] = [
  [
    'byte flips',
    fc
      .array(fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }), {
        minLength: 1,
        maxLength: 8,
      })
      .map((flips) => {
        const out = Uint8Array.from(validBundle);
        for (const { at, xor } of flips) out[at % out.length]! ^= xor;
        return out;
      }),
  ],
  ['truncation', fc.nat().map((n) => validBundle.slice(0, n % validBundle.length))],
  [
    'renamed entries',
    fc
      .record({
        pick: fc.nat(),
        to: fc.oneof(fc.constantFrom(...NASTY_NAMES), fc.string({ minLength: 1, maxLength: 40 })),
      })
      .map(({ pick, to }) => {
        const entries = Object.entries(entriesOf(validBundle));
        const index = pick % entries.length;
        entries[index] = [to, entries[index]![1]];
        return rezip(entries);
      }),
  ],
  [
    'extra entries',
    fc
      .array(
        fc.tuple(
          fc.oneof(fc.constantFrom(...NASTY_NAMES), fc.string({ minLength: 1, maxLength: 20 })),
          fc.uint8Array({ maxLength: 64 }),
        ),
        {
          minLength: 1,
          maxLength: 3,
        },
      )
      .map((extra) => rezip([...Object.entries(entriesOf(validBundle)), ...extra])),
  ],
  [
    'mutated JSON entries',
    fc
      .record({
        entry: fc.constantFrom('manifest.json', 'enterprise.json', 'assessment.json'),
        ms: fc.array(mutation, { minLength: 1, maxLength: 3 }),
      })
      .map(({ entry, ms }) => {
        const entries = entriesOf(validBundle);
        const changed = mutated(JSON.parse(new TextDecoder().decode(entries[entry])), ms);
        entries[entry] = new TextEncoder().encode(JSON.stringify(changed) ?? 'null');
        return rezip(Object.entries(entries));
      }),
  ],
];

describe('fuzzing the bundle importer (bundle.import over HTTP)', () => {
  const importCase = async (label: string, bytes: Uint8Array): Promise<void> => {
    const before = databaseDigest(context.store.dbPath);
    const body = JSON.stringify({ fileName: 'fuzz.sfdx', base64: Buffer.from(bytes).toString('base64') });
    const reply = await rawPost('/api/bundle.import', body);
    const rejected = judge(bundleTally, label, reply);
    if (rejected && databaseDigest(context.store.dbPath) !== before) {
      bundleTally.crashes.push(`${label}: rejected but the database changed`);
    }
    if (reply.status === 200) {
      // which mutations slip through, and with what effect (e.g. a flipped zip timestamp: unchanged)
      const outcome = (JSON.parse(reply.text) as { value: { outcome: string } }).value.outcome;
      const key = `accepted as ${outcome}`;
      bundleTally.byCode[key] = (bundleTally.byCode[key] ?? 0) + 1;
    }
  };

  it('the unmutated bundle imports (as unchanged), so rejections below are the mutations’ doing', async () => {
    // exported afresh: the contract fuzz above has changed the assessment since
    const assessmentId = (samples['bundle.export'] as { assessmentId: string }).assessmentId;
    validBundle = Buffer.from(
      (await api.ok<{ base64: string }>('bundle.export', { assessmentId })).base64,
      'base64',
    );
    const reply = await api.ok<{ outcome: string }>('bundle.import', {
      fileName: 'fresh.sfdx',
      base64: Buffer.from(validBundle).toString('base64'),
    });
    expect(reply.outcome).toBe('unchanged');
  });

  it.each(bundleMutations)('%s: no crash, typed rejection, no database change', async (kind, arbitrary) => {
    await fc.assert(
      fc.asyncProperty(arbitrary, async (bytes) => importCase(kind, bytes)),
      { numRuns: BUNDLE_RUNS, seed: SEED, endOnFailure: true },
    );
    expect(bundleTally.crashes).toEqual([]);
  });

  it('zip bombs and lying headers are refused before they can exhaust memory', async () => {
    const entries = Object.entries(entriesOf(validBundle));
    const bombs: [string, Uint8Array][] = [
      ['declared 4 GB', declareSize(validBundle, 0xfffffff0)],
      ['declared 1 byte (inflates to more)', declareSize(validBundle, 1)],
      ['declared 0 bytes', declareSize(validBundle, 0)],
      [
        'honest bomb over the JSON limit',
        zipSync({ 'assessment.json': [new Uint8Array(DEFAULT_LIMITS.jsonBytes + 1), { level: 1 }] }),
      ],
      [
        'too many entries',
        rezip([
          ...entries,
          ...Array.from({ length: DEFAULT_LIMITS.entries }, (_, i): [string, Uint8Array] => [
            `evidence/${i.toString(16).padStart(64, '0')}`,
            new Uint8Array(0),
          ]),
        ]),
      ],
      ['a zip inside a zip', zipSync({ 'assessment.json': validBundle })],
      ['empty file', new Uint8Array(0)],
    ];
    for (const [label, bytes] of bombs) {
      const rss = process.memoryUsage().rss;
      await importCase(label, bytes);
      expect(process.memoryUsage().rss - rss, label).toBeLessThan(512 * 1024 * 1024);
    }
    expect(bundleTally.crashes).toEqual([]);
    expect(logged).toEqual([]);
    expect(unhandled).toEqual([]);
    await stillServing();
  });
});
