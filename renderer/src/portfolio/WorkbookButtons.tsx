import { App, Button, List, Modal, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/client';
import type { Output } from '@contract/contract';
import type { PortfolioRow } from '@contract/methods/portfolio';
import { useApi } from '../api/ApiProvider';
import { useAction } from '../api/useAction';
import { errorLine } from '../app/ErrorNotice';
import { fileToBase64 } from '../common/files';
import { deliver } from './deliver';

type ImportResult = Output<'workbook.import'>;

/** Questionnaire workbook out (for the enterprise to fill in) and back in, with row errors. */
export function WorkbookButtons({ row, onImported }: { row: PortfolioRow; onImported(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [failed, setFailed] = useState<{ result: ImportResult; base64: string } | undefined>();
  const toast = (error: ApiError) => void message.error(errorLine(t, error), 10);
  const { run: exportBook } = useAction(async () => {
    const done = deliver(await api['workbook.export']({ assessmentId: row.assessmentId }));
    if (done.kind === 'saved') void message.success(t('portfolio.workbookSaved', { path: done.path }), 8);
    if (done.kind === 'downloaded')
      void message.success(t('portfolio.workbookDownloaded', { file: done.file }), 8);
  }, toast);
  const { run: importBook, busy } = useAction(async (base64: string, mode: 'all' | 'valid-rows') => {
    const result = await api['workbook.import']({
      assessmentId: row.assessmentId,
      fileName: 'workbook.xlsx',
      base64,
      mode,
    });
    if (result.errors.length > 0 && mode === 'all') setFailed({ result, base64 });
    else {
      setFailed(undefined);
      void message.success(t('portfolio.workbookWritten', { count: result.written }), 6);
      onImported();
    }
  }, toast);
  const onFile = async (file: File | undefined) => {
    if (file) await importBook(await fileToBase64(file), 'all');
    if (input.current) input.current.value = '';
  };
  const name = row.enterpriseName;
  return (
    <Space size={4}>
      <Button
        size="small"
        onClick={() => void exportBook()}
        aria-label={`${t('portfolio.workbookExport')} ${name}`}
      >
        {t('portfolio.workbookExport')}
      </Button>
      {row.status === 'draft' ? (
        <Button
          size="small"
          loading={busy}
          onClick={() => input.current?.click()}
          aria-label={`${t('portfolio.workbookImport')} ${name}`}
        >
          {t('portfolio.workbookImport')}
        </Button>
      ) : null}
      <input
        ref={input}
        type="file"
        hidden
        accept=".xlsx"
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <Modal
        open={failed !== undefined}
        title={t('portfolio.workbookErrorsTitle', { count: failed?.result.errors.length ?? 0 })}
        onCancel={() => setFailed(undefined)}
        footer={[
          <Button key="close" onClick={() => setFailed(undefined)}>
            {t('portfolio.close')}
          </Button>,
          failed && failed.result.validRows > 0 ? (
            <Button
              key="valid"
              type="primary"
              loading={busy}
              onClick={() => void importBook(failed.base64, 'valid-rows')}
            >
              {t('portfolio.importValidRows', { valid: failed.result.validRows })}
            </Button>
          ) : null,
        ]}
      >
        <Typography.Paragraph>
          {t('portfolio.workbookErrorsIntro', { valid: failed?.result.validRows ?? 0 })}
        </Typography.Paragraph>
        <List
          size="small"
          bordered
          style={{ maxHeight: 320, overflow: 'auto' }}
          dataSource={failed?.result.errors ?? []}
          renderItem={(e) => <List.Item>{e.message}</List.Item>}
        />
      </Modal>
    </Space>
  );
}
