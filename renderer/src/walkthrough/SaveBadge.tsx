import { CheckCircleFilled, ExclamationCircleFilled, LoadingOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorLine } from '../app/ErrorNotice';
import { formatTime } from '../common/format';
import type { SaveStatus } from './store';

/** "已保存" appears only once the store has acknowledged the latest change of this answer. */
export function SaveBadge({ status, onRetry }: { status: SaveStatus | undefined; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  if (!status) return <Typography.Text type="secondary">{t('walk.save.none')}</Typography.Text>;
  if (status.state === 'saving')
    return (
      <Typography.Text type="secondary" role="status">
        <LoadingOutlined /> {t('walk.save.saving')}
      </Typography.Text>
    );
  if (status.state === 'saved')
    return (
      <Typography.Text type="success" role="status">
        <CheckCircleFilled /> {t('walk.save.saved')}
        <Typography.Text type="secondary"> {formatTime(status.at, i18n.language)}</Typography.Text>
      </Typography.Text>
    );
  return (
    <Alert
      type="error"
      role="alert"
      showIcon
      icon={<ExclamationCircleFilled />}
      title={t('walk.save.failed')}
      description={errorLine(t, status.error)}
      action={
        <Button size="small" danger onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
