import { Card, Col, Form, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIGURE_IDS } from '@engine/funding';
import { useFundingRules } from './rules';
import { dcmmLevelOptions } from '../common/choice-options';

/** The enterprise's figures the policies ask for, and the DCMM level it plans to reach. */
export function FiguresSection() {
  const { t } = useTranslation();
  const { amountRule } = useFundingRules();
  return (
    <Card size="small" title={t('funding.figures.title')}>
      <Row gutter={16}>
        {FIGURE_IDS.map((id) => (
          <Col key={id} xs={24} md={12} xl={8}>
            <Form.Item name={['figures', id]} label={t(`funding.figureNames.${id}`)} rules={[amountRule]}>
              <InputNumber style={{ width: '100%' }} placeholder={t('funding.figures.unset')} />
            </Form.Item>
          </Col>
        ))}
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="dcmmPlannedLevel" label={t('funding.dcmmPlanned')}>
            <Select options={dcmmLevelOptions(t, 'funding.dcmmNone')} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
