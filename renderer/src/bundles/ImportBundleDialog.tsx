import { ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../app/ErrorNotice';
import { BundlePicker } from './BundlePicker';
import { useImportDialog, type ImportRequest } from './import-dialog';
import { ImportOutcomeView } from './ImportOutcomeView';
import { useBundleImport } from './useBundleImport';

/** The app's one import dialog; mounted once, opened from the enterprises page or by a launch. */
export function ImportBundleDialog() {
  const { t } = useTranslation();
  const open = useImportDialog((s) => s.open);
  const session = useImportDialog((s) => s.session);
  const request = useImportDialog((s) => s.request);
  const close = useImportDialog((s) => s.close);
  return (
    <Modal
      open={open}
      title={t('bundle.importTitle')}
      onCancel={close}
      footer={null}
      width={600}
      closable={{ 'aria-label': t('common.close') }}
      destroyOnHidden
    >
      <ImportFlow key={session} request={request} onClose={close} />
    </Modal>
  );
}

function ImportFlow({ request, onClose }: { request: ImportRequest; onClose(): void }) {
  const { t } = useTranslation();
  const flow = useBundleImport(request);
  if (flow.done) return <ImportOutcomeView imported={flow.done} onAnother={flow.reset} onClose={onClose} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {request.launch ? (
        <Alert type="info" showIcon title={t('bundle.launchConfirm', { file: request.launch.fileName })} />
      ) : (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('bundle.intro')}
        </Typography.Paragraph>
      )}
      <BundlePicker
        chosen={flow.source}
        disabled={flow.busy}
        onPick={flow.pick}
        onChoose={flow.desktop ? () => void flow.choose() : undefined}
      />
      {flow.problem ? (
        <Alert type="error" showIcon role="alert" title={t(flow.problem.key, flow.problem.values)} />
      ) : null}
      {flow.error ? <ErrorNotice error={flow.error} /> : null}
      <div className="dialog-actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          type="primary"
          icon={<ImportOutlined aria-hidden />}
          disabled={!flow.source}
          loading={flow.busy}
          onClick={() => void flow.run()}
        >
          {t('bundle.confirmImport')}
        </Button>
      </div>
    </Space>
  );
}
