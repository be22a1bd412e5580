import { Card, Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '@contract/records';
import { useApi } from '../api/ApiProvider';
import { useCall } from '../api/useCall';
import { ErrorNotice } from '../app/ErrorNotice';
import { formatDateTime } from '../common/format';
import { useModelTitle } from '../common/useModelTitles';
import { ExportButton } from './ExportButton';

/** PDF reports: every assessment, completed ones first; drafts can be exported as a preview. */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const modelTitle = useModelTitle();
  const { data, error, loading, reload } = useCall(() => api['assessment.list']({ limit: 200 }), [api]);
  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  const items = [...(data?.items ?? [])].sort(
    (a, b) => Number(b.status === 'completed') - Number(a.status === 'completed'),
  );
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('pages.report.title')}
        </Typography.Title>
      }
    >
      {data && items.length === 0 ? (
        <Empty description={t('pages.report.empty')} />
      ) : (
        <Table<AssessmentSummary>
          rowKey="id"
          loading={loading}
          dataSource={items}
          aria-label={t('pages.report.title')}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('diagnosisHome.enterprise'), dataIndex: 'enterpriseName' },
            {
              title: t('diagnosisHome.model'),
              render: (_: unknown, a) => modelTitle(a.modelId, a.modelVersion),
            },
            {
              title: t('diagnosisHome.status'),
              width: 90,
              render: (_: unknown, a) => (
                <Tag color={a.status === 'completed' ? 'green' : 'blue'}>{t(`status.${a.status}`)}</Tag>
              ),
            },
            {
              title: t('diagnosisHome.updatedAt'),
              width: 170,
              render: (_: unknown, a) => formatDateTime(a.updatedAt, i18n.language),
            },
            {
              title: t('diagnosisHome.actions'),
              width: 260,
              render: (_: unknown, a) => <ExportButton assessmentId={a.id} name={a.enterpriseName} />,
            },
          ]}
        />
      )}
    </Card>
  );
}
