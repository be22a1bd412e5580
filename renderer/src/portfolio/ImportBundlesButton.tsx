import { ImportOutlined } from '@ant-design/icons';
import { App, Button, Modal, Table, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '@contract/contract';
import { MAX_INLINE_BUNDLE_BYTES } from '@contract/records';
import { useApi } from '../api/ApiProvider';
import { useAction } from '../api/useAction';
import { errorLine } from '../app/ErrorNotice';
import { fileToBase64 } from '../common/files';
import { BUNDLE_EXTENSION, checkBundleFile } from '../bundles/bundle-file';

type FileOutcome = Output<'bundle.importMany'>['files'][number];
/** One request stays well under the web shell's 80 MB body: files are sent in batches. */
const BATCH_BYTES = 40 * 1024 * 1024;

function batches(files: File[]): File[][] {
  const out: File[][] = [];
  let size = Infinity;
  for (const file of files) {
    if (size + file.size > BATCH_BYTES) {
      out.push([]);
      size = 0;
    }
    out[out.length - 1]!.push(file);
    size += file.size;
  }
  return out;
}

/** Several .sfdx files at once, then a summary per file (added, updated, refused and why). */
export function ImportBundlesButton({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [summary, setSummary] = useState<FileOutcome[] | undefined>();
  const send = useAction(
    async (files: File[], outcomes: FileOutcome[]) => {
      for (const batch of batches(files)) {
        const sent = await Promise.all(
          batch.map(async (f) => ({ fileName: f.name, base64: await fileToBase64(f) })),
        );
        outcomes.push(...(await api['bundle.importMany']({ files: sent })).files);
      }
    },
    (error) => void message.error(errorLine(t, error), 10),
  );
  const run = async (picked: File[]) => {
    const outcomes: FileOutcome[] = [];
    const accepted: File[] = [];
    for (const file of picked) {
      // sent inline (base64): larger bundles go through the one-file import, which streams
      const problem = checkBundleFile(file.name, file.size, MAX_INLINE_BUNDLE_BYTES);
      if (problem)
        outcomes.push({
          fileName: file.name,
          outcome: 'refused',
          enterpriseName: null,
          reason: t(problem.key, problem.values),
        });
      else accepted.push(file);
    }
    // the files sent before a failure are in the summary too
    await send.run(accepted, outcomes);
    setSummary(outcomes);
    onImported();
    if (input.current) input.current.value = '';
  };
  return (
    <>
      <Button
        icon={<ImportOutlined aria-hidden />}
        loading={send.busy}
        onClick={() => input.current?.click()}
      >
        {t('portfolio.importBundles')}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept={BUNDLE_EXTENSION}
        aria-label={t('portfolio.importBundles')}
        onChange={(e) => void run([...(e.target.files ?? [])])}
      />
      <Modal
        open={summary !== undefined}
        title={t('portfolio.bundlesTitle')}
        width={760}
        onCancel={() => setSummary(undefined)}
        footer={null}
      >
        <Table<FileOutcome>
          rowKey={(r, i) => `${r.fileName}-${i}`}
          size="small"
          pagination={false}
          dataSource={summary ?? []}
          columns={[
            { title: t('portfolio.bundleFile'), dataIndex: 'fileName', width: 200, ellipsis: true },
            {
              title: t('portfolio.bundleOutcome'),
              width: 190,
              render: (_: unknown, r) =>
                r.outcome === 'refused' ? (
                  <Tag color="red">{t('portfolio.refused')}</Tag>
                ) : (
                  <Tag color="green">{t(`bundle.outcome.${r.outcome}`)}</Tag>
                ),
            },
            {
              title: t('portfolio.bundleReason'),
              render: (_: unknown, r) => r.reason ?? r.enterpriseName ?? '',
            },
          ]}
        />
      </Modal>
    </>
  );
}
