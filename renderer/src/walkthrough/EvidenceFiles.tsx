import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, List, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/client';
import { MAX_EVIDENCE_BYTES } from '@contract/records';
import { useApi } from '../api/ApiProvider';
import { runAction } from '../api/action';
import { useCall } from '../api/useCall';
import { ErrorNotice } from '../app/ErrorNotice';
import { formatBytes } from '../common/bytes';
import { fileToBase64 } from '../common/files';
import { EVIDENCE_BUDGET_BYTES, distinctBytes, evidenceBudget } from './evidence-budget';

/** Evidence files of one item: the renderer reads the file and sends its bytes (base64) to the store. */
export function EvidenceFiles({
  assessmentId,
  itemId,
  disabled,
}: {
  assessmentId: string;
  itemId: string;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const files = useCall(() => api['evidence.list']({ assessmentId, itemId }), [api, assessmentId, itemId]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  /** a file refused before it is sent (too large, or the bundle would be) */
  const [refused, setRefused] = useState<string>();
  const [near, setNear] = useState<string>();

  /** The evidence of the whole assessment must still fit one bundle (checked at each attachment). */
  const checkBudget = async (file: File): Promise<boolean> => {
    const all = await api['evidence.list']({ assessmentId });
    const current = distinctBytes(all.items);
    const verdict = evidenceBudget(current, file.size);
    const values = {
      name: file.name,
      total: formatBytes(current + file.size),
      max: formatBytes(EVIDENCE_BUDGET_BYTES),
    };
    if (verdict === 'over') setRefused(t('walk.evidence.overBundle', values));
    setNear(verdict === 'near' ? t('walk.evidence.nearBundle', values) : undefined);
    return verdict !== 'over';
  };

  const add = async (file: File) => {
    setRefused(undefined);
    setError(undefined);
    if (file.size > MAX_EVIDENCE_BYTES) {
      setRefused(t('walk.evidence.tooLarge', { name: file.name }));
      return;
    }
    await runAction(
      async () => {
        if (!(await checkBudget(file))) return;
        await api['evidence.add']({
          assessmentId,
          itemId,
          fileName: file.name,
          mimeType: file.type || 'application/octet-stream',
          base64: await fileToBase64(file),
        });
        files.reload();
      },
      { setBusy, setError },
    );
  };

  const remove = async (id: string) => {
    await runAction(
      async () => {
        await api['evidence.remove']({ id });
        files.reload();
      },
      { setError },
    );
  };

  return (
    <div>
      <Upload
        multiple
        showUploadList={false}
        disabled={disabled || busy}
        beforeUpload={(file) => {
          void add(file);
          return false;
        }}
      >
        <Button size="small" icon={<UploadOutlined />} loading={busy} disabled={disabled}>
          {t('walk.evidence.add')}
        </Button>
      </Upload>
      {refused ? <Alert type="error" role="alert" showIcon title={refused} style={{ marginTop: 8 }} /> : null}
      {error ? <ErrorNotice error={error} style={{ marginTop: 8 }} /> : null}
      {near && !refused && !error ? (
        <Alert type="warning" role="status" showIcon title={near} style={{ marginTop: 8 }} />
      ) : null}
      {files.data && files.data.items.length > 0 ? (
        <List
          size="small"
          aria-label={t('walk.evidence.title')}
          dataSource={files.data.items}
          renderItem={(f) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  type="text"
                  size="small"
                  danger
                  disabled={disabled}
                  icon={<DeleteOutlined />}
                  aria-label={t('walk.evidence.remove', { name: f.fileName })}
                  onClick={() => void remove(f.id)}
                />,
              ]}
            >
              <Typography.Text ellipsis={{ tooltip: f.fileName }} style={{ maxWidth: 180 }}>
                <PaperClipOutlined /> {f.fileName}
              </Typography.Text>
              <Typography.Text type="secondary"> {formatBytes(f.size)}</Typography.Text>
            </List.Item>
          )}
        />
      ) : (
        <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
          {t('walk.evidence.none')}
        </Typography.Paragraph>
      )}
    </div>
  );
}
