import type { Migration } from './types';

/**
 * Schema version 4: a durable cache of each assessment's portfolio digest (tier, levels, subsidy
 * figures), so the first portfolio listing after a restart reads 10 000 rows instead of running
 * the engine and the policy evaluation 10 000 times. `cache_key` names everything the digest was
 * computed from (assessment revision, profile, model and catalog versions, which policy windows
 * were open, the digest format); a row whose key no longer matches is recomputed and replaced.
 * Derived data only: dropping every row loses nothing.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'assessment-digests',
  up(db) {
    db.exec(`
      CREATE TABLE assessment_digests (
        assessment_id TEXT PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
        cache_key TEXT NOT NULL,
        digest TEXT NOT NULL CHECK (json_valid(digest))
      ) WITHOUT ROWID;
    `);
  },
};
