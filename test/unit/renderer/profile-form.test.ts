import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '../../../assessments/engine/credit-code';
import { EnterpriseProfileSchema } from '../../../assessments/engine/enterprise';
import {
  EMPTY_PROFILE_FORM,
  creditCodeProblem,
  derivedSize,
  formFromProfile,
  profileFromForm,
} from '../../../renderer/src/enterprises/profile-form';
import {
  CITIES,
  DISTRICTS,
  cityId,
  districtId,
  districtsOf,
} from '../../../renderer/src/enterprises/regions';

describe('credit code as typed', () => {
  it('accepts the known-valid codes, in any case and with spaces', () => {
    for (const code of ['91350100M000100Y43', '91440300708461136T', '914403001922038216']) {
      expect(creditCodeProblem(code)).toBeUndefined();
      expect(creditCodeProblem(` ${code.toLowerCase().replace(/(.{6})/, '$1 ')} `)).toBeUndefined();
    }
  });

  it('names the expected check character when only it is wrong', () => {
    expect(creditCodeProblem('91440300708461136A')).toEqual({
      key: 'enterprise.errors.creditCodeCheck',
      values: { expected: 'T' },
    });
  });

  it('reports length and alphabet problems before the check character', () => {
    expect(creditCodeProblem('')?.key).toBe('enterprise.errors.creditCodeRequired');
    expect(creditCodeProblem('9144030070846113')).toEqual({
      key: 'enterprise.errors.creditCodeLength',
      values: { n: '16' },
    });
    expect(creditCodeProblem('9144030070846113IT')?.key).toBe('enterprise.errors.creditCodeAlphabet');
  });

  it('any wrong last character is caught and the right one named (property)', () => {
    const symbol = fc.constantFrom(...CREDIT_CODE_ALPHABET.split(''));
    fc.assert(
      fc.property(fc.array(symbol, { minLength: 17, maxLength: 17 }), symbol, (chars, last) => {
        const first17 = chars.join('');
        const check = creditCodeCheckChar(first17)!;
        const problem = creditCodeProblem(first17 + last);
        if (last === check) expect(problem).toBeUndefined();
        else
          expect(problem).toEqual({ key: 'enterprise.errors.creditCodeCheck', values: { expected: check } });
      }),
      { numRuns: 300 },
    );
  });
});

describe('profile form values', () => {
  const profile = EnterpriseProfileSchema.parse({
    name: '中山灯饰制造有限公司',
    creditCode: '91440300708461136T',
    region: { city: '中山市', district: '火炬开发区' },
    industryCode: '38',
    manufacturingType: 'mixed',
    employees: 320,
    revenueWan: 25000,
    sizeClassOverride: 'small',
    qualifications: ['high-tech', 'srdi-sme'],
    dcmmLevel: 3,
    independentAccounting: false,
    aiEnterprise: 'no',
    roles: ['data-service'],
    contact: '李工 138',
  });

  it('round-trips a profile through the form', () => {
    expect(EnterpriseProfileSchema.parse(profileFromForm(formFromProfile(profile)))).toEqual(profile);
  });

  it('"auto" size and an empty district leave the optional fields out', () => {
    const out = profileFromForm({
      ...formFromProfile(profile),
      sizeClassOverride: 'auto',
      district: undefined,
    });
    expect(out.sizeClassOverride).toBeUndefined();
    expect('district' in out.region).toBe(false);
    expect(EnterpriseProfileSchema.safeParse(out).success).toBe(true);
  });

  it('normalises the credit code the consultant typed', () => {
    const out = profileFromForm({ ...formFromProfile(profile), creditCode: ' 91440300708461136t ' });
    expect(out.creditCode).toBe('91440300708461136T');
  });

  it('shows the derived size class only once both figures are in', () => {
    expect(derivedSize(EMPTY_PROFILE_FORM.employees, 5000)).toBeUndefined();
    expect(derivedSize(260, null)).toBeUndefined();
    expect(derivedSize(260, 18000)).toBe('small');
    expect(derivedSize(1200, 50000)).toBe('large');
    expect(derivedSize(10, 50000)).toBe('micro');
  });
});

describe('region picker data', () => {
  it("lists Guangdong's 21 prefecture-level cities once each", () => {
    expect(CITIES).toHaveLength(21);
    expect(new Set(CITIES.map((c) => c.name)).size).toBe(21);
    for (const city of Object.keys(DISTRICTS)) expect(cityId(city)).toBeDefined();
  });

  it('offers the districts the policy catalog names, under their city', () => {
    expect(districtId('广州市', '黄埔区')).toBe('huangpu');
    expect(districtId('东莞市', '滨海湾新区')).toBe('binhaiwan');
    expect(districtId('中山市', '翠亨新区')).toBe('cuiheng');
    expect(districtId('广州市', '滨海湾新区')).toBeUndefined();
    expect(districtId('广州市', '广州开发区')).toBe('huangpu');
  });

  it('offers 东莞 as locals know it: 4 街道, 28 镇, 松山湖 and 滨海湾新区; no catch-all', () => {
    const names = districtsOf('东莞市').map((d) => d.name);
    expect(names.filter((n) => n.endsWith('街道'))).toEqual(['莞城街道', '东城街道', '南城街道', '万江街道']);
    expect(names.filter((n) => n.endsWith('镇'))).toHaveLength(28);
    expect(names).toEqual(expect.arrayContaining(['松山湖', '滨海湾新区', '虎门镇', '长安镇', '沙田镇']));
    expect(names).not.toContain('其他区县');
    expect(districtsOf('东莞市').find((d) => d.name === '滨海湾新区')?.formedFromPartsOf).toEqual([
      '虎门镇',
      '长安镇',
      '沙田镇',
    ]);
  });

  it('offers 中山 火炬开发区, 翠亨新区 and its 镇街, and 广州 its 11 districts', () => {
    const zs = districtsOf('中山市').map((d) => d.name);
    expect(zs.slice(0, 2)).toEqual(['火炬开发区', '翠亨新区']);
    expect(zs).toEqual(expect.arrayContaining(['石岐街道', '小榄镇', '古镇镇', '坦洲镇']));
    expect(districtsOf('广州市')).toHaveLength(11);
    expect(districtsOf('深圳市')).toEqual([]);
  });
});
