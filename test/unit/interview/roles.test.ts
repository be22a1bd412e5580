import { describe, expect, it } from 'vitest';
import { resolveRoles, RolesFileSchema } from '../../../assessments/engine/model/roles';
import { checkModels } from '../../../electron/services/catalog/check-models';
import { byRole, roleProgress } from '../../../renderer/src/walkthrough/by-role';
import { MODELS_DIR, shipped } from '../engine/support';

const registry = shipped();
const q = registry.questionnaire('smart-factory-tiers')!;
const roles = registry.roles('smart-factory-tiers');

describe('who answers each item (roles.yaml)', () => {
  it('every item of the shipped questionnaire resolves to exactly one role, and models:check passes', () => {
    expect(Object.keys(roles).sort()).toEqual([...q.items.keys()].sort());
    const report = checkModels(MODELS_DIR);
    expect(report.issues).toEqual([]);
  });

  it('section defaults apply under the nearest listed node; item overrides win', () => {
    expect(roles['sf.basic.above-scale']).toBe('gm');
    expect(roles['sf.basic.finance']).toBe('finance');
    expect(roles['sf.ts27']).toBe('equipment'); // 设备运行监控 under 生产作业 (production by default)
    expect(roles['sf.ts20']).toBe('production');
    expect(roles['cmmm.ehs.l2']).toBe('ehs'); // 安全环保 sub-domain under 制造
    expect(roles['cmmm.planning.l1']).toBe('production');
    expect(roles['sme.funding']).toBe('finance');
  });

  it('an item left without a role, or an override naming a missing item, is an issue', () => {
    const pack = registry.get('sme-digital-2024')!;
    const file = RolesFileSchema.parse({
      format: 1,
      sections: { 'sme-foundation': 'it', 'no-such-node': 'gm' },
      items: { 'sme.nope': 'gm' },
    });
    const { issues } = resolveRoles(pack, file);
    expect(issues.map((i) => i.message)).toContain('节点 no-such-node 不在本模型中');
    expect(issues.map((i) => i.message)).toContain('题目 sme.nope 不属于本模型');
    expect(issues.map((i) => i.message)).toContain('题目 sme.funding 没有指定受访角色');
    expect(() => RolesFileSchema.parse({ format: 1, sections: { 'sme-foundation': 'boss' } })).toThrow();
  });
});

describe('the walkthrough by interviewee', () => {
  const sequence = ['sf.ts27', 'sf.basic.above-scale', 'sf.ts20', 'sf.basic.finance', 'sf.ts28'];

  it('groups questions person by person in the fixed role order, keeping questionnaire order inside', () => {
    expect(byRole(sequence, roles)).toEqual([
      'sf.basic.above-scale', // 总经理
      'sf.ts20', // 生产
      'sf.ts27', // 设备
      'sf.ts28',
      'sf.basic.finance', // 财务
    ]);
  });

  it('counts each person’s open questions and expected minutes (level 1.5, yes/no 0.25, rounded up)', () => {
    const answered = new Set(['sf.ts27']);
    const progress = roleProgress(
      sequence,
      roles,
      (id) => q.items.get(id),
      (id) => answered.has(id),
    );
    expect(progress).toEqual([
      { role: 'gm', total: 1, open: 1, minutesLeft: 1 },
      { role: 'production', total: 1, open: 1, minutesLeft: 2 },
      { role: 'equipment', total: 2, open: 1, minutesLeft: 2 },
      { role: 'finance', total: 1, open: 1, minutesLeft: 1 },
    ]);
  });
});
