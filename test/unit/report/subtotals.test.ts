import { describe, expect, it } from 'vitest';
import { justifySpacing } from '../../../electron/services/report/text/justify';
import { buildReportModel } from '../../../electron/services/report/model/build';
import { sampleInput } from './support';

/**
 * The sample's subsidy classes (evaluated on 2025-11-21): 7 measures it can apply for now, one of
 * them the 东莞 compute voucher at 50 % of 36万 = 18万, the other six without a stated amount;
 * 3 competitive measures and 2 needing information, none of which states an amount; none after
 * prerequisites. A class whose documents state no amount must not read "0".
 */
describe('subsidy subtotals in the report', () => {
  const text = (language: 'zh-CN' | 'en') => JSON.stringify(buildReportModel(sampleInput(language)));

  it('names a class without a stated amount instead of summing it to 0', () => {
    const zh = text('zh-CN');
    expect(zh).toContain('按条件测算（现在即可申报）：最高 18万，7 项（其中 6 项金额未规定）');
    expect(zh).toContain('择优可争取（上限）：3 项，文件均未规定金额');
    expect(zh).toContain('完成前置条件后：无');
    expect(zh).toContain('待补充信息：2 项，文件均未规定金额');
    const en = text('en');
    expect(en).toContain(
      'On the conditions (can apply now): up to 180,000 yuan, 7 measures (6 without a stated amount)',
    );
    expect(en).toContain('Competitive (caps): 3 measures, none with an amount stated in its document');
    expect(en).toContain('After prerequisites: none');
    expect(en).not.toContain(': 0 yuan');
  });

  it('justifies Chinese lines only: English is set ragged, never letter-spaced', () => {
    expect(justifySpacing({ text: '一二三四五', naturalWidth: 52.5, width: 55, fontSize: 10.5 })).toBeCloseTo(
      0.625,
      3,
    );
    expect(
      justifySpacing({ text: 'After prerequisites: none', naturalWidth: 120, width: 122, fontSize: 10.5 }),
    ).toBe(0);
  });
});
