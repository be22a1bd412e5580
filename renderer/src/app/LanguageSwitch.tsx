import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { LANGUAGES, isLanguage, switchLanguage } from '../i18n';

/** Three visible choices rather than a drop-down: one click, and each has an accessible name. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  return (
    <Radio.Group
      aria-label={t('language.label')}
      optionType="button"
      size="small"
      value={isLanguage(i18n.language) ? i18n.language : 'zh-CN'}
      onChange={(event) => {
        const lang: unknown = event.target.value;
        if (!isLanguage(lang)) return;
        void switchLanguage(lang);
        // the report and the store's settings follow the UI language; a failure here changes nothing on screen
        api['settings.set']({ language: lang }).catch(() => undefined);
      }}
      options={LANGUAGES.map((lang) => ({ value: lang, label: t(`language.${lang}`) }))}
    />
  );
}
