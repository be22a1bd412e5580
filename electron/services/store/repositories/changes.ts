import { AppError } from '@contract/errors';
import type { RepoDeps } from '../deps';

export interface Change {
  readonly assessmentId: string;
  /** the assessment revision this change creates */
  readonly revision: number;
  readonly at: string;
}

export interface ChangeTracker {
  /** Call inside a transaction: checks the assessment may change and reserves the next revision. */
  begin(assessmentId: string, options?: { allowCompleted?: boolean }): Change;
  /** Records the change on the assessment row (revision, updated_at), in the same transaction. */
  commit(change: Change): void;
}

/** Every write to an assessment's content goes through here, so its revision counts every change. */
export function changeTracker(
  { db, stamp }: RepoDeps,
  /** receives every committed change; the store acknowledges them once the transaction is durable */
  committed: Change[] = [],
): ChangeTracker {
  const select = db.prepare<[string], { status: string; revision: number }>(
    'SELECT status, revision FROM assessments WHERE id = ?',
  );
  const bump = db.prepare<[number, string, string]>(
    'UPDATE assessments SET revision = ?, updated_at = ? WHERE id = ?',
  );
  return {
    begin(assessmentId, options = {}) {
      const row = select.get(assessmentId);
      if (!row) throw new AppError('not_found', `找不到评估（${assessmentId}）`, { assessmentId });
      if (row.status === 'completed' && !options.allowCompleted) {
        throw new AppError('conflict', '该评估已完成，不能再修改；如需修改，请先重新打开评估', {
          assessmentId,
        });
      }
      return { assessmentId, revision: row.revision + 1, at: stamp() };
    },
    commit(change) {
      bump.run(change.revision, change.at, change.assessmentId);
      committed.push(change);
    },
  };
}
