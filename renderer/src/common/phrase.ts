import { useTranslation } from 'react-i18next';
import type { Phrase } from '@engine/phrase';
import { phraseText } from '../../../assessments/presentation/phrase';
import { contentText, documentTitle, pickLabel } from './label';

/** The engine's sentences (gap reasons, gate details, condition reasons, formulas) in the screen's language. */
export function usePhrase(): (p: Phrase) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (p) =>
    phraseText(p, language, {
      pick: (label) => pickLabel(label, language),
      content: (text) => contentText(text, language),
      title: (title) => documentTitle(title, language),
    });
}
