import en from '../../../../assessments/i18n/report/en.json';
import zhCN from '../../../../assessments/i18n/report/zh-CN.json';
import zhTW from '../../../../assessments/i18n/report/zh-TW.json';
import type { ReportLanguage } from './schema';

/**
 * The report's own message catalogs (assessments/i18n/report/*.json), separate from the UI's.
 * zh-CN defines the keys; the other two must have every key (a missing key is a type error here).
 */
export type MessageKey = keyof typeof zhCN;
export type Messages = Readonly<Record<MessageKey, string>>;

const CATALOGS: Record<ReportLanguage, Messages> = { 'zh-CN': zhCN, en, 'zh-TW': zhTW };

export function messagesFor(language: ReportLanguage): Messages {
  return CATALOGS[language];
}

/** Fills {name} placeholders; an unknown placeholder stays visible so a test can catch it. */
export function format(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}
