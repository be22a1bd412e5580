import { useTranslation } from 'react-i18next';
import type { Label } from '../../../assessments/engine/diagnosis';

/** Model and catalog texts carry zh and en; 繁體 readers get the zh text (the packs have no zh-TW). */
export function pickLabel(label: Label, language: string): string {
  return language === 'en' ? label.en : label.zh;
}

export function useLabel(): (label: Label) => string {
  const { i18n } = useTranslation();
  return (label) => pickLabel(label, i18n.language);
}
