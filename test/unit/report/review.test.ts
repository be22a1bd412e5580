import { phrase } from '../../../assessments/engine/phrase';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../assessments/engine/answer';
import type { Gap } from '../../../assessments/engine/diagnosis/schema';
import { latinQuotes, unprintablePictographs } from '../../../assessments/presentation/printable';
import { humaneReason } from '../../../assessments/presentation/reasons';
import { gatherReportInput } from '../../../electron/services/report/gather';
import { buildReportModel } from '../../../electron/services/report/model/build';
import { buildContext } from '../../../electron/services/report/model/context';
import { gapValueText } from '../../../electron/services/report/model/gaps';
import type { ReportInput } from '../../../electron/services/report/model/input';
import { inProcessRenderer } from '../../../electron/services/report/renderer';
import { segments } from '../../../electron/services/report/text/linebreak';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  NOW,
  OUT_DIR,
  compactText,
  models,
  policies,
  sampleBundle,
  sampleInput,
  sampleInputWith,
  samplePdf,
} from './support';

/** The sample with some answers replaced (value and note), as a consultant would have entered them. */
function withAnswers(
  input: ReportInput,
  changes: Record<string, { value?: AnswerValue; note?: string }>,
): ReportInput {
  const answers = input.assessment.answers.map((a) => {
    const c = changes[a.itemId];
    return c
      ? { ...a, ...(c.value ? { value: c.value } : {}), ...(c.note !== undefined ? { note: c.note } : {}) }
      : a;
  });
  return { ...input, assessment: { ...input.assessment, answers } };
}

function gap(itemId: string, current: number, target = 1): Gap {
  return {
    id: `item:${itemId}`,
    kind: 'item',
    rank: 1,
    label: { zh: itemId, en: itemId },
    itemId,
    reason: phrase('dx.answer.parts', { parts: '' }),
    currentFraction: current,
    targetFraction: target,
    effort: 2,
    impact: { score: 0, proximity: 0, cost: 0, kpi: 0 },
  };
}

