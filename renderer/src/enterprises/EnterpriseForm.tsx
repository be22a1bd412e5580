import {
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_ROLES, QUALIFICATIONS, SIZE_CLASSES } from '@engine/enterprise';
import { INDUSTRY_SIZE_THRESHOLDS } from '@engine/size-class';
import type { EnterpriseRecord } from '@contract/records';
import { useApi } from '../api/ApiProvider';
import { useCall } from '../api/useCall';
import { ErrorNotice } from '../app/ErrorNotice';
import { useNav } from '../app/nav';
import { AutosaveNotice } from '../common/AutosaveNotice';
import { useFormAutosave } from '../common/useFormAutosave';
import { MANUFACTURING_DIVISIONS } from './industries';
import {
  EMPTY_PROFILE_FORM,
  creditCodeProblem,
  derivedSize,
  formFromProfile,
  normaliseCreditCode,
  profileFromForm,
  type ProfileFormValues,
} from './profile-form';
import { CITIES, districtsOf } from './regions';

/** Create (no id) or edit an enterprise profile; errors show while the consultant types. */
export function EnterpriseForm({ id }: { id?: string | undefined }) {
  const api = useApi();
  const existing = useCall(
    () => (id ? api['enterprise.get']({ id }) : Promise.resolve(undefined)),
    [api, id],
  );
  if (existing.error) return <ErrorNotice error={existing.error} onRetry={existing.reload} />;
  if (id && !existing.data) return <Skeleton active />;
  return <ProfileForm key={id ?? 'new'} record={existing.data} />;
}

