import { Card, Progress, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DiagnosisResult } from '@engine/diagnosis/schema';
import { useLabel } from '../common/label';
import { tiersOf } from './TierCard';

interface Row {
  readonly key: string;
  readonly name: string;
  readonly score: number | null;
  readonly answered: string;
}

/** Per-dimension scores (0–100) of the tiers model. */
export function DimensionScores({ diagnosis }: { diagnosis: DiagnosisResult }) {
  const { t } = useTranslation();
  const label = useLabel();
  const rows: Row[] = (tiersOf(diagnosis)?.nodes ?? [])
    .filter((n) => n.dimension && n.parent === null)
    .map((n) => ({
      key: n.nodeId,
      name: n.dimension ? t(`dimensions.${n.dimension}`) : label(n.label),
      score: n.fraction === null ? null : Math.round(n.fraction * 1000) / 10,
      answered: `${n.progress.answered}/${n.progress.relevant}`,
    }));
  return (
    <Card size="small" title={t('results.dimensionsTitle')}>
      <Table<Row>
        size="small"
        pagination={false}
        dataSource={rows}
        aria-label={t('results.dimensionsTitle')}
        columns={[
          { title: t('results.dimension'), dataIndex: 'name' },
          {
            title: t('results.score'),
            width: 150,
            render: (_: unknown, r) =>
              r.score === null ? '—' : <Progress percent={r.score} size="small" format={(v) => `${v}`} />,
          },
          { title: t('results.answered'), dataIndex: 'answered', width: 70 },
        ]}
      />
    </Card>
  );
}
