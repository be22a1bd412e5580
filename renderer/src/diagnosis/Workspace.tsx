import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUALIFICATION_CERTS } from '@engine/policy/conditions';
import type { AssessmentRecord, EnterpriseRecord } from '@contract/records';
import { useApi } from '../api/ApiProvider';
import { ExportBundleButton } from '../bundles/ExportBundleButton';
import { useCall } from '../api/useCall';
import { ErrorNotice } from '../app/ErrorNotice';
import { useNav } from '../app/nav';
import { useLabel } from '../common/label';
import { FundingForm } from '../funding/FundingForm';
import { ReportPeopleCard } from '../report/ReportPeopleCard';
import { ReviewPanel } from '../walkthrough/ReviewPanel';
import { useWalk } from '../walkthrough/store';
import { useQuestionnaire, type LoadedQuestionnaire } from '../walkthrough/useQuestionnaire';
import { Walkthrough } from '../walkthrough/Walkthrough';

// The results screen pulls in ECharts: loaded only when opened, to keep the first paint small.
const ResultsPanel = lazy(() => import('../results/ResultsPanel'));

export const TABS = ['questionnaire', 'review', 'funding', 'results'] as const;
export type Tab = (typeof TABS)[number];

function tabOf(part: string | undefined): Tab {
  return (TABS as readonly string[]).includes(part ?? '') ? (part as Tab) : 'questionnaire';
}

/** One assessment: questionnaire, review, funding inputs and results under one header. */
export function Workspace({ assessmentId, tabPart }: { assessmentId: string; tabPart: string | undefined }) {
  const api = useApi();
  const got = useCall(() => api['assessment.get']({ id: assessmentId }), [api, assessmentId]);
  const enterpriseId = got.data?.assessment.enterpriseId;
  const enterprise = useCall(
    () => (enterpriseId ? api['enterprise.get']({ id: enterpriseId }) : new Promise<never>(() => undefined)),
    [api, enterpriseId],
  );
  const loaded = useQuestionnaire(got.data?.assessment.modelId, got.data?.assessment.modelVersion);
  const open = useWalk((s) => s.open);
  const walkId = useWalk((s) => s.assessmentId);
  // status and funding change here (complete, reopen, save); otherwise the record as loaded
  const [changed, setChanged] = useState<AssessmentRecord>();
  const record = changed ?? got.data?.assessment;

  useEffect(() => {
    if (got.data) open(api, assessmentId, got.data.answers, got.data.assessment.cursor);
  }, [api, got.data, assessmentId, open]);

  const error = got.error ?? enterprise.error ?? loaded.error;
  if (error)
    return <ErrorNotice error={error} onRetry={() => (got.reload(), enterprise.reload(), loaded.reload())} />;
  if (!record || record.id !== assessmentId || !enterprise.data || !loaded.data || walkId !== assessmentId)
    return <Skeleton active paragraph={{ rows: 8 }} />;
  return (
    <WorkspaceBody
      record={record}
      enterprise={enterprise.data}
      loaded={loaded.data}
      tab={tabOf(tabPart)}
      onChanged={setChanged}
    />
  );
}

interface BodyProps {
  readonly record: AssessmentRecord;
  readonly enterprise: EnterpriseRecord;
  readonly loaded: LoadedQuestionnaire;
  readonly tab: Tab;
  onChanged(record: AssessmentRecord): void;
}

function WorkspaceBody({ record, enterprise, loaded, tab, onChanged }: BodyProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const go = useNav((s) => s.go);
  const readOnly = record.status === 'completed';
  const profile = enterprise.profile;
  const content = {
    questionnaire: (
      <Walkthrough
        assessmentId={record.id}
        profile={profile}
        loaded={loaded}
        readOnly={readOnly}
        onEditProfile={() => go('enterprises', enterprise.id, 'edit', 'qualifications')}
      />
    ),
    review: <ReviewPanel record={record} profile={profile} loaded={loaded} onChanged={onChanged} />,
    funding: (
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <ReportPeopleCard record={record} onSaved={onChanged} />
        <FundingForm
          record={record}
          profileHeld={profile.qualifications.flatMap((q) => QUALIFICATION_CERTS[q] ?? [])}
          onSaved={onChanged}
        />
      </Space>
    ),
    results: (
      <Suspense fallback={<Spin tip={t('common.loading')} />}>
        <ResultsPanel record={record} enterprise={enterprise} loaded={loaded} />
      </Suspense>
    ),
  }[tab];
  return (
    <div className="workspace">
      <Card size="small" className="workspace-header">
        <Space wrap size="middle" align="center">
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('workspace.backToEnterprise', { name: profile.name })}
            onClick={() => go('enterprises', enterprise.id)}
          />
          <Typography.Title level={4} style={{ margin: 0 }}>
            {profile.name}
          </Typography.Title>
          <Typography.Text type="secondary">{label(loaded.primary.title)}</Typography.Text>
          <Tag color={readOnly ? 'green' : 'blue'}>{t(`status.${record.status}`)}</Tag>
          <ExportBundleButton assessmentId={record.id} size="small" />
        </Space>
        <Tabs
          activeKey={tab}
          onChange={(key) => go('diagnosis', record.id, ...(key === 'questionnaire' ? [] : [key]))}
          items={TABS.map((key) => ({ key, label: t(`workspace.tabs.${key}`) }))}
          style={{ marginBottom: -12 }}
        />
      </Card>
      {readOnly && tab === 'questionnaire' ? (
        <Alert
          type="info"
          showIcon
          title={t('workspace.readOnly')}
          action={
            <Button onClick={() => go('diagnosis', record.id, 'review')}>{t('workspace.toReview')}</Button>
          }
        />
      ) : null}
      {content}
    </div>
  );
}
