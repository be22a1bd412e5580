import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../../assessments/i18n/en.json';
import zhCN from '../../../assessments/i18n/zh-CN.json';
import zhTW from '../../../assessments/i18n/zh-TW.json';
import { loadEnglish } from './english';
import { loadTaiwan, taiwan } from './taiwan';

export const LANGUAGES = ['zh-CN', 'en', 'zh-TW'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'sfd.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function savedLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return isLanguage(saved) ? saved : 'zh-CN';
}

/** Every zh-TW message (and the content interpolated into it) goes through the one converter. */
const taiwanPostProcessor = {
  type: 'postProcessor' as const,
  name: 'taiwan',
  process: (value: string, _key: unknown, _options: unknown, translator: { language?: string }) =>
    translator.language === 'zh-TW' ? taiwan(value) : value,
};

/** The lazily loaded parts a language needs before its first screen: converter or translation memory. */
async function loadContent(language: Language): Promise<void> {
  if (language === 'zh-TW') await loadTaiwan();
  if (language === 'en') await loadEnglish();
}

export async function initI18n(): Promise<typeof i18next> {
  await loadContent(savedLanguage());
  await i18next
    .use(initReactI18next)
    .use(taiwanPostProcessor)
    .init({
      postProcess: ['taiwan'],
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en }, 'zh-TW': { translation: zhTW } },
      lng: savedLanguage(),
      fallbackLng: 'zh-CN',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function switchLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await loadContent(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
