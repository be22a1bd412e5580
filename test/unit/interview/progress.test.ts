import { afterAll, describe, expect, it } from 'vitest';
import type { AnswerMap, AnswerValue } from '../../../assessments/engine/answer';
import { interviewPlan, progressOf } from '../../../assessments/engine/interview-progress';
import { dispatch } from '../../../electron/api/dispatch';
import type {
  AnswerRecord,
  AssessmentRecord,
  AssessmentSummary,
  EnterpriseRecord,
} from '../../../electron/api/records';
import { closeContext, createContext, type ServiceContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { askedSequence, buildOutline } from '../../../renderer/src/walkthrough/outline';
import { shipped } from '../engine/support';
import { makeTestHost } from '../helpers/host';
import { profile } from '../store/support';

const none: AnswerValue = { kind: 'satisfaction', value: 'none' };

describe('progress: the walkthrough and the assessment lists count the same questions', () => {
  const contexts: ServiceContext[] = [];
  afterAll(() => contexts.forEach(closeContext));

  async function setup() {
    const ctx = await createContext(makeTestHost(), { models: shipped() });
    contexts.push(ctx);
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const env = await dispatch(handlers, ctx, method, input);
      if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`);
      return env.value as T;
    };
    const p = profile({ qualifications: ['above-scale', 'high-tech'] });
    const enterprise = await call<EnterpriseRecord>('enterprise.save', { profile: p });
    const assessment = await call<AssessmentRecord>('assessment.create', {
      enterpriseId: enterprise.id,
      modelId: 'smart-factory-tiers',
      modelVersion: '2025.2',
    });
    const listed = async () =>
      (await call<{ items: AssessmentSummary[] }>('assessment.list', { enterpriseId: enterprise.id }))
        .items[0]!;
    /** what the walkthrough shows: its question sequence and how many of them are answered */
    const walkthrough = async () => {
      const got = await call<{ answers: AnswerRecord[]; assessment: AssessmentRecord }>('assessment.get', {
        id: assessment.id,
      });
      const { answers } = got;
      const opened = new Set(got.assessment.cursor.opened ?? []);
      const map: Record<string, AnswerValue> = {};
      for (const a of answers) if (a.value) map[a.itemId] = a.value;
      const q = shipped().questionnaire('smart-factory-tiers')!;
      const sequence = askedSequence(buildOutline(q), interviewPlan(q, map as AnswerMap, p), opened);
      return { answered: sequence.filter((id) => map[id] !== undefined).length, asked: sequence.length };
    };
    return { call, assessment, listed, walkthrough };
  }

  it('counts the answer the enterprise profile holds (来自企业档案) in both places', async () => {
    const { listed, walkthrough } = await setup();
    // 规上 ticked in the profile answers 规模以上工业企业; nothing else is answered yet
    const w = await walkthrough();
    expect(w.answered).toBe(1);
    const row = await listed();
    expect({ answered: row.answeredCount, asked: row.askedCount }).toEqual(w);
  });

  it('questions that can no longer change a result leave both totals together', async () => {
    const { call, assessment, listed, walkthrough } = await setup();
    const before = await walkthrough();
    const q = shipped().questionnaire('smart-factory-tiers')!;
    const cmmm = q.packs.find((p) => p.pack.id === 'cmmm-gbt39116')!;
    const level1 = cmmm.entries.filter((e) => e.level === 1).map((e) => e.itemId);
    for (const itemId of level1)
      await call('assessment.answer', { assessmentId: assessment.id, itemId, value: none });
    const after = await walkthrough();
    // 一级 out of reach: the 二级–四级 requirements only CMMM asks (20 + 20 + 20 for a discrete factory) drop out
    expect(after.asked).toBe(before.asked - 60);
    expect(after.answered).toBe(1 + level1.length);
    const row = await listed();
    expect({ answered: row.answeredCount, asked: row.askedCount }).toEqual(after);
  });

  it('a passed-over question the consultant opens counts in 第 n / N 题, 总进度 and the lists alike, after a reload too', async () => {
    const { call, assessment, listed, walkthrough } = await setup();
    const q = shipped().questionnaire('smart-factory-tiers')!;
    const cmmm = q.packs.find((p) => p.pack.id === 'cmmm-gbt39116')!;
    for (const e of cmmm.entries.filter((x) => x.level === 1))
      await call('assessment.answer', { assessmentId: assessment.id, itemId: e.itemId, value: none });
    const passedOver = await walkthrough();
    // a 二级 requirement only CMMM asks: passed over, then opened and answered
    const opened = cmmm.entries.find((e) => e.level === 2 && e.packId === 'cmmm-gbt39116')!.itemId;
    expect(opened).toBe('cmmm.strategy.l2');
    await call('assessment.setCursor', {
      assessmentId: assessment.id,
      cursor: { itemId: opened, view: 'single', opened: [opened] },
    });
    const asked = await walkthrough();
    expect(asked.asked).toBe(passedOver.asked + 1);
    await call('assessment.answer', { assessmentId: assessment.id, itemId: opened, value: none });
    const answered = await walkthrough();
    expect(answered).toEqual({ answered: passedOver.answered + 1, asked: passedOver.asked + 1 });
    // the progress function the walkthrough's 总进度 uses gives the sequence's own length (N of 第 n / N 题)
    const map: Record<string, AnswerValue> = { 'sf.basic.above-scale': { kind: 'boolean', value: true } };
    for (const e of cmmm.entries.filter((x) => x.level === 1)) map[e.itemId] = none;
    map[opened] = none;
    const plan = interviewPlan(
      q,
      map as AnswerMap,
      profile({ qualifications: ['above-scale', 'high-tech'] }),
    );
    expect(progressOf(plan, map as AnswerMap, new Set([opened]))).toEqual(answered);
    const row = await listed();
    expect({ answered: row.answeredCount, asked: row.askedCount }).toEqual(answered);
  });

  it('keeps counting what the walkthrough counts after an answer and a profile change (the list remembers counts)', async () => {
    const { call, assessment, listed, walkthrough } = await setup();
    const first = await listed();
    expect({ answered: first.answeredCount, asked: first.askedCount }).toEqual(await walkthrough());
    // listed again with nothing changed: the same count
    const again = await listed();
    expect({ answered: again.answeredCount, asked: again.askedCount }).toEqual(await walkthrough());
    const q = shipped().questionnaire('smart-factory-tiers')!;
    const cmmm = q.packs.find((p) => p.pack.id === 'cmmm-gbt39116')!;
    const level1 = cmmm.entries.filter((e) => e.level === 1).map((e) => e.itemId);
    await call('assessment.answer', { assessmentId: assessment.id, itemId: level1[0], value: none });
    const answered = await listed();
    expect(answered.answeredCount).toBe(first.answeredCount + 1);
    expect({ answered: answered.answeredCount, asked: answered.askedCount }).toEqual(await walkthrough());
    // the profile decides which questions apply: a process-industry factory is asked other ones
    const before = await walkthrough();
    const p = profile({ qualifications: ['above-scale', 'high-tech'], manufacturingType: 'process' });
    await call('enterprise.save', { id: answered.enterpriseId, profile: p });
    const changed = await listed();
    const { answers } = await call<{ answers: AnswerRecord[] }>('assessment.get', { id: assessment.id });
    const map: Record<string, AnswerValue> = {};
    for (const a of answers) if (a.value) map[a.itemId] = a.value;
    const sequence = askedSequence(buildOutline(q), interviewPlan(q, map as AnswerMap, p));
    const now = { answered: sequence.filter((id) => map[id] !== undefined).length, asked: sequence.length };
    expect(now.asked).not.toBe(before.asked);
    expect({ answered: changed.answeredCount, asked: changed.askedCount }).toEqual(now);
  });
});
