import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { INVESTMENT_CHANNELS, INVESTMENT_KINDS } from '@engine/funding';
import { useFundingRules } from './rules';
import { FieldCol } from '../common/FieldCol';

const THIS_YEAR = new Date().getFullYear();

/** Planned investments, one row each; adding or removing a row is a change to save. */
export function InvestmentsSection({ focus, onChanged }: { focus: string | undefined; onChanged(): void }) {
  const { t } = useTranslation();
  const { amountRule, yearRule } = useFundingRules();
  return (
    <Card size="small" title={t('funding.investments.title')} id="funding-investments">
      <Form.List name="investments">
        {(fields, { add, remove }) => (
          <>
            {fields.length === 0 ? (
              <Typography.Paragraph type="secondary">{t('funding.investments.empty')}</Typography.Paragraph>
            ) : null}
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} align="top" className="investment-row">
                <FieldCol
                  span={6}
                  name={[field.name, 'kind']}
                  label={t('funding.investments.kind', { n: index + 1 })}
                  rules={[{ required: true, message: t('funding.investments.kindRequired') }]}
                >
                  <Select
                    options={INVESTMENT_KINDS.map((k) => ({
                      value: k,
                      label: t(`funding.kinds.${k}`),
                    }))}
                  />
                </FieldCol>
                <FieldCol
                  span={4}
                  name={[field.name, 'amountWan']}
                  label={t('funding.investments.amount')}
                  rules={[{ required: true, message: t('funding.investments.amountRequired') }, amountRule]}
                >
                  <InputNumber style={{ width: '100%' }} />
                </FieldCol>
                <FieldCol
                  span={3}
                  name={[field.name, 'year']}
                  label={t('funding.investments.year')}
                  rules={[{ required: true, message: t('funding.investments.yearRequired') }, yearRule]}
                >
                  <InputNumber precision={0} style={{ width: '100%' }} />
                </FieldCol>
                <FieldCol span={6} name={[field.name, 'channel']} label={t('funding.investments.channel')}>
                  <Select
                    options={INVESTMENT_CHANNELS.map((c) => ({
                      value: c,
                      label: t(`funding.channels.${c}`),
                    }))}
                  />
                </FieldCol>
                <FieldCol span={4} name={[field.name, 'note']} label={t('funding.investments.note')}>
                  <Input maxLength={1000} />
                </FieldCol>
                <Col span={1}>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    style={{ marginTop: 30 }}
                    aria-label={t('funding.investments.remove', { n: index + 1 })}
                    onClick={() => {
                      remove(field.name);
                      onChanged();
                    }}
                  />
                </Col>
              </Row>
            ))}
            <Button
              icon={<PlusOutlined />}
              autoFocus={focus === 'investments'}
              onClick={() => {
                add({
                  kind: 'scenario-project',
                  amountWan: null,
                  year: THIS_YEAR,
                  channel: 'unknown',
                  note: '',
                });
                onChanged();
              }}
            >
              {t('funding.investments.add')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
