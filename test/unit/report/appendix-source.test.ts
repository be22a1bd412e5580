import { describe, expect, it } from 'vitest';
import { gatherReportInput } from '../../../electron/services/report/gather';
import { buildReportModel } from '../../../electron/services/report/model/build';
import { models, NOW, policies, sampleBundle } from './support';

/** The appendix A row of an item, by its label. */
function appendixRow(language: 'zh-CN' | 'en', edit: (doc: ReturnType<typeof sampleBundle>['doc']) => void) {
  const { enterprise, doc } = sampleBundle();
  edit(doc);
  const input = gatherReportInput({
    profile: enterprise.profile,
    doc,
    models,
    policies,
    language,
    app: { name: '智造自诊', version: 'test' },
    now: NOW,
    reportId: 'SFD-20251121-TESTSRC',
  });
  const appendix = buildReportModel(input).sections.find((s) => s.id === 'appendix')!;
  const block = appendix.subsections[0]!.blocks[0]!;
  if (block.kind !== 'table') throw new Error('appendix A is not a table');
  return { table: block.table, input };
}

describe('appendix A: who answered and whether the evidence was seen on site', () => {
  it('shows the respondent and the sighting beside each answer; nothing when neither was recorded (profile facts)', () => {
    const { table, input } = appendixRow('zh-CN', (doc) => {
      const a = doc.answers.find((x) => x.itemId === 'sf.ts24')!;
      a.respondent = 'production';
      a.sighted = 'yes';
      const b = doc.answers.find((x) => x.itemId === 'sme.talent')!;
      b.respondent = null;
      b.sighted = 'no';
    });
    expect(table.columns.map((c) => c.title)).toEqual([
      '编号',
      '评估项',
      '回答',
      '作答人 / 现场查看',
      '备注',
    ]);
    const label = (id: string) => input.questionnaire.items.get(id)!.label.zh;
    const row = (id: string) => table.rows.find((r) => r[1] === label(id))!;
    expect(row('sf.ts24')[3]).toBe('生产 / 已查看');
    expect(row('sme.talent')[3]).toBe('未记录 / 未查看');
    // the sample names each item's interviewee from roles.yaml: sf.ts01 sits under sf-factory, whose
    // role is it (信息化); nothing was recorded about seeing its evidence (未说明)
    expect(row('sf.ts01')[3]).toBe('信息化 / 未说明');
    // sf.ts16 (能耗) is answered by ehs (安环, an item override) and its meter list was seen on site
    expect(row('sf.ts16')[3]).toBe('安环 / 已查看');
    // 规上 comes from the enterprise profile, not from a person: neither is recorded
    expect(row('sf.basic.above-scale')[3]).toBe('');
  });

  it('in English too', () => {
    const { table, input } = appendixRow('en', (doc) => {
      const a = doc.answers.find((x) => x.itemId === 'sf.ts24')!;
      a.respondent = 'equipment';
      a.sighted = 'unspecified';
    });
    const label = input.questionnaire.items.get('sf.ts24')!.label.en;
    expect(table.rows.find((r) => r[1] === label)![3]).toBe('Equipment / not stated');
  });
});
