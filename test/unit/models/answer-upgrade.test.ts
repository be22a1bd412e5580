import { describe, expect, it } from 'vitest';
import { importBundle } from '../../../electron/services/bundle';
import { closeContext, createContext } from '../../../electron/services/context';
import { diagnosisHandlers } from '../../../electron/services/diagnosis/handlers';
import { gatherReportInput } from '../../../electron/services/report/gather';
import { buildReportModel } from '../../../electron/services/report/model/build';
import type { Store } from '../../../electron/services/store';
import { exportOf } from '../bundle/support';
import { makeTestHost } from '../helpers/host';
import { openTestStore, profile } from '../store/support';

const BENCHMARK_QUESTION = '主要技术经济指标高于省内同行业平均';
const yes = { kind: 'boolean', value: true } as const;

/** An assessment answered under an older questionnaire version: the yes/no benchmark and one kept answer. */
async function oldAssessment(version = '2025.1', store?: Store) {
  const s = store ?? (await openTestStore());
  s.settings.set({ consultantName: '李顾问' });
  const enterprise = s.enterprises.save({ profile: profile() });
  const assessment = s.assessments.create({
    enterpriseId: enterprise.id,
    modelId: 'smart-factory-tiers',
    modelVersion: version,
    consultantName: '李顾问',
    consultantOrg: '广东智造咨询',
  });
  s.answers.save(assessment.id, 'sf.basic.benchmark', {
    value: yes,
    note: '企业自述高于平均',
    flagged: false,
    respondent: 'gm',
  });
  s.answers.save(assessment.id, 'sf.basic.finance', { value: yes, note: '', flagged: false });
  return { store: s, id: assessment.id };
}

const snapshot = (store: Store, id: string) => ({
  record: store.assessments.get(id),
  answers: store.answers.list(id),
  events: store.answers.allEvents(id),
});

describe('answers saved under smart-factory-tiers 2025.1 are brought to 2025.2 by the declared mapping', () => {
  it('a stored assessment is upgraded at start-up: the benchmark answer dropped with its reason, the rest kept, the original recoverable', async () => {
    const { store, id } = await oldAssessment();
    const before = snapshot(store, id);
    const ctx = await createContext(makeTestHost(), { store });
    expect(ctx.modelUpgrades).toEqual({ upgraded: [id], failed: [] });
    const after = snapshot(store, id);
    expect(after.record.modelVersion).toBe('2025.2');
    expect(after.record.revision).toBe(before.record.revision + 1);
    expect(after.answers.map((a) => a.itemId)).toEqual(['sf.basic.finance']);
    const [note] = after.record.modelUpgrades;
    expect(note).toMatchObject({ fromVersion: '2025.1', toVersion: '2025.2' });
    expect(note!.changes).toEqual([
      {
        itemId: 'sf.basic.benchmark',
        question: BENCHMARK_QUESTION,
        outcome: 'dropped',
        to: null,
        reason: expect.stringContaining('"是/否"换算不出这些数值，请按新题重新作答'),
      },
    ]);
    // recoverable twice: in the note, and in the audit trail (old state → cleared)
    expect(note!.original).toEqual([
      { itemId: 'sf.basic.benchmark', value: yes, note: '企业自述高于平均', updatedAt: expect.any(String) },
    ]);
    const dropped = after.events.at(-1)!;
    expect(dropped).toMatchObject({ itemId: 'sf.basic.benchmark', revision: after.record.revision });
    expect(dropped.old).toMatchObject({ value: yes, respondent: 'gm' });
    expect(dropped.new.value).toBeNull();
    expect(after.events.slice(0, before.events.length)).toEqual(before.events);
    // the result no longer warns about an unknown question: the upgrade accounted for it
    const d = await diagnosisHandlers['diagnosis.compute']({ assessmentId: id }, ctx);
    expect(d.warnings.filter((w) => w.code === 'unknown-item')).toEqual([]);
    // the report says what changed in the question's words, never by its id
    const report = buildReportModel(
      gatherReportInput({
        doc: store.documents.read(id),
        profile: profile(),
        models: ctx.models,
        policies: ctx.policies,
        app: { name: '智造自诊', version: 'test' },
      }),
    );
    const text = JSON.stringify(report.summary);
    expect(text).toContain('问卷版本已更新（2025.1 → 2025.2）');
    expect(text).toContain(`「${BENCHMARK_QUESTION}」的旧回答没有沿用：旧版只问`);
    expect(JSON.stringify(report)).not.toContain('sf.basic.benchmark');
    closeContext(ctx);
  });

  it('a second start-up finds nothing to upgrade', async () => {
    const { store, id } = await oldAssessment();
    const first = await createContext(makeTestHost(), { store });
    const revision = store.assessments.get(id).revision;
    const again = await createContext(makeTestHost(), { store });
    expect(again.modelUpgrades).toEqual({ upgraded: [], failed: [] });
    expect(store.assessments.get(id).revision).toBe(revision);
    closeContext(first);
  });

  it('a bundle exported under 2025.1 is upgraded on import, with the same note', async () => {
    const source = await oldAssessment();
    const bundle = exportOf(source.store, source.id);
    const target = await openTestStore();
    const ctx = await createContext(makeTestHost(), { store: target });
    const result = importBundle(target, bundle, ctx.bundleImport);
    expect(result.outcome).toBe('created');
    const record = target.assessments.get(source.id);
    expect(record.modelVersion).toBe('2025.2');
    expect(record.modelUpgrades[0]!.changes.map((c) => [c.question, c.outcome])).toEqual([
      [BENCHMARK_QUESTION, 'dropped'],
    ]);
    expect(target.answers.list(source.id).map((a) => a.itemId)).toEqual(['sf.basic.finance']);
    expect(result.revision).toBe(source.store.assessments.get(source.id).revision + 1);
    closeContext(ctx);
    source.store.close();
  });
});

