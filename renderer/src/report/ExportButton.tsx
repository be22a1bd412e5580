import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportExportResult } from '@contract/methods/report';
import { useApi } from '../api/ApiProvider';
import { useAction } from '../api/useAction';
import { downloadBase64 } from '../common/files';
import { isLanguage } from '../i18n';
import { ErrorNotice } from '../app/ErrorNotice';

/** Exports the PDF diagnosis report of one assessment, in the UI language. */
export function ExportButton({ assessmentId, name }: { assessmentId: string; name?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [done, setDone] = useState<ReportExportResult>();
  const { run, busy, error } = useAction(async () => {
    const language = isLanguage(i18n.language) ? i18n.language : undefined;
    const result = await api['report.export']({ assessmentId, ...(language ? { language } : {}) });
    if (result.base64) downloadBase64(result.fileName, result.base64, 'application/pdf');
    setDone(result);
  });
  return (
    <Space direction="vertical" size={4}>
      <Button
        icon={<FilePdfOutlined />}
        loading={busy}
        onClick={() => void run()}
        aria-label={name ? t('report.exportNamed', { name }) : undefined}
      >
        {t('report.export')}
      </Button>
      {done && (done.savedTo || done.base64) ? (
        <Typography.Text type="success" role="status">
          {t('report.exported', { file: done.savedTo ?? done.fileName, pages: done.pages })}
        </Typography.Text>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </Space>
  );
}
