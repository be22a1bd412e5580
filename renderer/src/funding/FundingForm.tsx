import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CERTIFICATION_IDS,
  FIGURE_IDS,
  FUNDING_YEAR_SPAN,
  MAX_AMOUNT_WAN,
  INVESTMENT_CHANNELS,
  INVESTMENT_KINDS,
  type CertificationId,
} from '@engine/funding';
import type { AssessmentRecord } from '@contract/records';
import { useApi } from '../api/ApiProvider';
import { useNav } from '../app/nav';
import { AutosaveNotice } from '../common/AutosaveNotice';
import { useFormAutosave } from '../common/useFormAutosave';
import { ApplicationFiguresCard } from './ApplicationFiguresCard';
import {
  fieldTarget,
  formFromFunding,
  fundingFromForm,
  holdFromProfile,
  type FundingFormValues,
} from './funding-form';

const THIS_YEAR = new Date().getFullYear();

/** What the subsidy evaluation needs beyond the questionnaire; "needs information" links land on a field here. */
export function FundingForm({
  record,
  profileHeld = [],
  onSaved,
}: {
  record: AssessmentRecord;
  /** recognitions the enterprise profile holds (shown as held, changed in the profile) */
  profileHeld?: readonly CertificationId[];
  onSaved(record: AssessmentRecord): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  // number boxes do not clamp (antd's min/max would silently change what was typed): rules say why
  const amountRule = {
    type: 'number' as const,
    min: 0,
    max: MAX_AMOUNT_WAN,
    message: t('funding.rules.amountRange', { max: MAX_AMOUNT_WAN.toLocaleString() }),
  };
  const yearRule = {
    type: 'number' as const,
    min: FUNDING_YEAR_SPAN.from,
    max: FUNDING_YEAR_SPAN.to,
    message: t('funding.rules.yearRange', FUNDING_YEAR_SPAN),
  };
  const focus = useNav((s) => s.parts[2]);
  const [form] = Form.useForm<FundingFormValues>();
  // the record as last acknowledged, so the saved inputs reach the results without a reload
  const latest = useRef(record);
  useEffect(() => {
    latest.current = record;
  }, [record]);
  const autosave = useFormAutosave(form, async (values: FundingFormValues) => {
    const fundingInputs = fundingFromForm(holdFromProfile(values, profileHeld));
    const ack = await api['assessment.saveFunding']({ assessmentId: record.id, fundingInputs });
    latest.current = { ...latest.current, fundingInputs, revision: ack.revision };
    onSaved(latest.current);
    return ack.savedAt;
  });

  useEffect(() => {
    if (!focus) return;
    const target = fieldTarget(`funding.${focus}`);
    if (target.screen !== 'funding') return;
    const timer = setTimeout(() => {
      const name = [...target.name];
      form.scrollToField(name, { block: 'center' });
      form.focusField(name);
    }, 50);
    return () => clearTimeout(timer);
  }, [focus, form]);

  return (
    <Form<FundingFormValues>
      form={form}
      name="funding"
      layout="vertical"
      initialValues={holdFromProfile(formFromFunding(record.fundingInputs), profileHeld)}
      onValuesChange={autosave.changed}
      onFinish={() => void autosave.flush()}
      aria-label={t('funding.title')}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('funding.intro')}
        </Typography.Paragraph>
        {focus ? <Alert type="warning" showIcon title={t('funding.focusHint')} /> : null}
        <Card size="small" title={t('funding.investments.title')} id="funding-investments">
          <Form.List name="investments">
            {(fields, { add, remove }) => (
              <>
                {fields.length === 0 ? (
                  <Typography.Paragraph type="secondary">
                    {t('funding.investments.empty')}
                  </Typography.Paragraph>
                ) : null}
                {fields.map((field, index) => (
                  <Row key={field.key} gutter={8} align="top" className="investment-row">
                    <Col span={6}>
                      <Form.Item
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
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item
                        name={[field.name, 'amountWan']}
                        label={t('funding.investments.amount')}
                        rules={[
                          { required: true, message: t('funding.investments.amountRequired') },
                          amountRule,
                        ]}
                      >
                        <InputNumber style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Form.Item
                        name={[field.name, 'year']}
                        label={t('funding.investments.year')}
                        rules={[{ required: true, message: t('funding.investments.yearRequired') }, yearRule]}
                      >
                        <InputNumber precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name={[field.name, 'channel']} label={t('funding.investments.channel')}>
                        <Select
                          options={INVESTMENT_CHANNELS.map((c) => ({
                            value: c,
                            label: t(`funding.channels.${c}`),
                          }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item name={[field.name, 'note']} label={t('funding.investments.note')}>
                        <Input maxLength={1000} />
                      </Form.Item>
                    </Col>
                    <Col span={1}>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        style={{ marginTop: 30 }}
                        aria-label={t('funding.investments.remove', { n: index + 1 })}
                        onClick={() => {
                          remove(field.name);
                          autosave.changed();
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
                    autosave.changed();
                  }}
                >
                  {t('funding.investments.add')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        <Card size="small" title={t('funding.certs.title')}>
          <Table<CertificationId>
            size="small"
            pagination={false}
            rowKey={(id) => id}
            dataSource={[...CERTIFICATION_IDS]}
            aria-label={t('funding.certs.title')}
            columns={[
              { title: t('funding.certs.name'), render: (_: unknown, id) => t(`funding.certNames.${id}`) },
              {
                title: t('funding.certs.status'),
                width: 150,
                render: (_: unknown, id) =>
                  profileHeld.includes(id) ? (
                    <Tag color="blue" className="from-profile">
                      {t('funding.certs.fromProfile')}
                    </Tag>
                  ) : (
                    <Form.Item name={['certifications', id, 'status']} noStyle>
                      <Select
                        aria-label={t('funding.certs.statusOf', { name: t(`funding.certNames.${id}`) })}
                        style={{ width: 130 }}
                        options={(['none', 'planned', 'held'] as const).map((s) => ({
                          value: s,
                          label: t(`funding.certs.${s}`),
                        }))}
                      />
                    </Form.Item>
                  ),
              },
              {
                title: t('funding.certs.year'),
                width: 110,
                render: (_: unknown, id) => (
                  <Form.Item
                    name={['certifications', id, 'year']}
                    style={{ margin: 0 }}
                    rules={[
                      { type: 'number', min: 2000, max: 2035, message: t('funding.rules.certYearRange') },
                    ]}
                  >
                    <InputNumber
                      aria-label={t('funding.certs.yearOf', { name: t(`funding.certNames.${id}`) })}
                      precision={0}
                      style={{ width: 96 }}
                    />
                  </Form.Item>
                ),
              },
              {
                title: t('funding.certs.firstTime'),
                width: 130,
                render: (_: unknown, id) => (
                  <Form.Item name={['certifications', id, 'firstTime']} noStyle>
                    <Select
                      aria-label={t('funding.certs.firstTimeOf', { name: t(`funding.certNames.${id}`) })}
                      style={{ width: 110 }}
                      options={(['unknown', 'yes', 'no'] as const).map((s) => ({
                        value: s,
                        label: t(`triState.${s}`),
                      }))}
                    />
                  </Form.Item>
                ),
              },
            ]}
          />
        </Card>

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
                <Select
                  options={[0, 1, 2, 3, 4, 5].map((l) => ({
                    value: l,
                    label: l === 0 ? t('funding.dcmmNone') : t('enterprise.dcmmLevel', { level: l }),
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <ApplicationFiguresCard />

        <Space align="start">
          <Button htmlType="submit">{t('funding.save')}</Button>
          <AutosaveNotice status={autosave.status} onRetry={autosave.retry} />
        </Space>
      </Space>
    </Form>
  );
}
