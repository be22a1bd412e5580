import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The PDF export screen belongs to the report issue; until it lands this page says what to do first. */
export function ReportPage() {
  const { t } = useTranslation();
  return (
    <Card>
      <Typography.Title level={3}>{t('pages.report.title')}</Typography.Title>
      <Empty description={t('pages.report.empty')} />
    </Card>
  );
}
