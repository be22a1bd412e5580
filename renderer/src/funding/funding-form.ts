import {
  CERTIFICATION_IDS,
  type CertificationId,
  type FundingFigures,
  type FundingInputs,
  type PlannedInvestment,
} from '@engine/funding';
import { applicationFromForm, applicationToForm, type ApplicationFormValues } from './application-form';

/** Form values: every certification has a row, "none" included, and 首次 is a tri-state choice. */
export type CertChoice = 'none' | 'planned' | 'held';
export type FirstTime = 'yes' | 'no' | 'unknown';

export interface CertRow {
  status: CertChoice;
  year?: number | null;
  firstTime: FirstTime;
}

export interface FundingFormValues {
  investments: Array<Omit<PlannedInvestment, 'scenarioId'> & { scenarioId?: string | undefined }>;
  certifications: Record<CertificationId, CertRow>;
  dcmmPlannedLevel: number;
  figures: { [K in keyof FundingFigures]: number | null };
  application: ApplicationFormValues;
}

const FIRST: Record<FirstTime, boolean | undefined> = { yes: true, no: false, unknown: undefined };

export function formFromFunding(f: FundingInputs): FundingFormValues {
  const certifications = Object.fromEntries(
    CERTIFICATION_IDS.map((id) => {
      const entry = f.certifications[id];
      const row: CertRow = entry
        ? {
            status: entry.status,
            year: entry.year ?? null,
            firstTime: entry.firstTime === undefined ? 'unknown' : entry.firstTime ? 'yes' : 'no',
          }
        : { status: 'none', year: null, firstTime: 'unknown' };
      return [id, row];
    }),
  ) as Record<CertificationId, CertRow>;
  return {
    investments: f.investments.map((i) => ({ ...i })),
    certifications,
    dcmmPlannedLevel: f.dcmmPlannedLevel ?? 0,
    figures: {
      dataAssetBookedWan: f.figures.dataAssetBookedWan ?? null,
      dataAssetServiceFeesWan: f.figures.dataAssetServiceFeesWan ?? null,
      dataExchangeTradeWan: f.figures.dataExchangeTradeWan ?? null,
      revenueJanNovWan: f.figures.revenueJanNovWan ?? null,
      revenueJanNovPrevWan: f.figures.revenueJanNovPrevWan ?? null,
    },
    application: applicationToForm(f.application),
  };
}

export function fundingFromForm(v: FundingFormValues): FundingInputs {
  const certifications: FundingInputs['certifications'] = {};
  for (const id of CERTIFICATION_IDS) {
    const row = v.certifications[id];
    if (!row || row.status === 'none') continue;
    const firstTime = FIRST[row.firstTime];
    certifications[id] = {
      status: row.status,
      ...(typeof row.year === 'number' ? { year: row.year } : {}),
      ...(firstTime === undefined ? {} : { firstTime }),
    };
  }
  const figures: FundingFigures = {};
  for (const [key, value] of Object.entries(v.figures) as Array<[keyof FundingFigures, number | null]>) {
    if (typeof value === 'number') figures[key] = value;
  }
  const application = applicationFromForm(v.application);
  return {
    investments: (v.investments ?? []).map((i) => ({
      kind: i.kind,
      amountWan: i.amountWan ?? 0,
      year: i.year,
      channel: i.channel ?? 'unknown',
      ...(i.scenarioId ? { scenarioId: i.scenarioId } : {}),
      note: i.note ?? '',
    })),
    certifications,
    ...(v.dcmmPlannedLevel > 0 ? { dcmmPlannedLevel: v.dcmmPlannedLevel } : {}),
    figures,
    ...(application ? { application } : {}),
  };
}

/** Where a "needs information" field of the policy evaluation is entered. */
export type FieldTarget =
  | { readonly screen: 'funding'; readonly name: ReadonlyArray<string | number> }
  | { readonly screen: 'profile'; readonly name: string }
  | { readonly screen: 'questionnaire' }
  | { readonly screen: 'external' };

const PROFILE_FIELDS: Record<string, string> = {
  'region.district': 'district',
  'region.city': 'city',
};

export function fieldTarget(field: string): FieldTarget {
  const [root, ...rest] = field.split('.');
  if (root === 'funding' && rest.length > 0)
    return { screen: 'funding', name: rest.map((p) => (/^\d+$/.test(p) ? Number(p) : p)) };
  if (root === 'profile' && rest.length > 0) {
    const path = rest.join('.');
    return { screen: 'profile', name: PROFILE_FIELDS[path] ?? path };
  }
  if (root === 'facts') return { screen: 'questionnaire' };
  return { screen: 'external' };
}

/**
 * Recognitions the enterprise profile holds are held here too: the profile is where they are
 * entered and corrected, so the form shows them as held and saves them so (year and 首次 stay editable).
 */
export function holdFromProfile(v: FundingFormValues, held: readonly CertificationId[]): FundingFormValues {
  if (held.length === 0) return v;
  const certifications = { ...v.certifications };
  for (const id of held) certifications[id] = { ...certifications[id], status: 'held' };
  return { ...v, certifications };
}
