import { Button, Popover, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContentText, useDocumentTitle } from '../common/label';
import { MEASURE_DISPLAY_ORDER } from '@engine/policy/result';
import type { EvaluationResult, MeasureEvaluation, MeasureStatus } from '@engine/policy/result';
import { fieldTarget } from '../funding/funding-form';
import { CoverageList } from './CoverageList';
import { composed } from '../../../assessments/presentation/composed';
import { phrase } from '@engine/phrase';
import { estimateText } from './estimate';
import { usePhrase } from '../common/phrase';
import { SubsidySummary } from './SubsidySummary';

const STATUS_COLORS: Record<MeasureStatus, string> = {
  eligible: 'green',
  competitive: 'blue',
  'after-prerequisites': 'cyan',
  'needs-information': 'orange',
  'not-eligible': 'default',
  expired: 'default',
  'not-yet-valid': 'default',
};
const ACTIONABLE = new Set<MeasureStatus>(MEASURE_DISPLAY_ORDER.slice(0, 4));

export interface FieldLinks {
  /** opens the screen where the field is entered, focused on it */
  open(field: string): void;
}

/** Subsidy measures with status, conditions, estimated amount and the article they come from. */
export function Subsidies({ result, links }: { result: EvaluationResult; links: FieldLinks }) {
  const { t, i18n } = useTranslation();
  const content = useContentText();
  const docTitle = useDocumentTitle();
  const words = usePhrase();
  const [showAll, setShowAll] = useState(false);
  const sorted = [...result.measures].sort(
    (a, b) => MEASURE_DISPLAY_ORDER.indexOf(a.status) - MEASURE_DISPLAY_ORDER.indexOf(b.status),
  );
  // what the enterprise can act on first; the rest one switch away (with the reason each fails)
  const actionable = sorted.filter((m) => ACTIONABLE.has(m.status));
  const measures = showAll ? sorted : actionable;
  const est = (m: MeasureEvaluation) => {
    const e = estimateText(m.estimate, i18n.language);
    return t(e.key, e.values);
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <SubsidySummary summary={result.summary} />
      <CoverageList coverage={result.coverage} />
      <Space>
        <Switch checked={showAll} onChange={setShowAll} aria-label={t('results.showAll')} />
        <Typography.Text>
          {t('results.showAllCount', { n: sorted.length - actionable.length })}
        </Typography.Text>
      </Space>
      <Table<MeasureEvaluation>
        size="small"
        rowKey="measureId"
        dataSource={measures}
        aria-label={t('results.subsidiesTitle')}
        pagination={{ pageSize: 15, hideOnSinglePage: true, size: 'small' }}
        columns={[
          {
            title: t('results.measure'),
            render: (_: unknown, m) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{content(m.name)}</Typography.Text>
                <Typography.Text type="secondary">
                  {t(`instruments.${m.instrument}`, { defaultValue: m.instrument })}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('results.status'),
            width: 110,
            render: (_: unknown, m) => (
              <Space direction="vertical" size={2}>
                <Tag color={STATUS_COLORS[m.status]}>{t(`measureStatus.${m.status}`)}</Tag>
                {m.supersededBy ? <Tag>{t('results.superseded')}</Tag> : null}
              </Space>
            ),
          },
          {
            title: t('results.conditions'),
            render: (_: unknown, m) => <Conditions m={m} links={links} />,
          },
          {
            title: t('results.estimateCol'),
            width: 200,
            render: (_: unknown, m) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{est(m)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {words(m.formula)}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('results.citation'),
            width: 190,
            render: (_: unknown, m) => (
              <Popover
                title={docTitle(m.citation.documentTitle)}
                content={
                  <Typography.Paragraph style={{ maxWidth: 420, margin: 0 }}>
                    「{m.citation.quote}」
                  </Typography.Paragraph>
                }
              >
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, whiteSpace: 'normal', height: 'auto', textAlign: 'left' }}
                >
                  {m.citation.documentNumber
                    ? content(m.citation.documentNumber)
                    : docTitle(m.citation.documentTitle)}{' '}
                  {content(m.citation.article)}
                </Button>
              </Popover>
            ),
          },
        ]}
      />
    </Space>
  );
}

function Conditions({ m, links }: { m: MeasureEvaluation; links: FieldLinks }) {
  const { t, i18n } = useTranslation();
  const words = usePhrase();
  return (
    <ul className="plain-list">
      {m.missing.map((x) => {
        const target = fieldTarget(x.field);
        return (
          <li key={x.field}>
            {target.screen === 'external' ? (
              <Typography.Text type="warning">{words(x.label)}</Typography.Text>
            ) : (
              <Button type="link" size="small" className="inline-link" onClick={() => links.open(x.field)}>
                {t('results.fillIn', { what: words(x.label) })}
              </Button>
            )}
          </li>
        );
      })}
      {m.failed.map((f) => (
        <li key={f.condition}>
          <Typography.Text type="secondary">{words(f.reason)}</Typography.Text>
        </li>
      ))}
      {m.prerequisites.map((a, i) => (
        <li key={`p${i}`}>
          <Typography.Text>{t('results.prerequisite', { what: words(a) })}</Typography.Text>
        </li>
      ))}
      {m.competition.map((a, i) => (
        <li key={`c${i}`}>
          <Typography.Text>{t('results.competition', { what: words(a) })}</Typography.Text>
        </li>
      ))}
      {m.actions.map((a, i) => (
        <li key={`a${i}`}>
          <Typography.Text>{t('results.action', { what: words(a) })}</Typography.Text>
        </li>
      ))}
      {m.exclusivity ? (
        <li>
          <Typography.Text type="secondary">
            {t('results.exclusivity', { reason: words(m.exclusivity.reason) })}
            {m.exclusivity.alternatives.length > 0
              ? `${composed(i18n.language, 'clause.separator')}${t('results.alternatives', {
                  list: m.exclusivity.alternatives
                    .map((a) =>
                      words(
                        phrase('excl.alternative', {
                          name: { text: a.name },
                          status: { name: 'status', id: a.status },
                          estimate: { estimate: a.estimate },
                        }),
                      ),
                    )
                    .join(composed(i18n.language, 'list.separator')),
                })}`
              : ''}
          </Typography.Text>
        </li>
      ) : null}
    </ul>
  );
}
