import { Button, Card, Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '@contract/records';
import { useApi } from '../api/ApiProvider';
import { useCall } from '../api/useCall';
import { ErrorNotice } from '../app/ErrorNotice';
import { useNav } from '../app/nav';
import { formatDateTime } from '../common/format';
import { useModelTitle } from '../common/useModelTitles';
import { answeredOf } from '../common/answered-of';

/** Assessments on this PC, most recently touched first: one click resumes where the consultant left off. */
export function DiagnosisHome() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const go = useNav((s) => s.go);
  const modelTitle = useModelTitle();
  const { data, error, loading, reload } = useCall(() => api['assessment.list']({ limit: 100 }), [api]);
  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('diagnosisHome.title')}
        </Typography.Title>
      }
    >
      {data && data.items.length === 0 ? (
        <Empty description={t('diagnosisHome.empty')}>
          <Button type="primary" onClick={() => go('enterprises')}>
            {t('diagnosisHome.toEnterprises')}
          </Button>
        </Empty>
      ) : (
        <Table<AssessmentSummary>
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          aria-label={t('diagnosisHome.title')}
          columns={[
            { title: t('diagnosisHome.enterprise'), dataIndex: 'enterpriseName' },
            {
              title: t('diagnosisHome.model'),
              render: (_: unknown, a) => modelTitle(a.modelId, a.modelVersion),
              width: 220,
            },
            {
              title: t('diagnosisHome.status'),
              width: 90,
              render: (_: unknown, a) => (
                <Tag color={a.status === 'completed' ? 'green' : 'blue'}>{t(`status.${a.status}`)}</Tag>
              ),
            },
            {
              title: t('diagnosisHome.answered'),
              key: 'answered',
              render: (_: unknown, a) => answeredOf(t, a),
              width: 90,
            },
            {
              title: t('diagnosisHome.updatedAt'),
              width: 170,
              render: (_: unknown, a) => formatDateTime(a.updatedAt, i18n.language),
            },
            {
              title: t('diagnosisHome.actions'),
              width: 200,
              render: (_: unknown, a) => (
                <>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => go('diagnosis', a.id)}
                    aria-label={t('diagnosisHome.resumeNamed', { name: a.enterpriseName })}
                  >
                    {a.status === 'completed' ? t('diagnosisHome.open') : t('diagnosisHome.resume')}
                  </Button>{' '}
                  <Button size="small" onClick={() => go('diagnosis', a.id, 'results')}>
                    {t('diagnosisHome.results')}
                  </Button>
                </>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
