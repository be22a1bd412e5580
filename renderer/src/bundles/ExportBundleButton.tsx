import { ExportOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { asApiError } from '../api/useCall';
import { downloadBase64 } from '../common/files';
import { BUNDLE_MIME, exportDelivery } from './bundle-file';

/** Exports one assessment as a .sfdx bundle, to carry it to another PC. */
export function ExportBundleButton({
  assessmentId,
  accessibleName,
  size,
}: {
  assessmentId: string;
  /** tells rows apart when several export buttons share a screen */
  accessibleName?: string;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const result = await api['bundle.export']({ assessmentId });
      const delivery = exportDelivery(result);
      if (delivery === 'download' && result.base64 !== undefined) {
        downloadBase64(result.fileName, result.base64, BUNDLE_MIME);
        void message.success(t('bundle.downloaded', { file: result.fileName }), 6);
      }
      if (delivery === 'saved') void message.success(t('bundle.savedTo', { path: result.savedTo }), 8);
    } catch (e) {
      const error = asApiError(e);
      void message.error(`${t(`errors.${error.code}`)}：${error.message}`, 8);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size={size}
      icon={<ExportOutlined aria-hidden />}
      loading={busy}
      onClick={() => void run()}
      aria-label={accessibleName}
    >
      {t('bundle.export')}
    </Button>
  );
}
