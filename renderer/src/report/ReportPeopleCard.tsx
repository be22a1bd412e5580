import { Card, Form, Input, Row, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentRecord } from '@contract/records';
import { useApi } from '../api/ApiProvider';
import { FieldCol } from '../common/FieldCol';
import { AutosaveNotice } from '../common/AutosaveNotice';
import { useFormAutosave } from '../common/useFormAutosave';

interface PeopleValues {
  consultantName: string;
  consultantOrg: string;
}

/**
 * The consultant and organisation this assessment's report is signed by, autosaved while typing.
 * They start from Settings at creation and can differ per assessment (a colleague's visit, another
 * service organisation); a completed assessment shows them read-only.
 */
export function ReportPeopleCard({
  record,
  onSaved,
}: {
  record: AssessmentRecord;
  onSaved(record: AssessmentRecord): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [form] = Form.useForm<PeopleValues>();
  const latest = useRef(record);
  useEffect(() => {
    latest.current = record;
  }, [record]);
  const autosave = useFormAutosave(form, async (values: PeopleValues) => {
    const people = {
      consultantName: (values.consultantName ?? '').trim(),
      consultantOrg: (values.consultantOrg ?? '').trim(),
    };
    const ack = await api['assessment.setPeople']({ assessmentId: record.id, ...people });
    latest.current = { ...latest.current, ...people, revision: ack.revision };
    onSaved(latest.current);
    return ack.savedAt;
  });
  const readOnly = record.status === 'completed';
  return (
    <Card
      size="small"
      title={t('people.title')}
      id="report-people-card"
      extra={<AutosaveNotice status={autosave.status} onRetry={autosave.retry} />}
    >
      <Typography.Paragraph type="secondary">
        {readOnly ? t('people.readOnly') : t('people.intro')}
      </Typography.Paragraph>
      <Form<PeopleValues>
        form={form}
        name="report-people"
        layout="vertical"
        disabled={readOnly}
        initialValues={{ consultantName: record.consultantName, consultantOrg: record.consultantOrg }}
        onValuesChange={autosave.changed}
      >
        <Row gutter={16}>
          <FieldCol
            span={{ xs: 24, md: 12, xl: 8 }}
            name="consultantName"
            label={t('people.consultantName')}
            rules={[{ max: 60, message: t('people.nameTooLong') }]}
            style={{ marginBottom: 0 }}
          >
            <Input />
          </FieldCol>
          <FieldCol
            span={{ xs: 24, md: 12, xl: 10 }}
            name="consultantOrg"
            label={t('people.consultantOrg')}
            rules={[{ max: 120, message: t('people.orgTooLong') }]}
            style={{ marginBottom: 0 }}
          >
            <Input />
          </FieldCol>
        </Row>
      </Form>
    </Card>
  );
}
