import type { Migration } from './types';

/**
 * Schema version 5: each answer records who gave it (one of the interview roles; NULL = not
 * recorded, as for every answer saved before) and whether the evidence was sighted on site
 * ('yes' / 'no' / 'unspecified'). Existing answers read as not recorded and unspecified.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'answer-respondent-sighted',
  up(db) {
    db.exec(`
      ALTER TABLE answers ADD COLUMN respondent TEXT;
      ALTER TABLE answers ADD COLUMN sighted TEXT NOT NULL DEFAULT 'unspecified'
        CHECK (sighted IN ('yes', 'no', 'unspecified'));
    `);
  },
};
