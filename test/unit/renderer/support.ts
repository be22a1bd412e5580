import type { Questionnaire } from '../../../assessments/engine/model/questionnaire';
import { createModelRegistry } from '../../../electron/services/catalog/models';

/** The shipped smart-factory questionnaire (tiers + CMMM + SME), compiled once per test file. */
export function shippedQuestionnaire(): Questionnaire {
  const q = createModelRegistry().questionnaire('smart-factory-tiers');
  if (!q) throw new Error('smart-factory-tiers is not installed');
  return q;
}
