import type { Db } from '../connection';

/** One stored digest: what it was computed from (`key`) and the digest itself as JSON text. */
export interface StoredDigest {
  readonly key: string;
  readonly json: string;
}

/**
 * The durable cache of assessment digests (migration 0003). The store keeps them as opaque JSON;
 * the portfolio, which computes them, validates what it reads back. Writes are skipped in a
 * read-only data folder: the digests are then computed in memory, as before.
 */
export interface DigestRepository {
  all(): Map<string, StoredDigest>;
  put(entries: ReadonlyMap<string, StoredDigest>): void;
}

export function digestRepository(db: Db, writable: boolean): DigestRepository {
  const select = db.prepare<[], { assessment_id: string; cache_key: string; digest: string }>(
    'SELECT assessment_id, cache_key, digest FROM assessment_digests',
  );
  const upsert = db.prepare<[string, string, string]>(
    `INSERT INTO assessment_digests (assessment_id, cache_key, digest) VALUES (?, ?, ?)
       ON CONFLICT (assessment_id) DO UPDATE SET cache_key = excluded.cache_key, digest = excluded.digest`,
  );
  const putAll = db.transaction((entries: ReadonlyMap<string, StoredDigest>) => {
    for (const [id, { key, json }] of entries) upsert.run(id, key, json);
  });
  return {
    all: () => new Map(select.all().map((r) => [r.assessment_id, { key: r.cache_key, json: r.digest }])),
    put(entries) {
      if (writable && entries.size > 0) putAll(entries);
    },
  };
}
