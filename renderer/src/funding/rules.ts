import { useTranslation } from 'react-i18next';
import { FUNDING_YEAR_SPAN, MAX_AMOUNT_WAN } from '@engine/funding';

/** The range rules of the funding form's amounts and years, worded in the user's language. */
export function useFundingRules() {
  const { t } = useTranslation();
  // number boxes do not clamp (antd's min/max would silently change what was typed): rules say why
  const amountRule = {
    type: 'number' as const,
    min: 0,
    max: MAX_AMOUNT_WAN,
    message: t('funding.rules.amountRange', { max: MAX_AMOUNT_WAN.toLocaleString() }),
  };
  const yearRule = {
    type: 'number' as const,
    min: FUNDING_YEAR_SPAN.from,
    max: FUNDING_YEAR_SPAN.to,
    message: t('funding.rules.yearRange', FUNDING_YEAR_SPAN),
  };
  return { amountRule, yearRule };
}
