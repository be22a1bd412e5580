import { Card, Descriptions, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DiagnosisResult, ModelResult } from '@engine/diagnosis/schema';
import { useLabel } from '../common/label';
import { Discrepancies } from './FactsNotes';
import { LevelRuleNote } from './LevelRuleNote';

const TIER_COLORS = ['default', 'blue', 'geekblue', 'purple', 'gold'] as const;

export function tiersOf(d: DiagnosisResult): ModelResult | undefined {
  return d.models.find((m) => m.kind === 'tiers');
}

/** The tier estimate, worded as the engine words it (never an award), with the other two level estimates. */
export function TierCard({ diagnosis }: { diagnosis: DiagnosisResult }) {
  const { t } = useTranslation();
  const label = useLabel();
  const tier = diagnosis.summary.tier;
  const tiers = tiersOf(diagnosis);
  const cmmm = diagnosis.models.find((m) => m.kind === 'cmmm');
  const sme = diagnosis.models.find((m) => m.kind === 'sme-digital');
  const p = diagnosis.progress;
  return (
    <Card size="small" title={t('results.tierTitle')} className="tier-card">
      {tier ? (
        <section aria-label={t('results.tierEstimate')}>
          <Space align="center" wrap>
            <Tag color={TIER_COLORS[Math.min(tier.rank, 4)]} className="tier-badge">
              {label(tier.label)}
            </Tag>
            {tier.pendingVerification ? <Tag color="orange">{t('results.pending')}</Tag> : null}
          </Space>
          <Typography.Paragraph strong style={{ margin: '8px 0 2px' }}>
            {label(tier.statement)}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('results.decidedBy', { who: label(tier.decidedBy) })}
          </Typography.Paragraph>
        </section>
      ) : (
        <Typography.Paragraph>{t('results.noTier')}</Typography.Paragraph>
      )}
      {tiers ? <Discrepancies model={tiers} /> : null}
      <Descriptions column={1} size="small">
        {tiers ? (
          <Descriptions.Item label={t('results.overallScore')}>
            <Typography.Text strong>{tiers.score.value}</Typography.Text> / {tiers.score.max}
          </Descriptions.Item>
        ) : null}
        {cmmm?.estimate ? (
          <Descriptions.Item label={t('results.cmmm')}>
            <div>
              {label(cmmm.estimate.label)}（S = {cmmm.score.value}）
              <LevelRuleNote model={cmmm} />
            </div>
          </Descriptions.Item>
        ) : null}
        {sme?.estimate ? (
          <Descriptions.Item label={t('results.sme')}>
            <div>
              {label(sme.estimate.label)}（{sme.score.value} / {sme.score.max}）
              <LevelRuleNote model={sme} />
            </div>
          </Descriptions.Item>
        ) : null}
        {diagnosis.summary.aiShare !== null ? (
          <Descriptions.Item label={t('results.aiShare')}>
            {Math.round(diagnosis.summary.aiShare * 100)}%
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Typography.Text type="secondary">
        {t('results.progress', { answered: p.answered, relevant: p.relevant })}
      </Typography.Text>
      <Progress percent={p.relevant ? Math.round((p.answered / p.relevant) * 100) : 0} size="small" />
    </Card>
  );
}
