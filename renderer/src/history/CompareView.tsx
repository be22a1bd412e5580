import { Alert, Card, Col, Row, Skeleton, Table, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '@contract/records';
import { useApi } from '../api/ApiProvider';
import { diagnoseAssessment } from '../api/models';
import { useCall } from '../api/useCall';
import { ErrorNotice } from '../app/ErrorNotice';
import { formatDateTime } from '../common/format';
import { useLabel } from '../common/label';
import { dimensionDeltas, type DimensionDelta } from './compare';

const RadarChart = lazy(() => import('../results/RadarChart').then((m) => ({ default: m.RadarChart })));

/** Two assessments side by side: tier, overall score and each dimension's change. */
export function CompareView({
  before,
  after,
  onClose,
}: {
  before: AssessmentSummary;
  after: AssessmentSummary;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const api = useApi();
  const both = useCall(
    () => Promise.all([diagnoseAssessment(api, before.id), diagnoseAssessment(api, after.id)]),
    [api, before.id, after.id],
  );
  if (both.error) return <ErrorNotice error={both.error} onRetry={both.reload} />;
  if (!both.data) return <Skeleton active />;
  const [a, b] = both.data;
  const rows = dimensionDeltas(a, b);
  const when = (s: AssessmentSummary) => formatDateTime(s.createdAt, i18n.language);
  const delta = (d: number | null) =>
    d === null ? '—' : <Tag color={d > 0 ? 'green' : d < 0 ? 'red' : 'default'}>{d > 0 ? `+${d}` : d}</Tag>;
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      title={t('history.compareTitle', { before: when(before), after: when(after) })}
      extra={<Typography.Link onClick={onClose}>{t('common.close')}</Typography.Link>}
    >
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Alert
            type="info"
            style={{ marginBottom: 12 }}
            title={t('history.tierChange', {
              before: a.summary.tier ? label(a.summary.tier.label) : '—',
              after: b.summary.tier ? label(b.summary.tier.label) : '—',
            })}
          />
          <Table<DimensionDelta>
            size="small"
            rowKey="dimension"
            pagination={false}
            dataSource={rows}
            aria-label={t('history.deltas')}
            columns={[
              { title: t('results.dimension'), render: (_: unknown, r) => t(`dimensions.${r.dimension}`) },
              { title: when(before), render: (_: unknown, r) => r.before ?? '—', width: 150 },
              { title: when(after), render: (_: unknown, r) => r.after ?? '—', width: 150 },
              { title: t('history.delta'), render: (_: unknown, r) => delta(r.delta), width: 90 },
            ]}
          />
        </Col>
        <Col xs={24} lg={10}>
          <Suspense fallback={<Skeleton active />}>
            <RadarChart diagnosis={b} compare={{ diagnosis: a, name: when(before) }} height={280} />
          </Suspense>
        </Col>
      </Row>
    </Card>
  );
}