describe('a version without a declared mapping: a clear error, nothing lost', () => {
  it('a stored assessment of an unknown older version is left exactly as it was, with the reason', async () => {
    const { store, id } = await oldAssessment('2024.7');
    const before = snapshot(store, id);
    const ctx = await createContext(makeTestHost(), { store });
    expect(ctx.modelUpgrades.upgraded).toEqual([]);
    expect(ctx.modelUpgrades.failed).toEqual([
      {
        assessmentId: id,
        message:
          '问卷「智能工厂梯度培育自评（2025 年版要素条件）」2025.2 版没有声明如何升级 2024.7 版的回答；评估保持原样，未作任何改动',
      },
    ]);
    expect(snapshot(store, id)).toEqual(before);
    closeContext(ctx);
  });

  it('a failure half-way through the upgrade rolls the whole assessment back', async () => {
    const { store, id } = await oldAssessment();
    const before = snapshot(store, id);
    const write = store.documents.write.bind(store.documents);
    (store.documents as { write: typeof write }).write = (doc) => {
      write(doc);
      throw new Error('磁盘已满');
    };
    const ctx = await createContext(makeTestHost(), { store });
    expect(ctx.modelUpgrades.failed).toEqual([{ assessmentId: id, message: '磁盘已满' }]);
    expect(snapshot(store, id)).toEqual(before);
    closeContext(ctx);
  });

  it('a bundle of an unknown version is refused with the reason, and nothing is imported', async () => {
    const source = await oldAssessment('2024.7');
    const target = await openTestStore();
    const ctx = await createContext(makeTestHost(), { store: target });
    expect(() => importBundle(target, exportOf(source.store, source.id), ctx.bundleImport)).toThrow(
      '2025.2 版没有声明如何升级 2024.7 版的回答',
    );
    expect(target.assessments.find(source.id)).toBeUndefined();
    expect(target.enterprises.findByCreditCode(profile().creditCode)).toBeUndefined();
    const newer = await oldAssessment('2026.1');
    expect(() => importBundle(target, exportOf(newer.store, newer.id), ctx.bundleImport)).toThrow(
      '比本程序中的 2025.2 版新，请先升级本程序',
    );
    closeContext(ctx);
    source.store.close();
    newer.store.close();
  });
});
