import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../assessments/engine/policy/evaluate';
import { PolicyDocumentSchema, type PolicyDocument } from '../../../assessments/engine/policy/schema';
import { facts, funding, profile, zh } from './support';

// A synthetic document isolates what the real texts never combine: a determinate ratio without
// a "ceilings" clause gives an 'amount', and the same measure under such a clause an 'up-to'.

function doc(capsAreCeilings: boolean): PolicyDocument {
  return PolicyDocumentSchema.parse({
    schemaVersion: 1,
    id: 'test-doc',
    title: '测试文件（合成）',
    titleOriginal: '测试文件标题',
    number: null,
    issuer: '测试',
    issuedOn: '2025-01-01',
    kind: 'policy',
    sourceFile: 'none.txt',
    script: 'simplified',
    region: { cities: ['东莞市'], label: '东莞市' },
    validity: { from: '2025-01-01', to: '2026-12-31' },
    ...(capsAreCeilings ? { capsAreCeilings: { quote: '比例和限额均为上限' } } : {}),
    measures: [
      {
        id: 'test-ratio',
        name: '按比例补贴',
        article: '第一条',
        quote: '按软件投入的20%给予补贴，最高50万元',
        instrument: 'subsidy',
        applicants: ['any'],
        conditions: [{ kind: 'investment', investmentKinds: ['software'], label: '软件投入' }],
        benefit: {
          kind: 'ratio',
          ratio: 0.2,
          ratioIsCeiling: false,
          base: { from: 'investments', investmentKinds: ['software'] },
          baseLabel: '软件投入',
          cap: { wan: 50, per: 'validity' },
        },
      },
    ],
  });
}

const software = (amountWan: number, year: number) => ({
  kind: 'software' as const,
  amountWan,
  year,
  channel: 'unknown' as const,
  note: '',
});

function estimateFor(capsAreCeilings: boolean, investments: ReturnType<typeof software>[]) {
  const result = evaluate(
    { version: 'test', documents: [doc(capsAreCeilings)] },
    { profile: profile(), funding: funding({ investments }), facts: facts(), date: '2025-06-01' },
  );
  return result.measures[0];
}

describe('ratio benefits', () => {
  it('a determinate ratio is an amount: 20% × 100万 = 20万', () => {
    const m = estimateFor(false, [software(100, 2025)]);
    expect(m?.estimate).toEqual({ kind: 'amount', wan: 20 });
    expect(m && zh(m.formula)).toContain('20% × 100万 = 20万');
  });

  it('the same under a "ratios and caps are ceilings" clause is only an upper bound', () => {
    expect(estimateFor(true, [software(100, 2025)])?.estimate).toEqual({ kind: 'up-to', wan: 20 });
  });

  it('a cap over the validity period applies to the sum of the years in the window', () => {
    expect(estimateFor(false, [software(150, 2025), software(150, 2026)])?.estimate).toEqual({
      kind: 'amount',
      wan: 50,
    });
  });

  it('spending outside the validity window does not count', () => {
    const m = estimateFor(false, [software(100, 2027)]);
    expect(m?.status).toBe('not-eligible');
    expect(m?.failed[0] && zh(m.failed[0].reason)).toContain('不在政策有效期内');
  });
});
