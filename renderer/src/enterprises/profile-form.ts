import { checkCreditCode } from '@engine/credit-code';
import type {
  EnterpriseProfile,
  EnterpriseRole,
  ManufacturingType,
  Qualification,
  SizeClass,
  TriState,
} from '@engine/enterprise';
import { deriveSizeClass } from '@engine/size-class';

/** The enterprise form's values: flat, one field per control. */
export interface ProfileFormValues {
  name: string;
  creditCode: string;
  city: string | undefined;
  district: string | undefined;
  industryCode: string | undefined;
  manufacturingType: ManufacturingType;
  employees: number | null;
  revenueWan: number | null;
  sizeClassOverride: SizeClass | 'auto';
  qualifications: Qualification[];
  dcmmLevel: number;
  independentAccounting: TriState;
  aiEnterprise: TriState;
  roles: EnterpriseRole[];
  contact: string;
}

export const EMPTY_PROFILE_FORM: ProfileFormValues = {
  name: '',
  creditCode: '',
  city: undefined,
  district: undefined,
  industryCode: undefined,
  manufacturingType: 'discrete',
  employees: null,
  revenueWan: null,
  sizeClassOverride: 'auto',
  qualifications: [],
  dcmmLevel: 0,
  independentAccounting: 'unknown',
  aiEnterprise: 'unknown',
  roles: [],
  contact: '',
};

export function formFromProfile(p: EnterpriseProfile): ProfileFormValues {
  return {
    name: p.name,
    creditCode: p.creditCode,
    city: p.region.city,
    district: p.region.district,
    industryCode: p.industryCode,
    manufacturingType: p.manufacturingType,
    employees: p.employees,
    revenueWan: p.revenueWan,
    sizeClassOverride: p.sizeClassOverride ?? 'auto',
    qualifications: [...p.qualifications],
    dcmmLevel: p.dcmmLevel,
    independentAccounting: p.independentAccounting ?? 'unknown',
    aiEnterprise: p.aiEnterprise ?? 'unknown',
    roles: [...(p.roles ?? [])],
    contact: p.contact,
  };
}

/** The profile to save; the caller has validated the form (required fields are present). */
export function profileFromForm(v: ProfileFormValues): EnterpriseProfile {
  return {
    name: v.name.trim(),
    creditCode: normaliseCreditCode(v.creditCode),
    region: { province: '广东省', city: v.city ?? '', ...(v.district ? { district: v.district } : {}) },
    industryCode: v.industryCode ?? '',
    manufacturingType: v.manufacturingType,
    employees: v.employees ?? 0,
    revenueWan: v.revenueWan ?? 0,
    ...(v.sizeClassOverride === 'auto' ? {} : { sizeClassOverride: v.sizeClassOverride }),
    qualifications: v.qualifications,
    dcmmLevel: v.dcmmLevel,
    independentAccounting: v.independentAccounting,
    aiEnterprise: v.aiEnterprise,
    roles: v.roles,
    contact: v.contact.trim(),
  };
}

/** Consultants type codes from paper in any case and with spaces. */
export function normaliseCreditCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** Message key (and values) for a credit code as typed, or undefined when it is valid. */
export function creditCodeProblem(raw: string): { key: string; values: Record<string, string> } | undefined {
  const code = normaliseCreditCode(raw);
  if (code === '') return { key: 'enterprise.errors.creditCodeRequired', values: {} };
  if (code.length !== 18)
    return { key: 'enterprise.errors.creditCodeLength', values: { n: String(code.length) } };
  const check = checkCreditCode(code);
  if (check.valid) return undefined;
  if (check.reason === 'check')
    return { key: 'enterprise.errors.creditCodeCheck', values: { expected: check.expected ?? '' } };
  return { key: 'enterprise.errors.creditCodeAlphabet', values: {} };
}

/** The size class the figures give, or undefined until both are entered. */
export function derivedSize(employees: number | null | undefined, revenueWan: number | null | undefined) {
  if (employees === null || employees === undefined || revenueWan === null || revenueWan === undefined)
    return undefined;
  return deriveSizeClass(employees, revenueWan);
}
