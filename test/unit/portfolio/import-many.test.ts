import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../electron/services/context';
import { dumpDatabase } from '../bundle/support';
import { VALID_CODES } from '../store/support';
import { addAssessment, call, closeAll, testContext } from './support';

const ctxs: ServiceContext[] = [];
afterEach(() => closeAll(ctxs));
async function ctx() {
  const c = await testContext();
  ctxs.push(c);
  return c;
}

async function bundleOf(c: ServiceContext, assessmentId: string) {
  const out = await call(c, 'bundle.export', { assessmentId });
  return { fileName: out.fileName, base64: out.base64! };
}

describe('many bundles at once', () => {
  it('imports each file on its own and reports added, updated, unchanged and refused with the reason', async () => {
    const office = await ctx();
    const first = addAssessment(office).assessment;
    const second = addAssessment(office, { name: '佛山注塑有限公司', creditCode: VALID_CODES[0] }).assessment;
    const a = await bundleOf(office, first.id);
    const b = await bundleOf(office, second.id);

    const laptop = await ctx();
    await call(laptop, 'bundle.import', a); // already here before the batch
    office.store.answers.save(first.id, 'sf.status.tier-held', {
      value: { kind: 'level', level: 1 },
      note: '',
      flagged: false,
    });
    const aNewer = await bundleOf(office, first.id);
    const garbage = { fileName: '坏文件.sfdx', base64: Buffer.from('not a bundle').toString('base64') };

    const result = await call(laptop, 'bundle.importMany', { files: [aNewer, b, garbage, b] });
    expect(result.files.map((f) => [f.outcome, f.enterpriseName])).toEqual([
      ['updated', '东莞精密五金有限公司'],
      ['created', '佛山注塑有限公司'],
      ['refused', null],
      ['unchanged', '佛山注塑有限公司'],
    ]);
    expect(result.files[2]!.reason).toMatch(/无法导入评估包：.*不是智造自诊评估包/);
    expect(laptop.store.assessments.list({ offset: 0, limit: 10 }).total).toBe(2);
  });

  it('a refused file leaves the database as it was', async () => {
    const c = await ctx();
    addAssessment(c);
    const before = dumpDatabase(c.store);
    const result = await call(c, 'bundle.importMany', {
      files: [{ fileName: 'x.sfdx', base64: Buffer.from('PK\u0003\u0004 broken').toString('base64') }],
    });
    expect(result.files[0]!.outcome).toBe('refused');
    expect(dumpDatabase(c.store)).toBe(before);
  });
});

describe('portfolio list', () => {
  it('filters by region, status and date, searches, sorts, and sees new answers at once', async () => {
    const c = await ctx();
    const dg = addAssessment(c).assessment;
    c.store.assessments.complete(dg.id);
    const fs = addAssessment(c, {
      name: '佛山注塑有限公司',
      creditCode: VALID_CODES[0],
      region: { province: '广东省', city: '佛山市' },
    }).assessment;

    const all = await call(c, 'portfolio.list', { sort: 'enterpriseName', direction: 'asc' });
    expect(all.total).toBe(2);
    expect(all.facets.cities).toEqual([
      { value: '东莞市', count: 1 },
      { value: '佛山市', count: 1 },
    ]);
    expect((await call(c, 'portfolio.list', { city: '佛山市' })).items.map((r) => r.assessmentId)).toEqual([
      fs.id,
    ]);
    expect(
      (await call(c, 'portfolio.list', { status: 'completed' })).items.map((r) => r.assessmentId),
    ).toEqual([dg.id]);
    expect((await call(c, 'portfolio.list', { query: VALID_CODES[0].slice(4, 12) })).total).toBe(1);
    expect((await call(c, 'portfolio.list', { query: '李顾问' })).total).toBe(2);
    expect((await call(c, 'portfolio.list', { to: '2000-01-01' })).total).toBe(0);

    const before = (await call(c, 'portfolio.list', { city: '佛山市' })).items[0]!.answeredCount;
    c.store.answers.save(fs.id, 'sf.status.tier-held', {
      value: { kind: 'level', level: 1 },
      note: '',
      flagged: false,
    });
    const after = (await call(c, 'portfolio.list', { city: '佛山市' })).items[0]!.answeredCount;
    expect([before, after]).toEqual([0, 1]);
  });
});
