import { useTranslation } from 'react-i18next';
import type { PhraseArg } from '@engine/phrase';
import { phraseText } from '../../../assessments/presentation/phrase';
import { contentText, pickLabel } from './label';

/** A sentence the diagnosis engine composed (gap reason, condition detail…) in the reader's language. */
export function usePhrase(): (p: PhraseArg) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (p) =>
    phraseText(p, language, {
      pick: (label) => pickLabel(label, language),
      content: (text) => contentText(text, language),
    });
}
