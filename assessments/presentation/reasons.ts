import { TYPICAL_SCENARIOS } from '../engine/typical-scenarios';
import { DIMENSION_NAMES, type DimensionId } from '../engine/dimensions';

const SCENARIO_NAME = new Map(TYPICAL_SCENARIOS.map((s) => [s.id, s]));

/**
 * A recommendation reason as a consultant would say it: typical scenarios by their number and name
 * in the guide (not "ts17"), dimensions by their Chinese name, and no ranking weights. The engine's
 * reasons are Chinese sentences with ids in them; this rewrites the ids and drops the internal
 * weight, leaving the rest of the sentence as written.
 */
export function humaneReason(reason: string, language: 'zh' | 'en' = 'zh'): string {
  return reason
    .replace(/\bts(\d{2})\b/g, (whole, no: string) => {
      const s = SCENARIO_NAME.get(`ts${no}`);
      if (!s) return whole;
      return language === 'en' ? `No. ${s.no} "${s.en}"` : `第${s.no}项「${s.zh}」`;
    })
    .replace(/\b(factory|rnd|operation|production|management)\b/g, (id) => {
      const name = DIMENSION_NAMES[id as DimensionId];
      return language === 'en' ? name.en : name.zh;
    })
    .replace(/，?权重合计\s*[\d.]+/g, '');
}

/** Whether a text still carries an internal identifier a reader should never see. */
export const INTERNAL_ID = /\b(?:sf|cmmm|sme)\.[a-z0-9.-]+|\bts\d{2}\b/;
