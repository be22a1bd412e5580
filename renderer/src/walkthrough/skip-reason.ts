import { useTranslation } from 'react-i18next';
import type { Label } from '@engine/diagnosis/schema';
import type { Questionnaire } from '@engine/model/questionnaire';
import type { SkipReason } from '@engine/skip';
import { useLabel } from '../common/label';

/** The maturity level's name as the pack words it (一级（规划级）…). */
function levelLabel(q: Questionnaire, level: number): Label | undefined {
  for (const cp of q.packs) {
    const s = cp.pack.scoring;
    if (s.kind === 'cmmm') return s.levels.find((l) => l.level === level)?.label;
  }
  return undefined;
}

/** Why a question needs no answer, in the consultant's words. */
export function useSkipReason(q: Questionnaire): (reason: SkipReason) => string {
  const { t } = useTranslation();
  const label = useLabel();
  const name = (level: number) => {
    const l = levelLabel(q, level);
    return l ? label(l) : String(level);
  };
  return (reason) =>
    reason.kind === 'lower-level-out-of-reach'
      ? t('walk.skip.outOfReach', { blocked: name(reason.blockedAt), level: name(reason.level) })
      : t('walk.skip.settled', { level: name(reason.level) });
}
