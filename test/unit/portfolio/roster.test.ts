import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../electron/services/context';
import { chinaDay } from '../../../assessments/engine/china-day';
import { VALID_CODES } from '../store/support';
import { addAssessment, call, closeAll, readBook, testContext } from './support';

const ctxs: ServiceContext[] = [];
afterEach(() => closeAll(ctxs));

const HEADERS = [
  '企业名称',
  '统一社会信用代码',
  '地市',
  '区县',
  '行业代码（GB/T 4754）',
  '行业',
  '企业规模',
  '评估状态',
  '评估日期',
  '诊断顾问',
  '智能工厂梯度（估算）',
  '智能制造能力成熟度',
  '中小企业数字化水平',
  '符合条件的措施数',
  '现在即可申报合计（万元）',
  '金额未明确的措施数',
  '择优可争取（政策上限，万元）',
];

/** Three enterprises: one with a completed and a newer draft, one with two completed, one draft only. */
async function sampleOffice() {
  const c = await testContext();
  ctxs.push(c);
  const dongguan = addAssessment(c).assessment; // 东莞精密五金, 320 staff, 1.8 亿元: 中型
  c.store.assessments.complete(dongguan.id);
  addAssessment(c, {}, { consultant: '赵顾问' }); // newer draft: not in the roster
  const foshan = { name: '佛山注塑有限公司', creditCode: VALID_CODES[0], employees: 50, revenueWan: 1500 };
  const older = addAssessment(c, { ...foshan, region: { province: '广东省', city: '佛山市' } }).assessment;
  c.store.assessments.complete(older.id);
  await new Promise((r) => setTimeout(r, 5));
  const newer = addAssessment(c, foshan, { consultant: '王顾问' }).assessment;
  c.store.assessments.complete(newer.id);
  addAssessment(c, { name: '中山灯饰有限公司', creditCode: VALID_CODES[2] }); // draft only
  return { c, dongguan, newer };
}

describe('roster export (.xlsx)', () => {
  it('one row per enterprise from its latest completed assessment, Chinese headers, frozen header', async () => {
    const { c, dongguan, newer } = await sampleOffice();
    const out = await call(c, 'portfolio.roster', {});
    expect(out.fileName).toMatch(/^建档立卡名册-\d{8}\.xlsx$/);
    const book = await readBook(out.base64!);
    expect(book.worksheets.map((s) => s.name)).toEqual(['建档立卡名册', '可申请措施']);
    const sheet = book.getWorksheet('建档立卡名册')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.rowCount).toBe(3);

    const rows = [2, 3].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
    const byName = new Map(rows.map((r) => [r[0], r]));
    const dg = byName.get('东莞精密五金有限公司')!;
    const dgRecord = c.store.assessments.get(dongguan.id);
    expect(dg.slice(0, 13)).toEqual([
      '东莞精密五金有限公司',
      VALID_CODES[1],
      '东莞市',
      '松山湖',
      '33',
      '金属制品业',
      '中型',
      '已完成',
      chinaDay(dgRecord.completedAt!),
      '李顾问',
      '未达基础级',
      '未达一级',
      '未达一级',
    ]);
    const fs = byName.get('佛山注塑有限公司')!;
    expect(fs.slice(6, 10)).toEqual([
      '小型',
      '已完成',
      chinaDay(c.store.assessments.get(newer.id).completedAt!),
      '王顾问',
    ]);
    expect(fs[3]).toBeUndefined(); // no district entered

    // the subsidy columns are the policy evaluation of the same facts, through the contract
    const list = await call(c, 'portfolio.list', { latestCompleted: true, sort: 'enterpriseName' });
    for (const row of list.items) {
      const cells = byName.get(row.enterpriseName)!;
      expect(cells[13]).toBe(row.eligibleCount);
      expect(cells[14]).toBe(row.subsidyTodayWan);
    }
    const measures = book.getWorksheet('可申请措施')!;
    expect(measures.rowCount - 1).toBe(list.items.reduce((n, r) => n + r.eligibleCount, 0));
  });

  it('applies the page filters', async () => {
    const { c } = await sampleOffice();
    const book = await readBook((await call(c, 'portfolio.roster', { city: '佛山市' })).base64!);
    const sheet = book.getWorksheet('建档立卡名册')!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe('佛山注塑有限公司');
  });
});
