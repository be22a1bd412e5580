import { describe, expect, it } from 'vitest';
import type { AnswerMap } from '../../../assessments/engine/answer';
import { buildOutline, relevantItems, sectionProgress } from '../../../renderer/src/walkthrough/outline';
import { askedBy, interviewPlan } from '../../../assessments/engine/interview-progress';
import { shippedQuestionnaire } from './support';

const q = shippedQuestionnaire();
const outline = buildOutline(q);

describe('walkthrough outline', () => {
  it('places every question exactly once, in asking order', () => {
    const placed = outline.sections.flatMap((s) => s.items);
    expect(placed).toHaveLength(q.order.length);
    expect(new Set(placed)).toEqual(new Set(q.order));
    for (const s of outline.sections) for (const id of s.items) expect(outline.sectionOf.get(id)).toBe(s.id);
    // within a section, the questionnaire's own order is kept
    const index = (id: string) => q.order.indexOf(id);
    for (const s of outline.sections)
      expect(s.items.map(index)).toEqual([...s.items.map(index)].sort((a, b) => a - b));
  });

  it("opens with the primary pack's top-level nodes, then the companions' parts", () => {
    const primary = q.packs[q.packs.length - 1]!.pack;
    const roots = primary.nodes.filter((n) => n.parent === null).map((n) => `${primary.id}/${n.id}`);
    const firstIds = outline.sections.slice(0, roots.length).map((s) => s.id);
    expect(firstIds).toEqual(roots);
    expect(outline.sections[0]!.packId).toBe(primary.id);
    const packsInOrder = [...new Set(outline.sections.map((s) => s.packId))];
    expect(packsInOrder[0]).toBe(primary.id);
    expect(packsInOrder.length).toBeGreaterThan(1);
  });

  it('asks the capability-maturity requirements level by level: every 一级, then every 二级 …', () => {
    const cmmm = outline.sections.filter((s) => s.packId === 'cmmm-gbt39116');
    expect(cmmm.map((s) => s.label.zh)).toEqual([
      '一级（规划级）',
      '二级（规范级）',
      '三级（集成级）',
      '四级（优化级）',
    ]);
    const pack = q.packs.find((p) => p.pack.id === 'cmmm-gbt39116')!;
    const levelOf = (id: string) => pack.entries[pack.index.entry.get(id)!]!.level;
    cmmm.forEach((s, i) => {
      for (const id of s.items) expect(levelOf(id)).toBe(i + 1);
    });
    // the strategy sub-domain's four requirements sit in four sections, and the breadcrumb still names it
    const strategy = ['cmmm.strategy.l1', 'cmmm.strategy.l2', 'cmmm.strategy.l3', 'cmmm.strategy.l4'];
    expect(strategy.map((id) => outline.sectionOf.get(id))).toEqual(cmmm.map((s) => s.id));
    expect(new Set(strategy.map((id) => outline.nodeOf.get(id)?.zh)).size).toBe(1);
  });

  it('applies the model skip logic: 专精特新 is asked only of enterprises below 规上', () => {
    const profile = { manufacturingType: 'discrete' as const };
    const base: AnswerMap = {};
    expect(relevantItems(q, base, profile).has('sf.basic.srdi')).toBe(false);
    const below: AnswerMap = { 'sf.basic.above-scale': { kind: 'boolean', value: false } };
    expect(relevantItems(q, below, profile).has('sf.basic.srdi')).toBe(true);
    const above: AnswerMap = { 'sf.basic.above-scale': { kind: 'boolean', value: true } };
    expect(relevantItems(q, above, profile).has('sf.basic.srdi')).toBe(false);
  });

  it('leaves out questions that do not apply to the manufacturing type', () => {
    const processOnly = q.packs
      .flatMap((p) => p.entries)
      .filter((e) =>
        e.applies.some((a) => a.manufacturingTypes?.length === 1 && a.manufacturingTypes[0] === 'process'),
      )
      .map((e) => e.itemId);
    expect(processOnly.length).toBeGreaterThan(0);
    const discrete = relevantItems(q, {}, { manufacturingType: 'discrete' });
    const process = relevantItems(q, {}, { manufacturingType: 'process' });
    const mixed = relevantItems(q, {}, { manufacturingType: 'mixed' });
    const onlyProcess = processOnly.filter((id) => !discrete.has(id));
    expect(onlyProcess.length).toBeGreaterThan(0);
    for (const id of onlyProcess) {
      expect(process.has(id)).toBe(true);
      expect(mixed.has(id)).toBe(true);
    }
  });

  it('counts per-section progress over the questions actually asked', () => {
    const section = outline.sections[0]!;
    const relevant = relevantItems(q, {}, undefined);
    const asked = section.items.filter((id) => relevant.has(id));
    const answered = new Set(asked.slice(0, 2));
    expect(
      sectionProgress(
        section,
        (id) => relevant.has(id),
        (id) => answered.has(id),
      ),
    ).toEqual({
      answered: 2,
      relevant: asked.length,
      passedOver: 0,
    });
  });

  it('a CMMM level whose every question is passed over says so instead of 0 / 0', () => {
    // every 一级 requirement not met: 一级 is out of reach, so 四级 is passed over whole
    const cmmm = q.packs.find((p) => p.pack.id === 'cmmm-gbt39116')!;
    const answers: AnswerMap = Object.fromEntries(
      cmmm.entries
        .filter((e) => e.level === 1)
        .map((e) => [e.itemId, { kind: 'satisfaction', value: 'none' }]),
    );
    const plan = interviewPlan(q, answers, { manufacturingType: 'discrete' });
    const level4 = outline.sections.find((s) => s.id === 'cmmm-gbt39116/level-4')!;
    const count = (opened: ReadonlySet<string>) =>
      sectionProgress(
        level4,
        askedBy(plan, opened),
        (id) => answers[id] !== undefined,
        (id) => plan.relevant.has(id) && plan.skipped.has(id),
      );
    expect(count(new Set())).toEqual({ answered: 0, relevant: 0, passedOver: 20 });
    // one opened is asked again
    expect(count(new Set([level4.items[0]!]))).toEqual({ answered: 0, relevant: 1, passedOver: 19 });
  });
});
