import { describe, expect, it } from 'vitest';
import { sampleInput } from './support';

/**
 * The sample bundle's results, written from the rules (not read off the engine):
 * - 基础级 benchmark: 产品一次合格率 98.6 % against the provincial average 96.2 % from the statistical
 *   yearbook — a known source and a higher value for a higher-is-better indicator, so the condition
 *   holds (pass: the rule is confirmed). Before the sample gave these figures (it answered the old
 *   yes/no question) the gate was unknown and the estimate 未达基础级.
 * - 先进级: the enterprise holds 基础级 (sf.status.tier-held = 1); the CMMM estimate is 二级, enough for
 *   先进级 (≥ 二级) but not for 卓越级 (≥ 三级), so 先进级 is the highest tier and, with estimated
 *   conditions among its gates, it reads 预估可达先进级 with 部分条件待核实.
 * - CMMM: every level-1 requirement fully met (1.00), level 2 mostly (0.82 ≥ 0.8), level 3 partly
 *   (0.50 < 0.8): S = 1 + 1 + 0.50 = 2.50, in the 二级 band 1.8–2.8.
 * - SME 2024: 61.43 points (≥ 60) and 16 scenes at level 3 of which 10 约束性 (≥ 8 / ≥ 5): 三级; 四级
 *   needs 80 points.
 */
describe('the sample bundle, as the rules decide it', () => {
  const d = sampleInput('zh-CN').diagnosis;
  const tiers = d.models.find((m) => m.kind === 'tiers')!;

  it('meets the 基础级 benchmark on its figures and estimates 先进级', () => {
    expect(tiers.gates.find((g) => g.gateId === 'basic.benchmark')!.status).toBe('pass');
    expect(d.summary.tier!.label.zh).toBe('先进级');
    expect(d.summary.tier!.statement.zh).toBe('预估可达先进级——以省级评审认定为准（部分条件待核实）');
  });

  it('estimates CMMM 二级 with S = 2.50 and SME digital 三级', () => {
    expect(d.summary.cmmmLevel).toBe(2);
    expect(d.summary.cmmmScore).toBeCloseTo(2.5, 2);
    expect(d.summary.smeDigitalLevel).toBe(3);
  });

  it('leaves no answer outside the questionnaire (no upgrade warning)', () => {
    expect(d.warnings.filter((w) => w.code === 'unknown-item')).toEqual([]);
  });
});
