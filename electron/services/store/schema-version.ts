import Database from 'better-sqlite3';
import { userVersion, type Db } from './connection';
import type { Migration } from './migrations/types';

/** No release will ever be this many schema steps ahead: such a user_version is damage, not the future. */
const PLAUSIBLY_NEWER = 1_000;

/** What the schema holds: every table, index and trigger with its SQL, in a stable order. */
function schemaOf(db: Db): string {
  const rows = db
    .prepare<[], { type: string; name: string; sql: string | null }>(
      "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all();
  return JSON.stringify(rows.map((r) => [r.type, r.name, (r.sql ?? '').replace(/\s+/g, ' ')]));
}

/** The schema migrations 1..version produce, built in memory. */
function schemaAfter(migrations: readonly Migration[], version: number): string {
  const scratch = new Database(':memory:');
  try {
    for (const step of migrations.slice(0, version)) step.up(scratch);
    return schemaOf(scratch);
  } finally {
    scratch.close();
  }
}

/** A user_version beyond any plausible newer release (or negative) cannot have been written by an app. */
export function isAbsurdVersion(found: number, supported: number): boolean {
  return found < 0 || found > supported + PLAUSIBLY_NEWER;
}

export type VersionCheck =
  | { readonly state: 'ok' }
  | { readonly state: 'repaired'; readonly from: number; readonly to: number }
  | { readonly state: 'damaged'; readonly found: number };

/**
 * Checks that user_version tells the truth about the tables, so migrations never run over tables
 * that already exist. A wrong number (0 over a populated database, negative, absurd, or one whose
 * tables do not match) is repaired from the schema itself when it matches a known version exactly;
 * otherwise the file is reported damaged. Newer-but-plausible versions are left to the caller.
 */
export function checkSchemaVersion(db: Db, migrations: readonly Migration[]): VersionCheck {
  const found = userVersion(db);
  const supported = migrations.length;
  const actual = schemaOf(db);
  const empty = actual === '[]';
  if (found === 0 && empty) return { state: 'ok' };
  if (found > supported && !isAbsurdVersion(found, supported)) return { state: 'ok' };
  if (found > 0 && found <= supported && schemaAfter(migrations, found) === actual) return { state: 'ok' };
  // Data-only migrations leave the tables as they were, so several versions can match: the highest
  // is taken, because re-running a data migration could rewrite answers given since.
  for (let version = supported; version >= 1; version--) {
    if (schemaAfter(migrations, version) !== actual) continue;
    db.pragma(`user_version = ${version}`);
    return { state: 'repaired', from: found, to: version };
  }
  return { state: 'damaged', found };
}
