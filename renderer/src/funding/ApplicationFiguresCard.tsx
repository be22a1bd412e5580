import { Card, Input, InputNumber, Row, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { OutcomeKpiTable } from './OutcomeKpiTable';
import { FieldCol } from '../common/FieldCol';

const MONTH = /^20\d\d-(0[1-9]|1[0-2])$/;

/**
 * The figures the 智能工厂 / 数字化水平 application forms ask for beyond the questionnaire, inside
 * the funding form (autosaved with it). Number boxes never clamp: a value out of range is kept as
 * typed and the rule says why, so nothing changes behind the consultant's back.
 */
export function ApplicationFiguresCard() {
  const { t } = useTranslation();
  const percent: Rule[] = [{ type: 'number', min: 0, max: 100, message: t('funding.app.percentRange') }];
  const month: Rule[] = [{ pattern: MONTH, message: t('funding.app.monthFormat') }];
  const finishAfterStart: Rule = ({ getFieldValue }) => ({
    validator(_rule, value: string | undefined) {
      const start = getFieldValue(['application', 'buildStart']) as string | undefined;
      if (!value || !start || !MONTH.test(value) || !MONTH.test(start) || value >= start)
        return Promise.resolve();
      return Promise.reject(new Error(t('funding.app.finishBeforeStart')));
    },
  });

  return (
    <Card size="small" title={t('funding.app.title')} id="funding-application-card">
      <Typography.Paragraph type="secondary">{t('funding.app.intro')}</Typography.Paragraph>
      <Row gutter={16}>
        <FieldCol
          span={{ xs: 24, md: 12, xl: 8 }}
          name={['application', 'integrator']}
          label={t('funding.app.integrator')}
        >
          <Input maxLength={120} />
        </FieldCol>
        <FieldCol
          span={{ xs: 12, md: 6, xl: 4 }}
          name={['application', 'buildStart']}
          label={t('funding.app.buildStart')}
          rules={month}
        >
          <Input placeholder={t('funding.app.monthPlaceholder')} maxLength={7} />
        </FieldCol>
        <FieldCol
          span={{ xs: 12, md: 6, xl: 4 }}
          name={['application', 'buildFinish']}
          label={t('funding.app.buildFinish')}
          rules={[...month, finishAfterStart]}
          dependencies={[['application', 'buildStart']]}
        >
          <Input placeholder={t('funding.app.monthPlaceholder')} maxLength={7} />
        </FieldCol>
        <FieldCol
          span={{ xs: 12, md: 6, xl: 4 }}
          name={['application', 'cncRatePercent']}
          label={t('funding.app.cncRate')}
          rules={percent}
        >
          <InputNumber style={{ width: '100%' }} suffix="%" placeholder={t('funding.figures.unset')} />
        </FieldCol>
        <FieldCol
          span={{ xs: 12, md: 6, xl: 4 }}
          name={['application', 'rndToolsPercent']}
          label={t('funding.app.rndTools')}
          rules={percent}
        >
          <InputNumber style={{ width: '100%' }} suffix="%" placeholder={t('funding.figures.unset')} />
        </FieldCol>
      </Row>
      <OutcomeKpiTable />
    </Card>
  );
}
