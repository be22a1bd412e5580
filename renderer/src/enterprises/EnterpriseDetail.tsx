import { EditOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiProvider';
import { listModels } from '../api/models';
import { useAction } from '../api/useAction';
import { useCall } from '../api/useCall';
import { ErrorNotice } from '../app/ErrorNotice';
import { useNav } from '../app/nav';
import { useLabel } from '../common/label';
import { AssessmentHistory } from '../history/AssessmentHistory';
import { ProfileSummary } from './ProfileSummary';

/** One enterprise: its profile, a button to start an assessment, and every assessment so far. */
export function EnterpriseDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const go = useNav((s) => s.go);
  const got = useCall(() => api['enterprise.get']({ id }), [api, id]);
  if (got.error) return <ErrorNotice error={got.error} onRetry={got.reload} />;
  if (!got.data) return <Skeleton active />;
  const record = got.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={3} style={{ margin: 0 }}>
            {record.profile.name}
          </Typography.Title>
        }
        extra={
          <Button icon={<EditOutlined />} onClick={() => go('enterprises', id, 'edit')}>
            {t('enterprise.edit')}
          </Button>
        }
      >
        <ProfileSummary record={record} />
        <StartAssessment enterpriseId={id} />
      </Card>
      <AssessmentHistory enterpriseId={id} />
    </Space>
  );
}

function StartAssessment({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const api = useApi();
  const go = useNav((s) => s.go);
  const models = useCall(() => listModels(api), [api]);
  // only questionnaires that bring their companions are offered (the others are parts of them)
  const primaries = (models.data ?? []).filter((m) => m.evaluates.length > 0);
  const settings = useCall(() => api['settings.get']({}), [api]);
  // asked here only when Settings names no consultant or organisation; otherwise Settings applies
  const [people, setPeople] = useState<{ consultantName?: string; consultantOrg?: string }>({});
  const asked = settings.data && (!settings.data.consultantName || !settings.data.organisation);
  const [choice, setChoice] = useState<string>();
  const selected = primaries.find((m) => `${m.id}@${m.version}` === choice) ?? primaries[0];

  const {
    run: start,
    busy,
    error,
  } = useAction(async () => {
    if (!selected) return;
    const created = await api['assessment.create']({
      enterpriseId,
      modelId: selected.id,
      modelVersion: selected.version,
      ...(asked ? people : {}),
    });
    go('diagnosis', created.id);
  });

  if (models.error) return <ErrorNotice error={models.error} onRetry={models.reload} />;
  return (
    <div className="start-assessment">
      <Space wrap>
        <Select
          aria-label={t('enterprise.model')}
          style={{ minWidth: 360 }}
          loading={models.loading}
          value={selected ? `${selected.id}@${selected.version}` : undefined}
          onChange={setChoice}
          options={primaries.map((m) => ({
            value: `${m.id}@${m.version}`,
            label: `${label(m.title)}（${m.version}）`,
          }))}
        />
        {asked ? (
          <>
            <Input
              aria-label={t('people.consultantName')}
              placeholder={t('people.consultantName')}
              defaultValue={settings.data?.consultantName}
              maxLength={60}
              style={{ width: 160 }}
              onChange={(e) => setPeople((p) => ({ ...p, consultantName: e.target.value }))}
            />
            <Input
              aria-label={t('people.consultantOrg')}
              placeholder={t('people.consultantOrg')}
              defaultValue={settings.data?.organisation}
              maxLength={120}
              style={{ width: 240 }}
              onChange={(e) => setPeople((p) => ({ ...p, consultantOrg: e.target.value }))}
            />
          </>
        ) : null}
        <Button
          type="primary"
          icon={<PlayCircleOutlined />}
          loading={busy}
          disabled={!selected}
          onClick={() => void start()}
        >
          {t('enterprise.startAssessment')}
        </Button>
      </Space>
      {asked ? (
        <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
          {t('people.askHint')}
        </Typography.Paragraph>
      ) : null}
      {error ? <ErrorNotice error={error} style={{ marginTop: 8 }} /> : null}
    </div>
  );
}
