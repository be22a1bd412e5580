import { Checkbox, Form, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_ROLES, QUALIFICATIONS } from '@engine/enterprise';
import { dcmmLevelOptions, triStateOptions } from '../common/choice-options';
import { FieldCol } from '../common/FieldCol';

/** Recognitions, DCMM level, AI-enterprise status, accounting and the roles the enterprise plays. */
export function QualificationsSection() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={5}>{t('enterprise.sections.qualifications')}</Typography.Title>
      <Form.Item name="qualifications" label={t('enterprise.fields.qualifications')}>
        <Checkbox.Group
          options={QUALIFICATIONS.map((q) => ({ value: q, label: t(`qualifications.${q}`) }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <FieldCol span={{ xs: 24, md: 6 }} name="dcmmLevel" label={t('enterprise.fields.dcmmLevel')}>
          <Select options={dcmmLevelOptions(t, 'enterprise.dcmmNone')} />
        </FieldCol>
        <FieldCol
          span={{ xs: 24, md: 10 }}
          name="aiEnterprise"
          label={t('enterprise.fields.aiEnterprise')}
          tooltip={t('enterprise.aiEnterpriseHint')}
        >
          <Radio.Group aria-label={t('enterprise.fields.aiEnterprise')} options={triStateOptions(t)} />
        </FieldCol>
        <FieldCol
          span={{ xs: 24, md: 8 }}
          name="independentAccounting"
          label={t('enterprise.fields.independentAccounting')}
        >
          <Radio.Group
            aria-label={t('enterprise.fields.independentAccounting')}
            options={triStateOptions(t)}
          />
        </FieldCol>
      </Row>
      <Form.Item name="roles" label={t('enterprise.fields.roles')}>
        <Checkbox.Group options={ENTERPRISE_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
      </Form.Item>
    </>
  );
}
