import { Alert, Card, Col, Row, Skeleton, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentRecord, EnterpriseRecord } from '@contract/records';
import { ErrorNotice } from '../app/ErrorNotice';
import { useNav } from '../app/nav';
import { fieldTarget } from '../funding/funding-form';
import { ExportButton } from '../report/ExportButton';
import { useWalk } from '../walkthrough/store';
import type { LoadedQuestionnaire } from '../walkthrough/useQuestionnaire';
import { Blockers } from './Blockers';
import { DimensionScores } from './DimensionScores';
import { RadarChart } from './RadarChart';
import { Scenarios } from './Scenarios';
import { Subsidies } from './Subsidies';
import { TierCard } from './TierCard';
import { UpgradeNotice } from './UpgradeNotice';
import { useGapText } from './useGapText';
import { useResults } from './useResults';
import { WhatIf } from './WhatIf';

interface Props {
  readonly record: AssessmentRecord;
  readonly enterprise: EnterpriseRecord;
  readonly loaded: LoadedQuestionnaire;
}

/** Tier, scores, radar, blockers, what-if, AI scenarios and subsidies of one assessment. */
export default function ResultsPanel({ record, enterprise, loaded }: Props) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const setCurrent = useWalk((s) => s.setCurrent);
  const gapText = useGapText(loaded.questionnaire);
  const { data, error, reload } = useResults(
    record.id,
    record.revision,
    enterprise.profile,
    record.fundingInputs,
  );
  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  if (!data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const { diagnosis, subsidies, scenarios } = data;

  const openItem = (itemId: string) => {
    setCurrent(itemId);
    go('diagnosis', record.id);
  };
  const links = {
    open(field: string) {
      const target = fieldTarget(field);
      if (target.screen === 'funding') go('diagnosis', record.id, 'funding', target.name.join('.'));
      else if (target.screen === 'profile') go('enterprises', enterprise.id, 'edit', target.name);
      else if (target.screen === 'questionnaire') go('diagnosis', record.id);
    },
  };

  return (
    <div className="results">
      <UpgradeNotice notes={record.modelUpgrades} />
      {diagnosis.progress.answered < diagnosis.progress.relevant ? (
        <Alert
          type="warning"
          showIcon
          title={t('results.incomplete', { n: diagnosis.progress.relevant - diagnosis.progress.answered })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={8}>
          <TierCard diagnosis={diagnosis} />
          <div style={{ marginTop: 12 }}>
            <ExportButton assessmentId={record.id} />
          </div>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('results.radarTitle')}>
            <RadarChart diagnosis={diagnosis} height={270} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <DimensionScores diagnosis={diagnosis} />
        </Col>
      </Row>
      <Card size="small" style={{ marginTop: 12 }}>
        <Tabs
          items={[
            {
              key: 'blockers',
              label: t('results.tabs.blockers'),
              children: <Blockers diagnosis={diagnosis} onOpenItem={openItem} gapText={gapText} />,
            },
            {
              key: 'whatif',
              label: t('results.tabs.whatIf'),
              children: (
                <WhatIf
                  diagnosis={diagnosis}
                  questionnaire={loaded.questionnaire}
                  profile={enterprise.profile}
                />
              ),
            },
            {
              key: 'scenarios',
              label: t('results.tabs.scenarios'),
              children: <Scenarios result={scenarios} />,
            },
            {
              key: 'subsidies',
              label: t('results.tabs.subsidies'),
              children: <Subsidies result={subsidies} links={links} />,
            },
          ]}
        />
      </Card>
    </div>
  );
}
