import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { integrityCheck, type Db } from './connection';

export interface Salvage {
  /** rows copied, all tables together */
  readonly rows: number;
  /** false when some table could not be read to its end: rows may be missing */
  readonly complete: boolean;
}

interface SchemaRow {
  type: string;
  name: string;
  sql: string;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Copies a table's rows in storage order until the end or the first unreadable page; returns the count. */
function copyRows(source: Db, target: Db, table: string): { rows: number; complete: boolean } {
  const read = source.prepare(`SELECT * FROM ${quoted(table)}`).raw();
  const width = read.columns().length;
  const write = target.prepare(`INSERT INTO ${quoted(table)} VALUES (${Array(width).fill('?').join(', ')})`);
  let rows = 0;
  target.exec('BEGIN');
  try {
    for (const row of read.iterate() as IterableIterator<unknown[]>) {
      write.run(row);
      rows++;
    }
    return { rows, complete: true };
  } catch {
    return { rows, complete: false };
  } finally {
    target.exec('COMMIT');
  }
}

/** AUTOINCREMENT counters, so ids handed out before the damage are never handed out again. */
function copySequences(source: Db, target: Db): void {
  try {
    const rows = source
      .prepare<[], { name: string; seq: number }>('SELECT name, seq FROM sqlite_sequence')
      .all();
    const write = target.prepare('UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?');
    const add = target.prepare('INSERT INTO sqlite_sequence (name, seq) SELECT ?, ? WHERE changes() = 0');
    for (const r of rows) {
      write.run(r.seq, r.name);
      add.run(r.name, r.seq);
    }
  } catch {
    // no AUTOINCREMENT table, or the counters are unreadable: new ids still follow the copied rows
  }
}

/**
 * Copies every readable row of a damaged database into a fresh file with the same schema, so
 * records written after the last backup survive damage to an index or to a few pages. Indexes
 * are rebuilt from the copied rows. Throws when even the schema cannot be read.
 */
export function salvageInto(damaged: string, target: string): Salvage {
  rmSync(target, { force: true });
  const source = new Database(damaged, { readonly: true, fileMustExist: true, timeout: 0 });
  const out = new Database(target);
  try {
    const schema = source
      .prepare<[], SchemaRow>(
        "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid",
      )
      .all();
    const tables = schema.filter((s) => s.type === 'table');
    for (const t of tables) out.exec(t.sql);
    let rows = 0;
    let complete = true;
    for (const t of tables) {
      const copied = copyRows(source, out, t.name);
      rows += copied.rows;
      complete &&= copied.complete;
    }
    copySequences(source, out);
    for (const s of schema.filter((x) => x.type !== 'table')) out.exec(s.sql);
    out.pragma(`user_version = ${source.pragma('user_version', { simple: true }) as number}`);
    const check = integrityCheck(out);
    if (check !== 'ok') throw new Error(`salvaged copy failed its check: ${check}`);
    return { rows, complete };
  } finally {
    out.close();
    source.close();
  }
}
