import { Card, Descriptions, Form, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { useCall } from '../api/useCall';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { ErrorNotice } from '../app/ErrorNotice';

function AppInfoCard() {
  const { t } = useTranslation();
  const api = useApi();
  const { data, error, loading, reload } = useCall(() => api['app.info']({}), [api]);
  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  if (loading || !data) return <Skeleton active />;
  const models = data.models.map((m) => `${m.id} ${m.version}`).join('，') || t('info.none');
  return (
    <Descriptions column={1} bordered size="small" aria-label={t('info.title')}>
      <Descriptions.Item label={t('info.name')}>{data.name}</Descriptions.Item>
      <Descriptions.Item label={t('info.version')}>{data.version}</Descriptions.Item>
      <Descriptions.Item label={t('info.runtime')}>{t(`info.runtimes.${data.runtime}`)}</Descriptions.Item>
      <Descriptions.Item label={t('info.dataDir')}>
        <Typography.Text copyable>{data.dataDir}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('info.models')}>{models}</Descriptions.Item>
      <Descriptions.Item label={t('info.catalogVersion')}>{data.catalogVersion}</Descriptions.Item>
      <Descriptions.Item label={t('info.nodeVersion')}>{data.nodeVersion}</Descriptions.Item>
    </Descriptions>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3}>{t('pages.settings.title')}</Typography.Title>
        <Form layout="horizontal">
          <Form.Item label={t('language.label')}>
            <LanguageSwitch />
          </Form.Item>
        </Form>
      </Card>
      <Card title={t('info.title')}>
        <AppInfoCard />
      </Card>
    </Space>
  );
}
