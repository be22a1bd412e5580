import { useTranslation } from 'react-i18next';
import type { Phrase } from '@engine/policy/phrase';
import { policyWords } from '../../../assessments/presentation/policy-words';
import { contentText, documentTitle } from '../common/label';

/** The policy evaluation's sentences (reasons, missing inputs, formulas) in the screen's language. */
export function usePolicyWords(): (phrase: Phrase) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (phrase) =>
    policyWords(phrase, language, {
      content: (text) => contentText(text, language),
      title: (title) => documentTitle(title, language),
    });
}
