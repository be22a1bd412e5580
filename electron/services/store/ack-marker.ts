import { closeSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { z } from 'zod';
import type { Db } from './connection';

/** Kept beside the database, never inside it: it must survive what damages the database's WAL. */
export const ACK_FILE = 'store.ack.json';

const MarkerSchema = z.object({
  /** assessment id → the last revision the store acknowledged for it */
  revisions: z.record(z.string(), z.number().int().min(0)),
});

export interface LostWrites {
  readonly assessmentId: string;
  readonly enterpriseName: string | null;
  /** the revision acknowledged before the app last stopped */
  readonly acknowledged: number;
  /** the revision the database holds now (0 when the assessment is gone) */
  readonly found: number;
}

/**
 * The last acknowledged revision of every assessment, written after each commit. At start-up a
 * database holding less than this lost acknowledged work (a damaged or missing WAL, a disk
 * that lied about fsync), and the consultant is told which assessments to check.
 */
export class AckMarker {
  private revisions = new Map<string, number>();
  private fd: number | undefined;
  /** bytes the file holds; unknown (assume large) until the first write of this session */
  private written = Number.MAX_SAFE_INTEGER;

  constructor(private readonly file: string) {}

  /** What the file says; empty when it is missing or unreadable (then nothing can be compared). */
  load(): ReadonlyMap<string, number> {
    try {
      const parsed = MarkerSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      this.revisions = new Map(parsed.success ? Object.entries(parsed.data.revisions) : []);
    } catch {
      this.revisions = new Map();
    }
    return this.revisions;
  }

  /** Assessments whose database revision is below what was acknowledged. */
  compare(db: Db): LostWrites[] {
    const row = db.prepare<[string], { revision: number; name: string | null }>(
      `SELECT a.revision, e.name FROM assessments a LEFT JOIN enterprises e ON e.id = a.enterprise_id
        WHERE a.id = ?`,
    );
    const lost: LostWrites[] = [];
    for (const [assessmentId, acknowledged] of this.load()) {
      const found = row.get(assessmentId);
      if ((found?.revision ?? 0) < acknowledged) {
        lost.push({
          assessmentId,
          enterpriseName: found?.name ?? null,
          acknowledged,
          found: found?.revision ?? 0,
        });
      }
    }
    return lost;
  }

  /** Starts over from what the database holds (after start-up checks, a restore or a recovery). */
  reset(db: Db): void {
    const rows = db
      .prepare<[], { id: string; revision: number }>('SELECT id, revision FROM assessments')
      .all();
    this.revisions = new Map(rows.map((r) => [r.id, r.revision]));
    this.write();
  }

  /** Records acknowledged revisions; a failure to write the marker never fails the save itself. */
  acknowledge(changes: readonly { assessmentId: string; revision: number }[]): void {
    if (changes.length === 0) return;
    for (const c of changes) {
      this.revisions.set(c.assessmentId, Math.max(this.revisions.get(c.assessmentId) ?? 0, c.revision));
    }
    this.write();
  }

  /**
   * Overwrites the file in place through one open descriptor: no rename or truncate-to-zero, which
   * some file systems turn into a flush on every save. A torn write leaves invalid JSON, which
   * load() treats as "nothing to compare": the marker can miss a loss, never invent one.
   */
  private write(): void {
    try {
      this.fd ??= this.openForWriting();
      const text = Buffer.from(JSON.stringify({ revisions: Object.fromEntries(this.revisions) }));
      writeSync(this.fd, text, 0, text.length, 0);
      // revisions only grow, so the text rarely shrinks: truncate only then (one syscall less per save)
      if (text.length < this.written) ftruncateSync(this.fd, text.length);
      this.written = text.length;
    } catch {
      // a full or read-only disk: the database reports that itself; the marker only adds a warning
    }
  }

  private openForWriting(): number {
    try {
      return openSync(this.file, 'r+');
    } catch {
      return openSync(this.file, 'w');
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** The consultant's message: which assessments to check, and how far they fell back. */
export function describeLostWrites(lost: readonly LostWrites[]): string {
  const items = lost
    .slice(0, 5)
    .map((l) =>
      l.found === 0
        ? `「${l.enterpriseName ?? l.assessmentId}」的评估（确认保存到第 ${l.acknowledged} 次修改）整份不见了`
        : `「${l.enterpriseName ?? l.assessmentId}」的评估确认保存到第 ${l.acknowledged} 次修改，现在只有第 ${l.found} 次`,
    );
  const more = lost.length > 5 ? `等 ${lost.length} 份评估` : '';
  return `上次关闭前已确认保存的内容有一部分不在数据库中（可能是断电或磁盘故障损坏了数据库的日志文件）：${items.join('；')}${more}。之后录入的答案、备注或佐证可能缺失，请逐项核对并补录。`;
}
