import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelResult } from '@engine/diagnosis/schema';
import { useLabel } from '../common/label';

/** How a CMMM or SME level was reached, step by step, and what holds it down when the points would allow more. */
export function LevelRuleNote({ model }: { model: ModelResult }) {
  const { t } = useTranslation();
  const label = useLabel();
  const rule = model.levelRule;
  if (!rule) return null;
  return (
    <div className="level-rule" aria-label={t('results.levelRule')}>
      {rule.blocker ? (
        <Alert type="warning" showIcon style={{ margin: '4px 0' }} message={label(rule.blocker)} />
      ) : null}
      {rule.lines.map((line, i) => (
        <Typography.Paragraph key={i} type="secondary" style={{ margin: 0, fontSize: 12 }}>
          {label(line)}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
