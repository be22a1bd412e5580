import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUBTOTAL_KINDS, type EvaluationSummary } from '@engine/policy/result';
import { moneyValues } from './estimate';

/** The four subtotals side by side: never added together, only the first is an entitlement. */
export function SubsidySummary({ summary }: { summary: EvaluationSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <div>
      <Row gutter={[8, 8]}>
        {SUBTOTAL_KINDS.map((k) => {
          const sub = summary.subtotals[k] ?? { count: 0, wan: 0, unspecifiedCount: 0 };
          // a sum of 0 when every measure of the class is unspecified would read as "nothing to gain"
          const shown = sub.wan > 0;
          return (
            <Col key={k} xs={12} lg={6}>
              <Card size="small" className={k === 'entitled' ? 'subtotal-entitled' : undefined}>
                <Statistic
                  title={t(`results.subtotals.${k}`)}
                  value={shown ? t('results.subtotals.amount', moneyValues(sub.wan, i18n.language)) : '—'}
                  suffix={shown ? t('results.subtotals.amountUnit') : undefined}
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('results.subtotals.count', { n: sub.count })}
                  {sub.unspecifiedCount > 0
                    ? t('results.subtotals.unspecified', { n: sub.unspecifiedCount })
                    : ''}
                  {k !== 'entitled' && shown ? t('results.subtotals.capOnly') : ''}
                </Typography.Text>
              </Card>
            </Col>
          );
        })}
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('results.subtotals.note')}
      </Typography.Text>
    </div>
  );
}
