import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/client';

/** Shows an API error in the user's language: the translated code, then the specific message. */
export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const network = error.message === 'network';
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t(network ? 'errors.network' : `errors.${error.code}`)}
      description={network ? undefined : error.message}
      action={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}
