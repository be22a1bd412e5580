import { Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecommendationResult } from '@engine/scenario/recommend';
import { useContentText } from '../common/label';
import { usePhrase } from '../common/phrase';
import { estimateText } from './estimate';
import { fundingFormula, listText } from '../../../assessments/presentation/composed';
import { humaneReason } from '../../../assessments/presentation/reasons';

/** AI scenarios ranked by how much they close the gap to the next tier, with what could fund them. */
export function Scenarios({ result }: { result: RecommendationResult }) {
  const { t, i18n } = useTranslation();
  const content = useContentText();
  const phrase = usePhrase();
  if (result.recommendations.length === 0) return <Empty description={t('results.noScenarios')} />;
  return (
    <Row gutter={[12, 12]}>
      {result.recommendations.map((r, i) => {
        const e = estimateText(r.fundingEstimate, i18n.language);
        return (
          <Col key={r.scenarioId} xs={24} lg={12}>
            <Card
              size="small"
              title={<span className="wrap-title">{`${i + 1}. ${content(r.name)}`}</span>}
              extra={<Tag color="blue">{t('results.scenarioScore', { score: Math.round(r.score) })}</Tag>}
            >
              <Space direction="vertical" size={4} style={{ width: '100%' }}>
                <Space wrap>
                  {r.ai ? <Tag color="purple">{t('results.aiScenario')}</Tag> : null}
                  {r.dimensions.map((d) => (
                    <Tag key={d}>{t(`dimensions.${d}`, { defaultValue: d })}</Tag>
                  ))}
                  <Tag>{t(`effortBands.${r.effort}`)}</Tag>
                </Space>
                <ul className="plain-list">
                  {r.reasons
                    .map((x) => phrase(x))
                    .map((x) => (
                      <li key={x}>{humaneReason(x, i18n.language === 'en' ? 'en' : 'zh')}</li>
                    ))}
                </ul>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('results.scoreParts', {
                    gap: Math.round(r.scoreParts.gap),
                    prerequisites: Math.round(r.scoreParts.prerequisites),
                    effort: Math.round(r.scoreParts.effort),
                    funding: Math.round(r.scoreParts.funding),
                  })}
                </Typography.Text>
                <Typography.Text>
                  {t('results.funding')}：<Typography.Text strong>{t(e.key, e.values)}</Typography.Text>
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {fundingFormula(r.fundingParts, i18n.language, content)}
                </Typography.Text>
                {r.fundable.length > 0 ? (
                  <Typography.Paragraph
                    type="secondary"
                    style={{ margin: 0 }}
                    ellipsis={{ rows: 2, expandable: true, symbol: t('results.more') }}
                  >
                    {t('results.fundableBy', { n: r.fundable.length })}
                    {listText(
                      r.fundable.map((m) => content(m.name)),
                      i18n.language,
                    )}
                  </Typography.Paragraph>
                ) : null}
              </Space>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
