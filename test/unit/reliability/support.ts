import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Envelope } from '../../../electron/api/errors';
import { profile } from '../store/support';

/** A questionnaire every test context knows (assessments/models), and level items of it. */
export const MODEL = { modelId: 'smart-factory-tiers', modelVersion: '2025.2' } as const;
export const LEVEL_ITEMS = Array.from({ length: 12 }, (_, i) => `sf.ts${String(i + 1).padStart(2, '0')}`);

export interface Reply {
  status: number;
  body: Envelope<unknown>;
}

/** A client for one web shell: POST /api/<method> with the token, JSON in, status + envelope out. */
export function apiClient(baseUrl: string, token: string) {
  const call = async (method: string, input: unknown, init: { raw?: string } = {}): Promise<Reply> => {
    const res = await fetch(`${baseUrl}api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-sfd-token': token },
      body: init.raw ?? JSON.stringify(input),
    });
    return { status: res.status, body: (await res.json()) as Envelope<unknown> };
  };
  const ok = async <T>(method: string, input: unknown): Promise<T> => {
    const reply = await call(method, input);
    if (!reply.body.ok) throw new Error(`${method} → ${reply.status} ${JSON.stringify(reply.body.error)}`);
    return reply.body.value as T;
  };
  return { call, ok };
}
export type ApiClient = ReturnType<typeof apiClient>;

/** Splits `http://127.0.0.1:1234/#token=abc` (the web shell's SFD_URL line) into base URL and token. */
export function parseAppUrl(appUrl: string): { baseUrl: string; token: string } {
  const [baseUrl = '', fragment = ''] = appUrl.split('#');
  return { baseUrl, token: new URLSearchParams(fragment).get('token') ?? '' };
}

/** An enterprise and a draft assessment created over the API; returns the assessment id. */
export async function seedOverApi(api: ApiClient, creditCode?: string): Promise<string> {
  const enterprise = await api.ok<{ id: string }>('enterprise.save', {
    profile: profile(creditCode ? { creditCode } : {}),
  });
  const assessment = await api.ok<{ id: string }>('assessment.create', {
    enterpriseId: enterprise.id,
    ...MODEL,
  });
  return assessment.id;
}

/**
 * A digest of every row of every table, read through its own read-only connection (what a
 * restarted app would see): equal digests mean nothing was written, not even half of something.
 */
export function databaseDigest(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((t) => t.name);
    const hash = createHash('sha256');
    for (const table of tables) {
      hash.update(`${table}\n`);
      for (const row of db.prepare(`SELECT * FROM "${table}"`).iterate()) hash.update(JSON.stringify(row));
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

export function integrityOf(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check', { simple: true }) as string) ?? '';
  } finally {
    db.close();
  }
}

export { seededRandom } from '../../helpers/bundle';
