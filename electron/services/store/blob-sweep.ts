import { openConnection, type Db } from './connection';

/** Every evidence hash a database names: live records and the versions kept in history. */
function namedIn(db: Db, into: Set<string>): void {
  for (const { sha256 } of db.prepare<[], { sha256: string }>('SELECT sha256 FROM evidence').all())
    into.add(sha256);
  const kept = db.prepare<[], { sha256: string | null }>(
    `SELECT json_extract(e.value, '$.sha256') AS sha256
       FROM assessment_revisions r, json_each(r.document, '$.evidence') e`,
  );
  for (const { sha256 } of kept.all()) if (sha256) into.add(sha256);
}

/**
 * The evidence files something may still need: the live database and every backup (restoring
 * one must find its files). Undefined when a backup cannot be read: then no blob counts as an
 * orphan, because we cannot tell.
 */
export function referencedBlobs(db: Db, backupFiles: readonly string[]): Set<string> | undefined {
  const referenced = new Set<string>();
  namedIn(db, referenced);
  for (const file of backupFiles) {
    let backup: Db | undefined;
    try {
      backup = openConnection(file, { readonly: true });
      namedIn(backup, referenced);
    } catch {
      return undefined;
    } finally {
      backup?.close();
    }
  }
  return referenced;
}
