import { Alert, Button, Form, Space, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificationId } from '@engine/funding';
import type { AssessmentRecord } from '@contract/records';
import { useApi } from '../api/ApiProvider';
import { useNav } from '../app/nav';
import { AutosaveNotice } from '../common/AutosaveNotice';
import { useFormAutosave } from '../common/useFormAutosave';
import { ApplicationFiguresCard } from './ApplicationFiguresCard';
import { CertificationsSection } from './CertificationsSection';
import { FiguresSection } from './FiguresSection';
import {
  fieldTarget,
  formFromFunding,
  fundingFromForm,
  holdFromProfile,
  type FundingFormValues,
} from './funding-form';
import { InvestmentsSection } from './InvestmentsSection';

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
        <InvestmentsSection focus={focus} onChanged={autosave.changed} />
        <CertificationsSection profileHeld={profileHeld} />
        <FiguresSection />

        <ApplicationFiguresCard />

        <Space align="start">
          <Button htmlType="submit">{t('funding.save')}</Button>
          <AutosaveNotice status={autosave.status} onRetry={autosave.retry} />
        </Space>
      </Space>
    </Form>
  );
}
