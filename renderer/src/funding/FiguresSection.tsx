import { Card, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIGURE_IDS } from '@engine/funding';
import { useFundingRules } from './rules';
import { dcmmLevelOptions } from '../common/choice-options';
import { FieldCol } from '../common/FieldCol';

/** The enterprise's figures the policies ask for, and the DCMM level it plans to reach. */
export function FiguresSection() {
  const { t } = useTranslation();
  const { amountRule } = useFundingRules();
  return (
    <Card size="small" title={t('funding.figures.title')}>
      <Row gutter={16}>
        {FIGURE_IDS.map((id) => (
          <FieldCol
            key={id}
            span={{ xs: 24, md: 12, xl: 8 }}
            name={['figures', id]}
            label={t(`funding.figureNames.${id}`)}
            rules={[amountRule]}
          >
            <InputNumber style={{ width: '100%' }} placeholder={t('funding.figures.unset')} />
          </FieldCol>
        ))}
        <FieldCol span={{ xs: 24, md: 12, xl: 8 }} name="dcmmPlannedLevel" label={t('funding.dcmmPlanned')}>
          <Select options={dcmmLevelOptions(t, 'funding.dcmmNone')} />
        </FieldCol>
      </Row>
    </Card>
  );
}
