import { useTranslation } from 'react-i18next';
import type { Gap } from '@engine/diagnosis/schema';
import type { Questionnaire } from '@engine/model/questionnaire';
import { gapReadingOf, readingText } from '../../../assessments/presentation/reading';
import { useLabel } from '../common/label';
import { useWalk } from '../walkthrough/store';

/**
 * A ranked gap as "entered → needed" in the unit entered, written by the same function as the
 * report's gap table (assessments/presentation/reading.ts); null when the gap has no single answer.
 */
export function useGapText(questionnaire: Questionnaire): (gap: Gap) => string | null {
  const { t } = useTranslation();
  const pick = useLabel();
  const answers = useWalk((s) => s.answers);
  return (gap) =>
    readingText(
      gapReadingOf(gap, questionnaire, (id) => answers[id]?.value),
      { word: (key, vars) => t(`gapReading.${key}`, { ...vars }), pick },
    );
}
