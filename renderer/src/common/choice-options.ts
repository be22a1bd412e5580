import type { TFunction } from 'i18next';

/** yes / no / unknown, in the order the field asks them (unknown first where it is the default). */
export type TriState = 'yes' | 'no' | 'unknown';
const TRI_STATES: readonly TriState[] = ['yes', 'no', 'unknown'];

export function triStateOptions(t: TFunction, order: readonly TriState[] = TRI_STATES) {
  return order.map((value) => ({ value, label: t(`triState.${value}`) }));
}

/** DCMM (GB/T 36073) levels 0–5; `noneKey` says what 0 means on that form (none held / none planned). */
export function dcmmLevelOptions(t: TFunction, noneKey: 'enterprise.dcmmNone' | 'funding.dcmmNone') {
  return [0, 1, 2, 3, 4, 5].map((level) => ({
    value: level,
    label: level === 0 ? t(noneKey) : t('enterprise.dcmmLevel', { level }),
  }));
}
