import type { EnterpriseProfile, EnterpriseRole } from '../enterprise';
import type { ApplicantType } from './schema';
import type { MissingInfo } from './result';

export const APPLICANT_NAMES: Record<ApplicantType, string> = {
  any: '各类企业',
  manufacturer: '工业（制造业）企业',
  'ai-enterprise': '人工智能企业',
  'software-it': '软件和信息技术服务/互联网企业',
  'platform-operator': '平台运营企业',
  'data-service': '数据服务企业',
  'park-operator': '园区运营主体',
  'research-institute': '高校院所/科研机构',
  'modern-service': '现代服务业企业',
};

/** GB/T 4754-2017 section C (制造业) is divisions 13–43. */
export function isManufacturer(profile: Pick<EnterpriseProfile, 'industryCode'>): boolean {
  const match = /^([A-Z]?)(\d{2})/.exec(profile.industryCode);
  if (!match) return false;
  const [, section, division] = match;
  if (section && section !== 'C') return false;
  const n = Number(division);
  return n >= 13 && n <= 43;
}

export type ApplicantOutcome =
  { kind: 'pass' } | { kind: 'fail'; reason: string } | { kind: 'missing'; missing: MissingInfo };

function matches(profile: EnterpriseProfile, type: ApplicantType): 'yes' | 'no' | 'unknown' {
  switch (type) {
    case 'any':
      return 'yes';
    case 'manufacturer':
      return isManufacturer(profile) ? 'yes' : 'no';
    case 'ai-enterprise':
      return profile.aiEnterprise ?? 'unknown';
    default:
      return (profile.roles ?? []).includes(type satisfies EnterpriseRole) ? 'yes' : 'no';
  }
}

export function checkApplicants(
  profile: EnterpriseProfile,
  types: readonly ApplicantType[],
): ApplicantOutcome {
  const answers = types.map((t) => matches(profile, t));
  if (answers.includes('yes')) return { kind: 'pass' };
  if (answers.includes('unknown')) {
    return {
      kind: 'missing',
      missing: {
        field: 'profile.aiEnterprise',
        label: '是否属于人工智能企业（专门从事人工智能研究、技术攻关、产品研发或行业应用推广）',
      },
    };
  }
  return { kind: 'fail', reason: `申报主体须为：${types.map((t) => APPLICANT_NAMES[t]).join('、')}` };
}
