import { Alert, Button, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DiagnosisResult, Gap, GateStatus } from '@engine/diagnosis/schema';
import { useContentText, useLabel } from '../common/label';
import { usePhrase } from '../common/phrase';
import { blockedGateNames } from './blocked-gates';
import { Prerequisites } from './FactsNotes';
import { tiersOf } from './TierCard';

const GATE_COLORS: Record<GateStatus, string> = {
  pass: 'green',
  fail: 'red',
  unknown: 'default',
  'needs-verification': 'orange',
};

/** What stands between the estimate and the next tier: its unmet conditions, then the ranked item gaps. */
export function Blockers({
  diagnosis,
  onOpenItem,
  gapText,
}: {
  diagnosis: DiagnosisResult;
  onOpenItem(itemId: string): void;
  /** the gap in the enterprise's own units, "entered → needed" (null: not about one answer) */
  gapText?: ((gap: Gap) => string | null) | undefined;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const content = useContentText();
  const phrase = usePhrase();
  const tiers = tiersOf(diagnosis);
  if (!tiers?.next) return <Alert type="success" showIcon title={t('results.topTier')} />;
  const gates = tiers.gates.filter((g) => g.tier === tiers.next?.code && g.status !== 'pass');
  const lift = tiers.cheapestLift;
  const blockedNames = lift ? blockedGateNames(lift.blockedBy, tiers.gates, label) : [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('results.nextTier', { tier: label(tiers.next.label) })}
      </Typography.Title>
      <List
        size="small"
        bordered
        header={<Typography.Text strong>{t('results.gatesTitle')}</Typography.Text>}
        locale={{ emptyText: t('results.noGates') }}
        dataSource={gates}
        renderItem={(g) => (
          <List.Item>
            <Space direction="vertical" size={0} style={{ width: '100%' }}>
              <Space wrap>
                <Tag color={GATE_COLORS[g.status]}>{t(`gateStatus.${g.status}`)}</Tag>
                <Typography.Text strong>{label(g.label)}</Typography.Text>
              </Space>
              <Typography.Text type="secondary">{phrase(g.detail)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <Prerequisites model={tiers} />
      {lift && lift.moves.length > 0 ? (
        <Alert
          type={lift.found ? 'info' : 'warning'}
          showIcon
          title={t(lift.found ? 'results.liftFound' : 'results.liftPartial', {
            tier: label(lift.target.label),
          })}
          description={
            <ul className="plain-list">
              {lift.moves.map((m) => (
                <li key={m.itemId}>
                  {label(m.label)}：{phrase(m.display)}
                </li>
              ))}
              {blockedNames.length > 0 ? (
                <li>
                  {t('results.liftBlockedBy', {
                    gates: blockedNames.join('、'),
                  })}
                </li>
              ) : null}
            </ul>
          }
        />
      ) : null}
      <List
        size="small"
        bordered
        header={<Typography.Text strong>{t('results.gapsTitle')}</Typography.Text>}
        locale={{ emptyText: t('results.noGaps') }}
        pagination={tiers.gaps.length > 8 ? { pageSize: 8, size: 'small' } : false}
        dataSource={tiers.gaps}
        renderItem={(g) => {
          const reading = gapText?.(g) ?? null;
          return (
            <List.Item
              actions={
                g.itemId
                  ? [
                      <Button key="open" size="small" onClick={() => g.itemId && onOpenItem(g.itemId)}>
                        {t('results.openItem')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Space direction="vertical" size={0}>
                <Space wrap>
                  <Tag>{g.rank}</Tag>
                  <Typography.Text strong>{label(g.label)}</Typography.Text>
                  <Tag color="default">{t('results.effort', { n: g.effort })}</Tag>
                </Space>
                {reading ? (
                  <Typography.Text className="gap-reading">
                    {t('gapReading.label')}：{content(reading)}
                  </Typography.Text>
                ) : null}
                <Typography.Text type="secondary">{phrase(g.reason)}</Typography.Text>
              </Space>
            </List.Item>
          );
        }}
      />
    </Space>
  );
}
