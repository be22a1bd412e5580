import { useTranslation } from 'react-i18next';
import type { Label } from '@engine/diagnosis/schema';
import { taiwan } from '../i18n/taiwan';

/** Model and catalog texts carry zh and en; 繁體 readers get the zh text converted (Taiwan phrasing). */
export function pickLabel(label: Label, language: string): string {
  if (language === 'en') return label.en;
  return language === 'zh-TW' ? taiwan(label.zh) : label.zh;
}

/**
 * A content text written only in Chinese (prompts, level descriptors, evidence hints, gap reasons,
 * measure names) as the reader's script shows it. Policy quotes never go through this.
 */
export function contentText(text: string, language: string): string {
  return language === 'zh-TW' ? taiwan(text) : text;
}

export function useContentText(): (text: string) => string {
  const { i18n } = useTranslation();
  return (text) => contentText(text, i18n.language);
}

export function useLabel(): (label: Label) => string {
  const { i18n } = useTranslation();
  return (label) => pickLabel(label, i18n.language);
}
