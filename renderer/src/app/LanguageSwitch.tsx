import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage, switchLanguage } from '../i18n';

/** Three visible choices rather than a drop-down: one click, and each has an accessible name. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Radio.Group
      aria-label={t('language.label')}
      optionType="button"
      size="small"
      value={isLanguage(i18n.language) ? i18n.language : 'zh-CN'}
      onChange={(event) => {
        const lang: unknown = event.target.value;
        if (isLanguage(lang)) void switchLanguage(lang);
      }}
      options={LANGUAGES.map((lang) => ({ value: lang, label: t(`language.${lang}`) }))}
    />
  );
}
