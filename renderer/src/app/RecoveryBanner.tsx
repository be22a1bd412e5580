import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { useCall } from '../api/useCall';
import { formatDateTime } from '../common/format';
import { useNav } from './nav';

const DISMISSED_KEY = 'sfd.recovery.dismissed';

/** A data folder that cannot be written: always shown, since every edit would be refused. */
function ReadOnlyNotice({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      className="read-only-banner"
      title={t('recovery.readOnly')}
      description={message}
    />
  );
}

/**
 * Says so when opening the database had to recover from a damaged file: what happened, where
 * the damaged file went, what was restored. Dismissed once per recovery (reloads keep it closed).
 * Also says when the data folder is read-only (view and export only).
 */
export function RecoveryBanner() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const go = useNav((s) => s.go);
  const status = useCall(() => api['store.status']({}), [api]);
  const [dismissed, setDismissed] = useState(() => sessionStorage.getItem(DISMISSED_KEY));
  const recovery = status.data?.recovery;
  const readOnly = status.data?.readOnly ? <ReadOnlyNotice message={status.data.readOnly} /> : null;
  if (!recovery || dismissed === recovery.at) return readOnly;
  const dismiss = () => {
    sessionStorage.setItem(DISMISSED_KEY, recovery.at);
    setDismissed(recovery.at);
  };
  return (
    <>
      {readOnly}
      <Alert
        type="warning"
        showIcon
        role="alert"
        className="recovery-banner"
        title={t(recovery.reason === 'lost-writes' ? 'recovery.titleLost' : 'recovery.title')}
        description={
          <>
            <div>{recovery.message}</div>
            <div className="recovery-at">
              {t('recovery.at', { time: formatDateTime(recovery.at, i18n.language) })}
            </div>
          </>
        }
        action={
          <Button size="small" onClick={() => go('settings')}>
            {t('recovery.toBackups')}
          </Button>
        }
        closable={{ 'aria-label': t('recovery.dismiss'), onClose: dismiss }}
      />
    </>
  );
}
