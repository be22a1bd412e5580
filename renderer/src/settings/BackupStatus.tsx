import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { useCall } from '../api/useCall';
import { formatDateTime } from '../common/format';

/** When the newest backup was taken, and why the last daily backup failed if it did. */
export function BackupStatus({ version }: { version: number }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { data } = useCall(() => api['store.status']({}), [api, version]);
  if (!data) return null;
  const last = data.lastBackup;
  return (
    <div className="backup-status">
      <Typography.Text role="status">
        {last
          ? t('settings.lastBackup', {
              time: formatDateTime(last.createdAt, i18n.language),
              kind: t(`settings.backupKinds.${last.kind}`),
            })
          : t('settings.noLastBackup')}
      </Typography.Text>
      {data.backupError ? (
        <Alert type="warning" showIcon title={t('settings.backupFailed')} description={data.backupError} />
      ) : null}
    </div>
  );
}
