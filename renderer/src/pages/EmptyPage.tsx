import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A page frame with its title and an explanation of what the consultant should do first. */
export function EmptyPage({ page }: { page: 'enterprises' | 'diagnosis' | 'report' }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Typography.Title level={3}>{t(`pages.${page}.title`)}</Typography.Title>
      <Empty description={t(`pages.${page}.empty`)} />
    </Card>
  );
}
