import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Coverage } from '@engine/policy/result';
import { composed, listText } from '../../../assessments/presentation/composed';
import { useContentText } from '../common/label';
import { usePhrase } from '../common/phrase';
import { moneyValues } from './estimate';

const COLORS: Record<Coverage['status'], string> = {
  entitled: 'green',
  possible: 'blue',
  'needs-fact': 'orange',
  uncovered: 'red',
};

/** Every planned investment and what could pay for it, including "nothing in the catalog". */
export function CoverageList({ coverage }: { coverage: readonly Coverage[] }) {
  const { t, i18n } = useTranslation();
  const content = useContentText();
  const words = usePhrase();
  if (coverage.length === 0) return null;
  return (
    <section aria-label={t('results.coverageTitle')}>
      <Typography.Text strong>{t('results.coverageTitle')}</Typography.Text>
      <ul className="plain-list">
        {coverage.map((c, i) => (
          <li key={i}>
            <Tag color={COLORS[c.status]}>{t(`results.coverage.${c.status}`)}</Tag>
            {t('results.coverageLine', {
              year: c.year,
              kind: t(`funding.kinds.${c.kind}`),
              ...moneyValues(c.amountWan, i18n.language),
            })}
            {c.note ? <Typography.Text type="secondary">（{c.note}）</Typography.Text> : null}
            {c.measures.length > 0 ? (
              <span>
                {t('results.coverageMeasures', {
                  list: listText(
                    c.measures.map((m) => content(m)),
                    i18n.language,
                  ),
                })}
              </span>
            ) : null}
            {c.missing.length > 0 ? (
              <Typography.Text type="warning">
                {' '}
                {t('results.coverageMissing', {
                  what: c.missing
                    .map((m) => words(m.label))
                    .join(composed(i18n.language, 'clause.separator')),
                })}
              </Typography.Text>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
