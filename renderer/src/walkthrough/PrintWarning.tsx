import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { unprintablePictographs } from '../../../assessments/presentation/printable';

/** Warns while a note is typed that some of its characters (emoji) will not print in the PDF as typed. */
export function PrintWarning({ text }: { text: string }) {
  const { t } = useTranslation();
  const chars = unprintablePictographs(text);
  if (chars.length === 0) return null;
  return (
    <Typography.Text type="warning" role="status">
      {t('walk.notePrintWarning', { chars: chars.join(' ') })}
    </Typography.Text>
  );
}
