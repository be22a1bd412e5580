import { CheckCircleFilled, ExclamationCircleFilled, LoadingOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../app/ErrorNotice';
import { formatTime } from './format';
import type { AutosaveStatus } from './useFormAutosave';

/** The save state of an autosaved form, in words: saving, saved at (acknowledged), not saved and why. */
export function AutosaveNotice({ status, onRetry }: { status: AutosaveStatus; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  switch (status.state) {
    case 'idle':
      return null;
    case 'saving':
      return (
        <Typography.Text type="secondary" role="status">
          <LoadingOutlined /> {t('walk.save.saving')}
        </Typography.Text>
      );
    case 'saved':
      return (
        <Typography.Text type="success" role="status">
          <CheckCircleFilled /> {t('walk.save.saved')} {formatTime(status.at, i18n.language)}
        </Typography.Text>
      );
    case 'invalid':
      return (
        <Typography.Text type="warning" role="status">
          <ExclamationCircleFilled /> {t('common.autosaveInvalid')}
        </Typography.Text>
      );
    case 'error':
      return (
        <div>
          <Typography.Text type="danger">{t('common.autosaveFailed')}</Typography.Text>
          <ErrorNotice error={status.error} onRetry={onRetry} />
        </div>
      );
  }
}