describe('report read by a reviewer', () => {
  it('prints no internal id (sf., cmmm., sme., ts00) and no search-algorithm wording anywhere', async () => {
    const zh = await samplePdf('zh-CN');
    const text = compactText(zh.file);
    expect(text).not.toMatch(/sf\.|cmmm\.|sme\.|ts\d\d/);
    for (const phrase of ['搜索范围', '惰性贪心', '贪心', '可由答题改变', '诊断引擎', '候选答案']) {
      expect(text, phrase).not.toContain(phrase);
    }
    expect(text).not.toMatch(/\d+次评估/);
  }, 60_000);

  it('shows an entered ratio in its unit and the target in the same unit (SME 2024 bands: full 6 points above 60%)', () => {
    // 东莞 electronics SME of the issue: 200 production machines, 120 digitised, 90 networked
    const input = withAnswers(sampleInput(), {
      'sme.equip.digitised': { value: { kind: 'figures', figures: { digitised: 120, total: 200 } } },
      'sme.equip.networked': { value: { kind: 'figures', figures: { networked: 90, total: 200 } } },
      'sme.funding': { value: { kind: 'figures', figures: { investment: 300, revenue: 15000 } } },
    });
    const ctx = buildContext(input);
    // 120/200 = 60% sits in the (40%, 60%] band (4.5 of 6 points); full points need more than 60%
    expect(gapValueText(ctx, gap('sme.equip.digitised', 0.75))).toBe(
      '60%（120/200 台） → 高于 60%（至少 121/200 台）',
    );
    expect(gapValueText(ctx, gap('sme.equip.networked', 0.75))).toBe(
      '45%（90/200 台） → 高于 60%（至少 121/200 台）',
    );
    // 300 / 15,000 万元 = 2%: the first band (≤ 10%, 0 points); full 7.5 points need more than 60%
    expect(gapValueText(ctx, gap('sme.funding', 0))).toBe(
      '2%（300/15000 万元） → 高于 60%（至少 9000/15000 万元）',
    );
  });

  it('labels a bare score as 得分 and reads level and satisfaction items as levels and degrees', () => {
    const ctx = buildContext(sampleInput());
    // sf.ts03 is answered 1 级 in the sample; its descriptors go up to 3 级, which closes the gap
    expect(gapValueText(ctx, gap('sf.ts03', 1 / 3))).toBe('1级 → 3级');
    // cmmm.equipment.l3 is answered 部分满足
    expect(gapValueText(ctx, gap('cmmm.equipment.l3', 0.5))).toBe('部分满足 → 全部满足');
    expect(gapValueText(ctx, gap('sme.data.collection', 0.63))).toMatch(/^得分 63% → 100%$/);
  });

  it('puts the entered figures with their units into the PDF gap table and the annex', async () => {
    const zh = await samplePdf('zh-CN');
    const text = compactText(zh.file);
    // sample: 数字化投入 3.1 of 100 万元 (gap table) and 58 of 72 machines digitised (annex)
    expect(text).toContain('3.1%（3.1/100万元）');
    expect(text).toContain('80.6%（58/72台）');
    expect(text).toContain('附录C申报表填报数据');
  }, 60_000);

  it('numbers a report by its assessment revision: same revision same number, a change a new one', () => {
    const { enterprise, doc } = sampleBundle();
    const options = { profile: enterprise.profile, models, policies, app: { name: 'x', version: 't' } };
    const first = gatherReportInput({ ...options, doc, now: NOW }).reportId;
    const later = gatherReportInput({ ...options, doc, now: new Date('2026-03-01T08:00:00Z') }).reportId;
    const changed = gatherReportInput({ ...options, doc: { ...doc, revision: doc.revision + 1 }, now: NOW });
    expect(later).toBe(first);
    expect(first).toMatch(new RegExp(`^SFD-[0-9A-F]{8}-R${String(doc.revision).padStart(3, '0')}$`));
    expect(changed.reportId).not.toBe(first);
    expect(changed.reportId.slice(0, 12)).toBe(first.slice(0, 12));
  });

  it('prints a readable stand-in for an emoji in a note, never the emoji or an empty box', async () => {
    const input = withAnswers(sampleInput(), { 'sf.ts24': { note: 'AOI 已联网👍 复判试点✅' } });
    const report = await inProcessRenderer().render(buildReportModel(input));
    const file = path.join(OUT_DIR, 'emoji-note.pdf');
    writeFileSync(file, report.bytes);
    const text = compactText(file);
    expect(text).toContain('AOI已联网[赞]复判试点✓');
    expect(text).not.toContain('👍');
    expect(unprintablePictographs('AOI 已联网👍 复判试点✅ ⚠')).toEqual(['👍', '✅']);
  }, 60_000);

  it('prints quotes beside Latin text as ASCII (the CJK font draws ’ one em wide), beside Chinese as typed', () => {
    expect(latinQuotes('the standard’s weights')).toBe("the standard's weights");
    expect(latinQuotes('the “Digital-twin factory” scenario')).toBe('the "Digital-twin factory" scenario');
    expect(latinQuotes('‘MES’ rollout')).toBe("'MES' rollout");
    expect(latinQuotes('见“智能工厂”一节')).toBe('见“智能工厂”一节');
  });

  it('spells out an existing rating above the estimate, with the conditions that keep it lower', () => {
    // the enterprise says it holds 卓越级 (level 3 of 已取得的智能工厂梯度); the sample estimates 先进级
    const input = sampleInputWith({ 'sf.status.tier-held': { kind: 'level', level: 3 } });
    const model = buildReportModel(input);
    const texts = model.summary.blocks.flatMap((b) =>
      b.kind === 'paragraph' || b.kind === 'subheading' ? [b.text] : [],
    );
    expect(texts).toContain('已有评定与本次估算不一致');
    const statement = texts.find((t) => t.includes('企业已取得'));
    expect(statement).toContain('卓越级');
    expect(statement).toContain('本次估算为先进级，低 1 级');
    expect(texts.find((t) => t.startsWith('本次估算偏低的原因'))).toContain('能力成熟度达到三级及以上');
    // the sample as entered (基础级 held, 先进级 estimated: its first-pass yield 98.6 % is above the
    // yearbook's provincial average 96.2 %, so the 基础级 benchmark holds) has nothing to spell out
    expect(
      buildReportModel(sampleInputWith({})).summary.blocks.some(
        (b) => b.kind === 'subheading' && b.text === '已有评定与本次估算不一致',
      ),
    ).toBe(false);
  });

  it('keeps numbers with their units and credit codes in one piece when lines break', () => {
    expect(segments('大小 260.6 KB，共 3 个')).toContain('260.6 KB，');
    expect(segments('投入 300 万元')).toContain('300 万元');
    expect(segments('共（120/200 台）')).toContain('（120/200 台）');
    expect(segments('电话 0769-2289 0000')).toContain('0769-2289 0000');
    expect(segments('代码 91441900MA4WK7L21A 有效')).toContain('91441900MA4WK7L21A ');
  });

  it('names typical scenarios and dimensions in recommendation reasons, without ranking weights', () => {
    expect(humaneReason('新覆盖典型场景 ts17、ts18')).toBe(
      '新覆盖典型场景 第17项「碳资产全生命周期管理」、第18项「污染在线管控」',
    );
    expect(humaneReason('对应诊断差距项，权重合计 3.5')).toBe('对应诊断差距项');
    expect(humaneReason('补齐下一等级要求的环节：factory、rnd')).toBe(
      '补齐下一等级要求的环节：工厂建设、研发设计',
    );
  });
});

describe('levels a reviewer can recompute', () => {
  it('prints the per-level scores and S of the CMMM level, and the SME scene conditions, on the summary page', async () => {
    const text = compactText((await samplePdf('zh-CN')).file, 3);
    // the sample's CMMM level scores are 1.00 / 0.82 / 0.50 / 0.00: levels 1 and 2 reach 0.8, so
    // S = 1 + 1 + 0.50 = 2.50, in the 二级 band 1.8–2.8 (GB/T 39117 rule as published)
    expect(text).toContain('S=1+1+0.50=2.50→二级（规范级）（区间1.8–2.8）');
    expect(text).toContain('权重按等权估算');
    // SME 2024: 三级 needs ≥ 60 points and ≥ 8 scenes at level 3, of which ≥ 5 约束性
    expect(text).toContain('三级：得分≥60；达到三级的场景16个（需8个），其中约束性场景10个（需5个）——满足');
  });

  it('in English, each part of the computation is its own sentence (no capital after a semicolon)', () => {
    const model = buildReportModel(sampleInput('en'));
    const basis = JSON.stringify(model.summary);
    expect(basis).toContain('Level scores: L1 1.00, L2 0.82, L3 0.50, L4 0.00. Each achieved level (score');
    expect(basis).toContain('(band 1.8–2.8). Weights estimated as equal');
    expect(basis).not.toMatch(/; [A-Z][a-z]/);
  });
});
