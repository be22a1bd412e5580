import type { Migration } from './types';

/**
 * Schema version 2: profile facts that v1 stored as a default now read as unknown, so subsidy
 * evaluation asks for them instead of assuming the favourable answer.
 * - independentAccounting was a switch that started on: a stored true is the default, not an
 *   answer, and becomes absent (unknown); false was chosen by someone and becomes 'no'.
 * - district "其他区县" was the form's catch-all: it names no place (and the form now lists the
 *   towns and districts), so it becomes absent (unknown), in the JSON and in the district column.
 * Tables are unchanged; only enterprise profiles are rewritten. Assessment history is left as it was.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'unknown-profile-facts',
  up(db) {
    db.exec(`
      UPDATE enterprises SET profile = json_remove(profile, '$.independentAccounting')
        WHERE json_type(profile, '$.independentAccounting') = 'true';
      UPDATE enterprises SET profile = json_set(profile, '$.independentAccounting', 'no')
        WHERE json_type(profile, '$.independentAccounting') = 'false';
      UPDATE enterprises SET profile = json_remove(profile, '$.region.district'), district = NULL
        WHERE json_extract(profile, '$.region.district') = '其他区县' OR district = '其他区县';
    `);
  },
};
