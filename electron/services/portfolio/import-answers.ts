import type { Store } from '../store';
import type { RowAnswer } from './questionnaire-import';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes the rows whose answer or note differs from what is stored, in one transaction: either
 * all of them land or none does. Returns how many were written.
 */
export function writeRowAnswers(store: Store, assessmentId: string, rows: readonly RowAnswer[]): number {
  return store.transaction(() => {
    const current = new Map(store.answers.list(assessmentId).map((a) => [a.itemId, a]));
    let written = 0;
    for (const row of rows) {
      const held = current.get(row.itemId);
      if (held && same(held.value, row.value) && held.note === row.note) continue;
      store.answers.save(assessmentId, row.itemId, {
        value: row.value,
        note: row.note,
        flagged: held?.flagged ?? false,
      });
      written += 1;
    }
    return written;
  });
}
