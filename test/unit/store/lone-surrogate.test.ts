import { describe, expect, it } from 'vitest';
import { openTestStore, seedAssessment } from './support';

describe('notes with a lone surrogate', () => {
  it('an identical autosave of a note with a lone surrogate adds no revision and no audit event', async () => {
    const store = await openTestStore();
    try {
      const { assessment } = seedAssessment(store);
      // half of an emoji pair: what a cut-off paste or an IME glitch leaves in a text field
      const note = `现场记录 \uD83D 结束`;
      const state = { value: { kind: 'level', level: 2 } as const, note, flagged: false };
      const first = store.answers.save(assessment.id, 'item.a', state);
      const again = store.answers.save(assessment.id, 'item.a', state);
      const third = store.answers.save(assessment.id, 'item.a', state);
      expect(again.revision).toBe(first.revision);
      expect(third.revision).toBe(first.revision);
      expect(store.answers.events(assessment.id, { offset: 0, limit: 50 }).total).toBe(1);
      expect(store.answers.list(assessment.id)[0]?.note).toBe('现场记录 \uFFFD 结束');
    } finally {
      store.close();
    }
  });
});
