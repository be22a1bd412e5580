import { Form, InputNumber, Row, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SIZE_CLASSES } from '@engine/enterprise';
import { INDUSTRY_SIZE_THRESHOLDS } from '@engine/size-class';
import { derivedSize, type ProfileFormValues } from './profile-form';
import { FieldCol } from '../common/FieldCol';

/** Employees and revenue, and the size class they give (or the one the consultant sets instead). */
export function SizeSection() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ProfileFormValues>();
  const size = derivedSize(Form.useWatch('employees', form), Form.useWatch('revenueWan', form));
  const required = (key: string) => ({ required: true, message: t(key) });
  return (
    <>
      <Typography.Title level={5}>{t('enterprise.sections.size')}</Typography.Title>
      <Row gutter={16} align="bottom">
        <FieldCol
          span={{ xs: 24, md: 6 }}
          name="employees"
          label={t('enterprise.fields.employees')}
          rules={[required('enterprise.errors.employeesRequired')]}
        >
          <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />
        </FieldCol>
        <FieldCol
          span={{ xs: 24, md: 6 }}
          name="revenueWan"
          label={t('enterprise.fields.revenueWan')}
          rules={[required('enterprise.errors.revenueRequired')]}
        >
          <InputNumber min={0} max={1e9} style={{ width: '100%' }} />
        </FieldCol>
        <FieldCol
          span={{ xs: 24, md: 6 }}
          name="sizeClassOverride"
          label={t('enterprise.fields.sizeClassOverride')}
        >
          <Select
            options={[
              { value: 'auto', label: t('enterprise.sizeAuto') },
              ...SIZE_CLASSES.map((s) => ({ value: s, label: t(`sizeClass.${s}`) })),
            ]}
          />
        </FieldCol>
        <FieldCol span={{ xs: 24, md: 6 }} label={t('enterprise.derivedSize')}>
          <output aria-label={t('enterprise.derivedSize')}>
            {size ? (
              <Tag color="blue">{t(`sizeClass.${size}`)}</Tag>
            ) : (
              <Typography.Text type="secondary">{t('enterprise.sizePending')}</Typography.Text>
            )}
          </output>
        </FieldCol>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {t('enterprise.sizeSource', { source: INDUSTRY_SIZE_THRESHOLDS.source })}
      </Typography.Paragraph>
    </>
  );
}
