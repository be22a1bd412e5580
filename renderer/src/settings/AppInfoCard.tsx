import { Descriptions, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { useCall } from '../api/useCall';
import { ErrorNotice } from '../app/ErrorNotice';

/** What this installation is and where its data lives. */
export function AppInfoCard() {
  const { t } = useTranslation();
  const api = useApi();
  const { data, error, loading, reload } = useCall(() => api['app.info']({}), [api]);
  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  if (loading || !data) return <Skeleton active />;
  const models = data.models.map((m) => `${m.id} ${m.version}`).join('，') || t('info.none');
  return (
    <Descriptions column={1} bordered size="small" className="info-table" aria-label={t('info.title')}>
      <Descriptions.Item label={t('info.name')}>{data.name}</Descriptions.Item>
      <Descriptions.Item label={t('info.version')}>{data.version}</Descriptions.Item>
      <Descriptions.Item label={t('info.runtime')}>{t(`info.runtimes.${data.runtime}`)}</Descriptions.Item>
      <Descriptions.Item label={t('info.dataDir')}>
        <Typography.Text copyable>{data.dataDir}</Typography.Text>
        <br />
        <Typography.Text type="secondary">{t('settings.dataDirHint')}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('info.models')}>{models}</Descriptions.Item>
      <Descriptions.Item label={t('info.catalogVersion')}>{data.catalogVersion}</Descriptions.Item>
      <Descriptions.Item label={t('info.nodeVersion')}>{data.nodeVersion}</Descriptions.Item>
    </Descriptions>
  );
}
