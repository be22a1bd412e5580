import { describe, expect, it } from 'vitest';
import en from '../../../assessments/i18n/report/en.json';
import zhCN from '../../../assessments/i18n/report/zh-CN.json';
import zhTW from '../../../assessments/i18n/report/zh-TW.json';
import { buildRadarOption, radarAxes } from '../../../assessments/charts/radar';
import { DIMENSIONS } from '../../../assessments/engine/dimensions';
import { buildReportModel } from '../../../electron/services/report/model/build';
import {
  ReportModelSchema,
  type Block,
  type ReportModel,
} from '../../../electron/services/report/model/schema';
import { sampleInput } from './support';

function allText(model: ReportModel): string[] {
  const fromBlocks = (blocks: readonly Block[]): string[] =>
    blocks.flatMap((b) => {
      switch (b.kind) {
        case 'paragraph':
        case 'subheading':
          return [b.text];
        case 'bullets':
          return b.items;
        case 'table':
          return [...b.table.columns.map((c) => c.title), ...b.table.rows.flat()];
        case 'facts':
          return b.items.flatMap((i) => [i.label, i.value]);
        case 'signatures':
          return b.parties.flatMap((p) => [p.role, p.seal, ...p.lines]);
      }
    });
  return [
    ...Object.values(model.meta),
    model.cover.title,
    ...model.cover.facts.flatMap((f) => [f.label, f.value]),
    ...model.summary.headline.flatMap((f) => [f.label, f.value]),
    ...fromBlocks(model.summary.blocks),
    ...model.sections.flatMap((s) => [
      s.title,
      ...fromBlocks(s.blocks),
      ...s.subsections.flatMap((sub) => [sub.title, ...fromBlocks(sub.blocks)]),
    ]),
  ];
}

describe('report message catalogs', () => {
  it('have the same keys and the same placeholders in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const other of [en, zhTW] as Array<Record<string, string>>) {
      expect(Object.keys(other).sort()).toEqual(Object.keys(zhCN).sort());
      for (const [key, text] of Object.entries(zhCN)) {
        // a date may be written with or without leading zeros: {m}/{d} or {mm}/{dd}
        if (key === 'date.format') continue;
        expect([key, placeholders(other[key]!)]).toEqual([key, placeholders(text)]);
      }
      expect(placeholders(other['date.format']!).every((p) => ['y', 'm', 'd', 'mm', 'dd'].includes(p!))).toBe(
        true,
      );
    }
  });
});

describe('the report model built from the sample bundle', () => {
  const input = sampleInput('zh-CN');
  const model = buildReportModel(input);

  it('is valid against its schema (it crosses the worker boundary) and leaves no placeholder unfilled', () => {
    expect(ReportModelSchema.safeParse(model).success).toBe(true);
    const unfilled = allText(model).filter((t) => /\{\w+\}/.test(t));
    expect(unfilled).toEqual([]);
  });

  it('orders the sections as the issue lists them, signatures and disclaimer last', () => {
    expect(model.sections.map((s) => s.id)).toEqual([
      'dimensions',
      'gaps',
      'scenarios',
      'subsidies',
      'appendix',
      'annex',
      'signatures',
      'disclaimer',
    ]);
  });

  it('has one dimension page per 要素条件 dimension, each item with its level descriptor', () => {
    const dims = model.sections[0]!.subsections;
    const tiers = input.diagnosis.models[0]!;
    for (const d of DIMENSIONS) {
      const node = tiers.nodes.find((n) => n.dimension === d)!;
      const sub = dims.find((s) => s.title === node.label.zh);
      expect(sub, d).toBeDefined();
      const table = sub!.blocks.find((b) => b.kind === 'table');
      expect(table?.kind).toBe('table');
    }
    // a level item: the descriptor shown is the text of the level chosen
    const answer = input.assessment.answers.find((a) => a.itemId === 'sf.ts24')!;
    const item = input.questionnaire.items.get('sf.ts24')!;
    expect(answer.value?.kind).toBe('level');
    const level = answer.value?.kind === 'level' ? answer.value.level : -1;
    const descriptor = item.type === 'level' ? item.levels.find((l) => l.level === level)!.text : '';
    expect(allText(model)).toContain(descriptor);
  });

  it('lists every answered item in the appendix and every evidence file with its hash', () => {
    const appendix = model.sections.find((s) => s.id === 'appendix')!;
    const [answers, evidence] = appendix.subsections.map((s) => s.blocks[0]);
    // one row per item, numbered "section.item", plus one bold heading row per section
    const table = answers?.kind === 'table' ? answers.table : undefined;
    const itemRows = table?.rows.filter((_, i) => !table.emphasis.includes(i)) ?? [];
    expect(itemRows.length).toBe(input.questionnaire.order.length);
    expect(itemRows.every((r) => /^\d+\.\d+$/.test(r[0]!))).toBe(true);
    const rows = evidence?.kind === 'table' ? evidence.table.rows : [];
    expect(rows.map((r) => r[4])).toEqual(input.assessment.evidence.map((e) => e.sha256));
  });

  it('builds the radar from the five dimension scores of the diagnosis, as the UI does', () => {
    const axes = radarAxes(input.diagnosis);
    expect(axes.map((a) => a.dimension)).toEqual([...DIMENSIONS]);
    const option = buildRadarOption({ diagnosis: input.diagnosis, animation: false });
    const series = (option.series as Array<{ data: Array<{ value: number[] }> }>)[0]!;
    expect(series.data[0]!.value).toEqual(axes.map((a) => a.score ?? 0));
    expect(model.summary.radar.option).toEqual(JSON.parse(JSON.stringify(model.summary.radar.option)));
  });
});
