import { ExportOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { useAction } from '../api/useAction';
import { errorLine } from '../app/ErrorNotice';
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
  const { run, busy } = useAction(
    async () => {
      const result = await api['bundle.export']({ assessmentId });
      const delivery = exportDelivery(result);
      if (delivery === 'download' && result.base64 !== undefined) {
        downloadBase64(result.fileName, result.base64, BUNDLE_MIME);
        void message.success(t('bundle.downloaded', { file: result.fileName }), 6);
      }
      if (delivery === 'saved') void message.success(t('bundle.savedTo', { path: result.savedTo }), 8);
    },
    (error) => void message.error(errorLine(t, error), 8),
  );
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
