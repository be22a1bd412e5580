import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '@contract/records';
import { useApi } from '../api/ApiProvider';
import { useCall } from '../api/useCall';
import { ErrorNotice } from '../app/ErrorNotice';
import { ExportBundleButton } from '../bundles/ExportBundleButton';
import { useImportDialog } from '../bundles/import-dialog';
import { useNav } from '../app/nav';
import { formatDateTime } from '../common/format';
import { useModelTitle } from '../common/useModelTitles';
import { CompareView } from './CompareView';
import { answeredOf } from '../common/answered-of';

/** All assessments of an enterprise; pick two to see how each dimension moved. */
export function AssessmentHistory({ enterpriseId }: { enterpriseId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const go = useNav((s) => s.go);
  const modelTitle = useModelTitle();
  const imports = useImportDialog((s) => s.imports);
  const { data, error, loading, reload } = useCall(
    () => api['assessment.list']({ enterpriseId, limit: 200 }),
    [api, enterpriseId, imports],
  );
  const [picked, setPicked] = useState<string[]>([]);
  const [comparing, setComparing] = useState<[AssessmentSummary, AssessmentSummary]>();
  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  const items = data?.items ?? [];
  const compare = () => {
    const chosen = items
      .filter((a) => picked.includes(a.id))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    if (chosen.length === 2) setComparing([chosen[0]!, chosen[1]!]);
  };
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('history.title')}
        </Typography.Title>
      }
      extra={
        <Space>
          <Typography.Text type="secondary">{t('history.pickTwo')}</Typography.Text>
          <Button disabled={picked.length !== 2} onClick={compare}>
            {t('history.compare')}
          </Button>
        </Space>
      }
    >
      <Table<AssessmentSummary>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={items}
        aria-label={t('history.title')}
        locale={{ emptyText: t('history.empty') }}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        rowSelection={{
          selectedRowKeys: picked,
          onChange: (keys) => setPicked(keys.map(String).slice(-2)),
          getCheckboxProps: (a) => ({
            'aria-label': t('history.pick', { date: formatDateTime(a.createdAt, i18n.language) }),
          }),
          hideSelectAll: true,
        }}
        columns={[
          {
            title: t('history.createdAt'),
            render: (_: unknown, a) => formatDateTime(a.createdAt, i18n.language),
            width: 170,
          },
          { title: t('history.model'), render: (_: unknown, a) => modelTitle(a.modelId, a.modelVersion) },
          {
            title: t('history.status'),
            width: 90,
            render: (_: unknown, a) => (
              <Tag color={a.status === 'completed' ? 'green' : 'blue'}>{t(`status.${a.status}`)}</Tag>
            ),
          },
          {
            title: t('history.answered'),
            key: 'answered',
            render: (_: unknown, a) => answeredOf(t, a),
            width: 80,
          },
          { title: t('history.consultant'), dataIndex: 'consultantName', width: 110 },
          {
            title: t('history.actions'),
            width: 300,
            render: (_: unknown, a) => (
              <Space size={4} wrap>
                <Button size="small" type="primary" onClick={() => go('diagnosis', a.id)}>
                  {a.status === 'completed' ? t('diagnosisHome.open') : t('diagnosisHome.resume')}
                </Button>
                <Button size="small" onClick={() => go('diagnosis', a.id, 'results')}>
                  {t('diagnosisHome.results')}
                </Button>
                <ExportBundleButton
                  assessmentId={a.id}
                  size="small"
                  accessibleName={t('bundle.exportNamed', {
                    date: formatDateTime(a.createdAt, i18n.language),
                  })}
                />
              </Space>
            ),
          },
        ]}
      />
      {comparing ? (
        <CompareView before={comparing[0]} after={comparing[1]} onClose={() => setComparing(undefined)} />
      ) : null}
    </Card>
  );
}
