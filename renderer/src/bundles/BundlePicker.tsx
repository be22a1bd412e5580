import { InboxOutlined } from '@ant-design/icons';
import { Button, Typography, Upload } from 'antd';
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
  onChoose,
}: {
  chosen: ChosenFile | undefined;
  disabled: boolean;
  onPick(file: File): void;
  /** desktop app: clicking opens its own dialog, whose file the main process reads (no upload) */
  onChoose?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const hint = t('bundle.pickHint', { max: formatBytes(MAX_BUNDLE_BYTES) });
  const chosenText = chosen
    ? t('bundle.chosen', { file: chosen.fileName, size: formatBytes(chosen.size) })
    : undefined;
  if (onChoose) {
    return (
      <div className="bundle-choose">
        <Button
          icon={<InboxOutlined aria-hidden />}
          disabled={disabled}
          onClick={onChoose}
          block
          size="large"
        >
          {t('bundle.pick')}
        </Button>
        <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
        {chosenText ? (
          <Typography.Text strong className="bundle-chosen">
            {chosenText}
          </Typography.Text>
        ) : null}
      </div>
    );
  }
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
      <p className="ant-upload-hint">{hint}</p>
      {chosenText ? (
        <Typography.Text strong className="bundle-chosen">
          {chosenText}
        </Typography.Text>
      ) : null}
    </Upload.Dragger>
  );
}
