import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/client';
import type { TFunction } from 'i18next';

/** One line for a toast: the translated code, then the specific message (network errors: the code only). */
export function errorLine(t: TFunction, error: ApiError): string {
  return error.message === 'network' ? t('errors.network') : `${t(`errors.${error.code}`)}：${error.message}`;
}

/** Shows an API error in the user's language: the translated code, then the specific message. */
export function ErrorNotice({
  error,
  onRetry,
  style,
}: {
  error: ApiError;
  onRetry?: () => void;
  style?: CSSProperties;
}) {
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
      style={style}
    />
  );
}
