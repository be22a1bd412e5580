import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosisResultSchema } from '../../../assessments/engine/diagnosis/schema';
import { EnterpriseProfileSchema } from '../../../assessments/engine/enterprise';
import { dispatch } from '../../../electron/api/dispatch';
import { createContext, closeContext, type ServiceContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import type { ModelGetResult } from '../../../electron/api/methods/model';
import { questionnaireFrom } from '../../../renderer/src/api/models';
import { typicalAnswers, TYPICAL_PROFILE } from '../../fixtures/answers/typical';
import { makeTestHost } from '../helpers/host';
import { shipped } from '../engine/support';

const contexts: ServiceContext[] = [];
async function context(): Promise<ServiceContext> {
  const ctx = await createContext(makeTestHost(), { models: shipped() });
  contexts.push(ctx);
  return ctx;
}
afterAll(() => contexts.forEach(closeContext));

async function call<T>(ctx: ServiceContext, method: string, input: unknown): Promise<T> {
  const env = await dispatch(handlers, ctx, method, input);
  if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`);
  return env.value as T;
}

describe('model.* and diagnosis.compute through dispatch', () => {
  it('model.list lists the three packs; app.info reports them', async () => {
    const ctx = await context();
    const { models } = await call<{ models: Array<{ id: string; evaluates: unknown[] }> }>(
      ctx,
      'model.list',
      {},
    );
    expect(models.map((m) => m.id).sort()).toEqual([
      'cmmm-gbt39116',
      'smart-factory-tiers',
      'sme-digital-2024',
    ]);
    const info = await call<{ models: Array<{ id: string; version: string }> }>(ctx, 'app.info', {});
    expect(info.models).toContainEqual({ id: 'smart-factory-tiers', version: '2025.2' });
    expect(ctx.isKnownModel('sme-digital-2024', '2024.1')).toBe(true);
    expect(ctx.isKnownModel('sme-digital-2024', '1999.1')).toBe(false);
  });

  it('model.get returns the pack, its companions and the de-duplicated asking order', async () => {
    const ctx = await context();
    const r = await call<{
      pack: { id: string };
      companions: Array<{ id: string }>;
      order: string[];
      owners: Record<string, string>;
    }>(ctx, 'model.get', { id: 'smart-factory-tiers' });
    expect(r.pack.id).toBe('smart-factory-tiers');
    expect(r.companions.map((c) => c.id)).toEqual(['cmmm-gbt39116', 'sme-digital-2024']);
    expect(new Set(r.order).size).toBe(r.order.length);
    expect(r.owners['sme.talent']).toBe('sme-digital-2024');
    expect(r.order[0]).toMatch(/^sf\./);
  });

  it('model.get of a pack that borrows items (CMMM reads SME answers) compiles on the screen side too', async () => {
    const ctx = await context();
    const r = await call<ModelGetResult>(ctx, 'model.get', { id: 'cmmm-gbt39116' });
    expect(r.companions).toEqual([]);
    expect(r.sources.map((p) => p.id)).toEqual(['sme-digital-2024']);
    // before the lenders were sent, this threw 共享题项 sme.plan.execution 在模型 sme-digital-2024 中不存在
    const q = questionnaireFrom(r);
    expect(q.packs.map((p) => p.pack.id)).toEqual(['cmmm-gbt39116']);
    expect([...q.order]).toEqual(r.order);
  });

  it('unknown models and versions are specific errors in Chinese', async () => {
    const ctx = await context();
    const missing = await dispatch(handlers, ctx, 'model.get', { id: 'nope' });
    expect(missing.ok ? '' : `${missing.error.code} ${missing.error.message}`).toBe(
      'not_found 未找到评估模型 nope',
    );
    const version = await dispatch(handlers, ctx, 'diagnosis.compute', {
      modelId: 'sme-digital-2024',
      modelVersion: '2023.1',
      answers: {},
    });
    expect(version.ok ? '' : version.error.code).toBe('unsupported_version');
    expect(version.ok ? '' : version.error.message).toContain('2024.1');
  });

  it('diagnosis.compute scores what-if answers; the output passes the result schema', async () => {
    const ctx = await context();
    const q = shipped().questionnaire('smart-factory-tiers')!;
    const r = await call<unknown>(ctx, 'diagnosis.compute', {
      modelId: 'smart-factory-tiers',
      answers: typicalAnswers(q),
      profile: TYPICAL_PROFILE,
      preset: 'strategic',
    });
    const parsed = DiagnosisResultSchema.parse(r);
    expect(parsed.preset).toBe('strategic');
    expect(parsed.summary.cmmmLevel).toBe(parsed.models.find((m) => m.kind === 'cmmm')?.estimate?.rank);
    expect(parsed.summary.smeDigitalLevel).toBe(2);
    expect(parsed.models.map((m) => m.modelId)).toEqual([
      'smart-factory-tiers',
      'cmmm-gbt39116',
      'sme-digital-2024',
    ]);
  });

  it('diagnosis.compute for a saved assessment reads its answers and the enterprise profile', async () => {
    const ctx = await context();
    const enterprise = ctx.store.enterprises.save({
      profile: EnterpriseProfileSchema.parse({
        name: '佛山测试五金有限公司',
        creditCode: '91440300708461136T',
        region: { province: '广东省', city: '佛山市' },
        industryCode: '33',
        manufacturingType: 'process',
        employees: 120,
        revenueWan: 6000,
      }),
    });
    const a = ctx.store.assessments.create({
      enterpriseId: enterprise.id,
      modelId: 'sme-digital-2024',
      modelVersion: '2024.1',
      consultantName: '测试',
      consultantOrg: '测试机构',
    });
    ctx.store.answers.save(a.id, 'sme.systems.coverage', {
      value: { kind: 'choices', selected: ['all'] },
      note: '',
      flagged: false,
    });
    ctx.store.answers.save(a.id, 'sme.sec.data', { value: null, note: '待补材料', flagged: true });
    const r = DiagnosisResultSchema.parse(
      await call<unknown>(ctx, 'diagnosis.compute', { assessmentId: a.id }),
    );
    expect(r.questionnaire).toMatchObject({ modelId: 'sme-digital-2024', modelVersion: '2024.1' });
    expect(r.summary.smeDigitalScore).toBe(10);
    expect(r.progress.answered).toBe(1);
    const missing = await dispatch(handlers, ctx, 'diagnosis.compute', {
      assessmentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.ok ? '' : missing.error.code).toBe('not_found');
  });
});