function ProfileForm({ record }: { record: EnterpriseRecord | undefined }) {
  const { t } = useTranslation();
  const api = useApi();
  const go = useNav((s) => s.go);
  const [form] = Form.useForm<ProfileFormValues>();
  // a new enterprise is created by its first valid autosave; later saves update that record
  const savedId = useRef(record?.id);
  const autosave = useFormAutosave(form, async (values: ProfileFormValues) => {
    const id = savedId.current;
    const saved = await api['enterprise.save']({
      ...(id ? { id } : {}),
      profile: profileFromForm(values),
    });
    savedId.current = saved.id;
    return saved.updatedAt;
  });
  const city = Form.useWatch('city', form);
  const employees = Form.useWatch('employees', form);
  const revenue = Form.useWatch('revenueWan', form);
  const size = derivedSize(employees, revenue);
  const districts = districtsOf(city);
  // "needs information" links from the results land here on the missing field
  const focus = useNav((s) => s.parts[2]);
  useEffect(() => {
    if (!focus) return;
    const timer = setTimeout(() => {
      form.scrollToField(focus, { block: 'center' });
      form.focusField(focus);
    }, 50);
    return () => clearTimeout(timer);
  }, [focus, form]);

  const leave = () => (savedId.current ? go('enterprises', savedId.current) : go('enterprises'));
  const finish = async () => {
    if (await autosave.flush()) leave();
  };
  const required = (key: string) => ({ required: true, message: t(key) });

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {record ? t('enterprise.editTitle', { name: record.profile.name }) : t('enterprise.createTitle')}
        </Typography.Title>
      }
    >
      <Form<ProfileFormValues>
        form={form}
        layout="vertical"
        initialValues={record ? formFromProfile(record.profile) : EMPTY_PROFILE_FORM}
        onFinish={() => void finish()}
        onValuesChange={(changed: Partial<ProfileFormValues>) => {
          if ('city' in changed) form.setFieldValue('district', undefined);
          autosave.changed();
        }}
        scrollToFirstError
        aria-label={t('enterprise.formLabel')}
      >
        <Typography.Title level={5}>{t('enterprise.sections.basic')}</Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="name"
              label={t('enterprise.fields.name')}
              rules={[
                required('enterprise.errors.nameRequired'),
                { min: 2, message: t('enterprise.errors.nameShort') },
              ]}
            >
              <Input maxLength={120} />
            </Form.Item>
          </Col>
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
          <Col xs={24} md={6}>
            <Form.Item
              name="city"
              label={t('enterprise.fields.city')}
              rules={[required('enterprise.errors.cityRequired')]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                options={CITIES.map((c) => ({ value: c.name, label: t(`regions.cities.${c.id}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
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
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
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
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="manufacturingType" label={t('enterprise.fields.manufacturingType')}>
              <Radio.Group
                aria-label={t('enterprise.fields.manufacturingType')}
                options={(['discrete', 'process', 'mixed'] as const).map((m) => ({
                  value: m,
                  label: t(`manufacturingType.${m}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="contact" label={t('enterprise.fields.contact')}>
              <Input maxLength={120} />
            </Form.Item>
          </Col>
        </Row>

        <Typography.Title level={5}>{t('enterprise.sections.size')}</Typography.Title>
        <Row gutter={16} align="bottom">
          <Col xs={24} md={6}>
            <Form.Item
              name="employees"
              label={t('enterprise.fields.employees')}
              rules={[required('enterprise.errors.employeesRequired')]}
            >
              <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="revenueWan"
              label={t('enterprise.fields.revenueWan')}
              rules={[required('enterprise.errors.revenueRequired')]}
            >
              <InputNumber min={0} max={1e9} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="sizeClassOverride" label={t('enterprise.fields.sizeClassOverride')}>
              <Select
                options={[
                  { value: 'auto', label: t('enterprise.sizeAuto') },
                  ...SIZE_CLASSES.map((s) => ({ value: s, label: t(`sizeClass.${s}`) })),
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label={t('enterprise.derivedSize')}>
              <output aria-label={t('enterprise.derivedSize')}>
                {size ? (
                  <Tag color="blue">{t(`sizeClass.${size}`)}</Tag>
                ) : (
                  <Typography.Text type="secondary">{t('enterprise.sizePending')}</Typography.Text>
                )}
              </output>
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t('enterprise.sizeSource', { source: INDUSTRY_SIZE_THRESHOLDS.source })}
        </Typography.Paragraph>

        <Typography.Title level={5}>{t('enterprise.sections.qualifications')}</Typography.Title>
        <Form.Item name="qualifications" label={t('enterprise.fields.qualifications')}>
          <Checkbox.Group
            options={QUALIFICATIONS.map((q) => ({ value: q, label: t(`qualifications.${q}`) }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="dcmmLevel" label={t('enterprise.fields.dcmmLevel')}>
              <Select
                options={[0, 1, 2, 3, 4, 5].map((l) => ({
                  value: l,
                  label: l === 0 ? t('enterprise.dcmmNone') : t('enterprise.dcmmLevel', { level: l }),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="aiEnterprise"
              label={t('enterprise.fields.aiEnterprise')}
              tooltip={t('enterprise.aiEnterpriseHint')}
            >
              <Radio.Group
                aria-label={t('enterprise.fields.aiEnterprise')}
                options={(['yes', 'no', 'unknown'] as const).map((v) => ({
                  value: v,
                  label: t(`triState.${v}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="independentAccounting" label={t('enterprise.fields.independentAccounting')}>
              <Radio.Group
                aria-label={t('enterprise.fields.independentAccounting')}
                options={(['yes', 'no', 'unknown'] as const).map((v) => ({
                  value: v,
                  label: t(`triState.${v}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="roles" label={t('enterprise.fields.roles')}>
          <Checkbox.Group options={ENTERPRISE_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>

        <Space align="start" wrap>
          <Button type="primary" htmlType="submit">
            {t('common.save')}
          </Button>
          <Button onClick={leave}>{t('common.back')}</Button>
          <AutosaveNotice status={autosave.status} onRetry={autosave.retry} />
        </Space>
      </Form>
    </Card>
  );
}
