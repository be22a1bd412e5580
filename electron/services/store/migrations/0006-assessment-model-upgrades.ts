import type { Migration } from './types';

/**
 * Schema version 6: each assessment keeps a note of every questionnaire upgrade its answers went
 * through (older pack version → newer, by the mapping the newer pack declares): what changed, in
 * the questions' own words, and the answers the upgrade changed or dropped exactly as they were.
 * Assessments saved before have had no upgrade: an empty list.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'assessment-model-upgrades',
  up(db) {
    db.exec(`
      ALTER TABLE assessments ADD COLUMN model_upgrades TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(model_upgrades));
    `);
  },
};
