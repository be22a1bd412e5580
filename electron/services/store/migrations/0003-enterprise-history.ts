import type { Migration } from './types';

/**
 * Schema version 3: an enterprise profile replaced by a newer one from an imported bundle is
 * kept, whole, in enterprise_revisions (as assessment_revisions keeps a replaced assessment), so
 * a correction made on this computer is never silently lost. Append-only, like the audit trail.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'enterprise-history',
  up(db) {
    db.exec(`
      CREATE TABLE enterprise_revisions (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
        updated_at TEXT NOT NULL,
        superseded_at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('replaced-by-import')),
        profile TEXT NOT NULL CHECK (json_valid(profile))
      ) STRICT;
      CREATE INDEX enterprise_revisions_by_enterprise ON enterprise_revisions (enterprise_id, seq);
      CREATE TRIGGER enterprise_revisions_no_update BEFORE UPDATE ON enterprise_revisions
        BEGIN SELECT RAISE(ABORT, 'enterprise_revisions is append-only'); END;
      CREATE TRIGGER enterprise_revisions_no_delete BEFORE DELETE ON enterprise_revisions
        BEGIN SELECT RAISE(ABORT, 'enterprise_revisions is append-only'); END;
    `);
  },
};
