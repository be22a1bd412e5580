import { Col, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MANUFACTURING_DIVISIONS } from './industries';
import { creditCodeProblem, normaliseCreditCode, type ProfileFormValues } from './profile-form';
import { CITIES, districtsOf } from './regions';
import { FieldCol } from '../common/FieldCol';

/** The profile's identity: name, credit code, place, industry, contact. */
export function BasicsSection() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ProfileFormValues>();
  const districts = districtsOf(Form.useWatch('city', form));
  const required = (key: string) => ({ required: true, message: t(key) });
  return (
    <>
      <Typography.Title level={5}>{t('enterprise.sections.basic')}</Typography.Title>
      <Row gutter={16}>
        <FieldCol
          span={{ xs: 24, md: 12 }}
          name="name"
          label={t('enterprise.fields.name')}
          rules={[
            required('enterprise.errors.nameRequired'),
            { min: 2, message: t('enterprise.errors.nameShort') },
          ]}
        >
          <Input maxLength={120} />
        </FieldCol>
        <Col xs={24} md={12}>
          <Form.Item
            name="creditCode"
            label={t('enterprise.fields.creditCode')}
            required
            normalize={(v: string) => normaliseCreditCode(v ?? '')}
            extra={t('enterprise.creditCodeHint')}
            rules={[
              {
                validator: async (_rule, value: string) => {
                  const problem = creditCodeProblem(value ?? '');
                  if (problem) throw new Error(t(problem.key, problem.values));
                },
              },
            ]}
          >
            <Input maxLength={24} style={{ fontFamily: 'monospace' }} autoComplete="off" />
          </Form.Item>
        </Col>
        <FieldCol
          span={{ xs: 24, md: 6 }}
          name="city"
          label={t('enterprise.fields.city')}
          rules={[required('enterprise.errors.cityRequired')]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={CITIES.map((c) => ({ value: c.name, label: t(`regions.cities.${c.id}`) }))}
          />
        </FieldCol>
        <FieldCol
          span={{ xs: 24, md: 6 }}
          name="district"
          label={t('enterprise.fields.district')}
          extra={t('enterprise.districtHint')}
        >
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            disabled={districts.length === 0}
            placeholder={t('enterprise.districtUnset')}
            options={districts.map((d) => ({ value: d.name, label: t(`regions.districts.${d.id}`) }))}
          />
        </FieldCol>
        <FieldCol
          span={{ xs: 24, md: 12 }}
          name="industryCode"
          label={t('enterprise.fields.industry')}
          rules={[required('enterprise.errors.industryRequired')]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={MANUFACTURING_DIVISIONS.map((code) => ({
              value: code,
              label: `${code} ${t(`industries.${code}`)}`,
            }))}
          />
        </FieldCol>
        <FieldCol
          span={{ xs: 24, md: 12 }}
          name="manufacturingType"
          label={t('enterprise.fields.manufacturingType')}
        >
          <Radio.Group
            aria-label={t('enterprise.fields.manufacturingType')}
            options={(['discrete', 'process', 'mixed'] as const).map((m) => ({
              value: m,
              label: t(`manufacturingType.${m}`),
            }))}
          />
        </FieldCol>
        <FieldCol span={{ xs: 24, md: 12 }} name="contact" label={t('enterprise.fields.contact')}>
          <Input maxLength={120} />
        </FieldCol>
      </Row>
    </>
  );
}
