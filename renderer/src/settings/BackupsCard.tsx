import { Alert, Button, List, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { useAction } from '../api/useAction';
import { useCall } from '../api/useCall';
import { ErrorNotice } from '../app/ErrorNotice';
import { formatDateTime } from '../common/format';
import { formatBytes } from '../common/bytes';
import { BackupStatus } from './BackupStatus';

/** Backups of the database, newest first; restoring keeps a safety copy of the current data. */
export function BackupsCard() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const list = useCall(() => api['backup.list']({}), [api]);
  const [done, setDone] = useState<{ restoredFrom: string; safetyBackup: string }>();
  /** the backup being restored, for its button's spinner */
  const [target, setTarget] = useState<string>();
  const [restores, setRestores] = useState(0);
  const {
    run: restore,
    busy,
    error,
  } = useAction(async (fileName: string) => {
    setTarget(fileName);
    setDone(await api['backup.restore']({ fileName }));
    list.reload();
    setRestores((n) => n + 1);
  });
  if (list.error) return <ErrorNotice error={list.error} onRetry={list.reload} />;
  return (
    <section aria-label={t('settings.backups')}>
      {done ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('settings.restored', done)}
          action={<Button onClick={() => window.location.reload()}>{t('settings.reloadApp')}</Button>}
        />
      ) : null}
      {error ? <ErrorNotice error={error} style={{ marginBottom: 12 }} /> : null}
      <BackupStatus version={restores} />
      <List
        size="small"
        bordered
        loading={list.loading}
        locale={{ emptyText: t('settings.noBackups') }}
        dataSource={list.data?.items ?? []}
        renderItem={(b) => (
          <List.Item
            actions={[
              <Popconfirm
                key="restore"
                title={t('settings.restoreConfirm')}
                description={t('settings.restoreDetail')}
                okText={t('settings.restore')}
                cancelText={t('common.cancel')}
                onConfirm={() => void restore(b.fileName)}
              >
                <Button
                  size="small"
                  loading={busy && target === b.fileName}
                  aria-label={t('settings.restoreNamed', { name: b.fileName })}
                >
                  {t('settings.restore')}
                </Button>
              </Popconfirm>,
            ]}
          >
            <Typography.Text>{formatDateTime(b.createdAt, i18n.language)}</Typography.Text>
            <Tag style={{ marginLeft: 8 }}>{t(`settings.backupKinds.${b.kind}`)}</Tag>
            <Typography.Text type="secondary">
              {b.fileName} · {formatBytes(b.size)}
            </Typography.Text>
          </List.Item>
        )}
      />
    </section>
  );
}
