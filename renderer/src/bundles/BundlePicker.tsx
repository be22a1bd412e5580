import { InboxOutlined } from '@ant-design/icons';
import { Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_BUNDLE_BYTES } from '@contract/records';
import { formatBytes } from '../common/bytes';
import { BUNDLE_EXTENSION } from './bundle-file';

export interface ChosenFile {
  readonly fileName: string;
  readonly size: number;
}

/** Click or drop one .sfdx file; nothing is uploaded here, the file is handed to onPick. */
export function BundlePicker({
  chosen,
  disabled,
  onPick,
}: {
  chosen: ChosenFile | undefined;
  disabled: boolean;
  onPick(file: File): void;
}) {
  const { t } = useTranslation();
  return (
    <Upload.Dragger
      accept={BUNDLE_EXTENSION}
      multiple={false}
      showUploadList={false}
      disabled={disabled}
      aria-label={t('bundle.fileLabel')}
      beforeUpload={(file) => {
        onPick(file);
        return Upload.LIST_IGNORE;
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined aria-hidden />
      </p>
      <p className="ant-upload-text">{t('bundle.pick')}</p>
      <p className="ant-upload-hint">{t('bundle.pickHint', { max: formatBytes(MAX_BUNDLE_BYTES) })}</p>
      {chosen ? (
        <Typography.Text strong className="bundle-chosen">
          {t('bundle.chosen', { file: chosen.fileName, size: formatBytes(chosen.size) })}
        </Typography.Text>
      ) : null}
    </Upload.Dragger>
  );
}
