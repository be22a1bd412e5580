import type { EnterpriseProfile, EnterpriseRole } from '../enterprise';
import type { ApplicantType } from './schema';
import { listOf, nameOf, phrase, type Phrase } from '../phrase';
import type { MissingInfo } from './result';

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
  { kind: 'pass' } | { kind: 'fail'; reason: Phrase } | { kind: 'missing'; missing: MissingInfo };

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
        label: phrase('applicants.aiAsk'),
      },
    };
  }
  const names = listOf(
    types.map((t) => nameOf('applicant', t)),
    'and',
  );
  return { kind: 'fail', reason: phrase('applicants.only', { types: names }) };
}
