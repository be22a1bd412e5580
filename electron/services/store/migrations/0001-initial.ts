import type { Migration } from './types';

/**
 * Schema version 1. Tables are STRICT; JSON columns are checked with json_valid and parsed
 * through their zod schema on read. answer_events refuses UPDATE and DELETE: the audit trail
 * only grows.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;

      CREATE TABLE enterprises (
        id TEXT PRIMARY KEY,
        credit_code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        city TEXT NOT NULL,
        district TEXT,
        industry_code TEXT NOT NULL,
        size_class TEXT NOT NULL CHECK (size_class IN ('large', 'medium', 'small', 'micro')),
        profile TEXT NOT NULL CHECK (json_valid(profile)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX enterprises_by_name ON enterprises (name);
      CREATE INDEX enterprises_by_city ON enterprises (city, name);
      CREATE INDEX enterprises_by_updated ON enterprises (updated_at);

      CREATE TABLE assessments (
        id TEXT PRIMARY KEY,
        enterprise_id TEXT NOT NULL REFERENCES enterprises (id),
        model_id TEXT NOT NULL,
        model_version TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'completed')),
        consultant_name TEXT NOT NULL,
        consultant_org TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        completed_at TEXT,
        funding_inputs TEXT NOT NULL CHECK (json_valid(funding_inputs)),
        cursor TEXT NOT NULL CHECK (json_valid(cursor)),
        revision INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX assessments_by_enterprise ON assessments (enterprise_id, updated_at);
      CREATE INDEX assessments_by_updated ON assessments (updated_at);

      CREATE TABLE answers (
        assessment_id TEXT NOT NULL REFERENCES assessments (id),
        item_id TEXT NOT NULL,
        value TEXT CHECK (value IS NULL OR json_valid(value)),
        note TEXT NOT NULL DEFAULT '',
        flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL,
        PRIMARY KEY (assessment_id, item_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE answer_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        assessment_id TEXT NOT NULL REFERENCES assessments (id),
        item_id TEXT NOT NULL,
        old_state TEXT CHECK (old_state IS NULL OR json_valid(old_state)),
        new_state TEXT NOT NULL CHECK (json_valid(new_state)),
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        revision INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX answer_events_by_item ON answer_events (assessment_id, item_id, seq);
      CREATE TRIGGER answer_events_no_update BEFORE UPDATE ON answer_events
        BEGIN SELECT RAISE(ABORT, 'answer_events is append-only'); END;
      CREATE TRIGGER answer_events_no_delete BEFORE DELETE ON answer_events
        BEGIN SELECT RAISE(ABORT, 'answer_events is append-only'); END;

      CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        assessment_id TEXT NOT NULL REFERENCES assessments (id),
        item_id TEXT,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        added_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX evidence_by_assessment ON evidence (assessment_id, item_id);

      CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        assessment_id TEXT NOT NULL REFERENCES assessments (id),
        kind TEXT NOT NULL,
        file_name TEXT NOT NULL,
        saved_to TEXT,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size >= 0),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX reports_by_assessment ON reports (assessment_id, created_at);

      CREATE TABLE assessment_revisions (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        assessment_id TEXT NOT NULL REFERENCES assessments (id),
        revision INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        superseded_at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('replaced-by-import', 'older-import')),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        document TEXT NOT NULL CHECK (json_valid(document)),
        UNIQUE (assessment_id, sha256)
      ) STRICT;
    `);
  },
};
