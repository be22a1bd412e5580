import { useTranslation } from 'react-i18next';
import type { Label } from '@engine/diagnosis/schema';
import { english, englishTitle } from '../i18n/english';
import { taiwan } from '../i18n/taiwan';

/** Model and catalog texts carry zh and en; 繁體 readers get the zh text converted (Taiwan phrasing). */
export function pickLabel(label: Label, language: string): string {
  if (language === 'en') return label.en;
  return language === 'zh-TW' ? taiwan(label.zh) : label.zh;
}

/**
 * A content text written only in Chinese (prompts, level descriptors, evidence hints, gap reasons,
 * measure names) in the reader's language: converted for 繁體, from the translation memory for
 * English. Policy quotes never go through this.
 */
export function contentText(text: string, language: string): string {
  if (language === 'en') return english(text);
  return language === 'zh-TW' ? taiwan(text) : text;
}

/** A policy document's title: Chinese in every language, English readers get a gloss after it. */
export function documentTitle(title: string, language: string): string {
  if (language === 'en') return englishTitle(title);
  return language === 'zh-TW' ? taiwan(title) : title;
}

export function useDocumentTitle(): (title: string) => string {
  const { i18n } = useTranslation();
  return (title) => documentTitle(title, i18n.language);
}

export function useContentText(): (text: string) => string {
  const { i18n } = useTranslation();
  return (text) => contentText(text, i18n.language);
}

export function useLabel(): (label: Label) => string {
  const { i18n } = useTranslation();
  return (label) => pickLabel(label, i18n.language);
}
