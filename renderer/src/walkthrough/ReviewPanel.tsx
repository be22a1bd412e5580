import { CheckOutlined, FlagFilled, RollbackOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, List, Popconfirm, Row, Space, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { EnterpriseProfile } from '@engine/enterprise';
import type { AssessmentRecord } from '@contract/records';
import { useApi } from '../api/ApiProvider';
import { useAction } from '../api/useAction';
import { useNav } from '../app/nav';
import { formatDateTime } from '../common/format';
import { useLabel } from '../common/label';
import { interviewPlan } from '@engine/interview-progress';
import { askedSequence, inOutlineOrder } from './outline';
import { answerMap, useWalk } from './store';
import type { LoadedQuestionnaire } from './useQuestionnaire';
import { ErrorNotice } from '../app/ErrorNotice';

interface Props {
  readonly record: AssessmentRecord;
  readonly profile: EnterpriseProfile;
  readonly loaded: LoadedQuestionnaire;
  onChanged(record: AssessmentRecord): void;
}

/** Before completing: what is still unanswered or flagged, each one click away. */
export function ReviewPanel({ record, profile, loaded, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const api = useApi();
  const go = useNav((s) => s.go);
  const { answers, saves, opened, setCurrent } = useWalk(
    useShallow((s) => ({ answers: s.answers, saves: s.saves, opened: s.opened, setCurrent: s.setCurrent })),
  );
  const { questionnaire: q, outline } = loaded;

  const plan = useMemo(() => interviewPlan(q, answerMap(answers), profile), [q, answers, profile]);
  // questions that can no longer change a result are not "still open", unless the consultant opened them
  const asked = askedSequence(outline, plan, opened);
  const unanswered = asked.filter((id) => (answers[id]?.value ?? null) === null);
  // a flag is the consultant's own: shown even on a question that no longer needs an answer
  const flagged = inOutlineOrder(outline, (id) => plan.relevant.has(id) && answers[id]?.flagged === true);
  const unsaved = Object.entries(saves)
    .filter(([, s]) => s.state !== 'saved')
    .map(([id]) => id);
  const completed = record.status === 'completed';

  const open = (itemId: string) => {
    setCurrent(itemId);
    go('diagnosis', record.id);
  };
  const { run, busy, error } = useAction(async (call: () => Promise<AssessmentRecord>, then?: () => void) => {
    onChanged(await call());
    then?.();
  });
  const complete = () =>
    void run(
      () => api['assessment.complete']({ id: record.id }),
      () => go('diagnosis', record.id, 'results'),
    );

  const itemList = (ids: string[], empty: string, title: string) => (
    <Card size="small" title={title}>
      <List
        size="small"
        locale={{ emptyText: empty }}
        pagination={ids.length > 8 ? { pageSize: 8, size: 'small' } : false}
        dataSource={ids}
        renderItem={(id) => {
          const item = q.items.get(id);
          const section = outline.sections.find((s) => s.id === outline.sectionOf.get(id));
          return (
            <List.Item
              actions={[
                <Button
                  key="go"
                  size="small"
                  onClick={() => open(id)}
                  aria-label={t('review.goTo', { name: item ? label(item.label) : id })}
                >
                  {t('review.open')}
                </Button>,
              ]}
            >
              <Space direction="vertical" size={0}>
                <Typography.Text>{item ? label(item.label) : id}</Typography.Text>
                <Typography.Text type="secondary">{section ? label(section.label) : ''}</Typography.Text>
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Row gutter={16} align="middle">
          <Col span={5}>
            <Statistic
              title={t('review.answered')}
              value={asked.length - unanswered.length}
              suffix={`/ ${asked.length}`}
            />
          </Col>
          <Col span={5}>
            <Statistic title={t('review.unanswered')} value={unanswered.length} />
          </Col>
          <Col span={5}>
            <Statistic
              title={t('review.flagged')}
              value={flagged.length}
              prefix={<FlagFilled style={{ color: '#fa8c16' }} />}
            />
          </Col>
          <Col span={9} style={{ textAlign: 'right' }}>
            {completed ? (
              <Space direction="vertical" align="end">
                <Typography.Text type="success">
                  {t('review.completedAt', {
                    at: record.completedAt ? formatDateTime(record.completedAt, i18n.language) : '',
                  })}
                </Typography.Text>
                <Button
                  icon={<RollbackOutlined />}
                  loading={busy}
                  onClick={() => void run(() => api['assessment.reopen']({ id: record.id }))}
                >
                  {t('review.reopen')}
                </Button>
              </Space>
            ) : (
              <Popconfirm
                title={t('review.confirmTitle')}
                description={
                  <Space direction="vertical" size={0}>
                    <span>
                      {unanswered.length > 0
                        ? t('review.confirmUnanswered', { n: unanswered.length })
                        : t('review.confirmAll')}
                    </span>
                    {flagged.length > 0 ? (
                      <Typography.Text type="warning">
                        {t('review.confirmFlagged', { n: flagged.length })}
                      </Typography.Text>
                    ) : null}
                  </Space>
                }
                okText={t('review.complete')}
                cancelText={t('common.cancel')}
                onConfirm={complete}
              >
                <Button
                  type="primary"
                  size="large"
                  icon={<CheckOutlined />}
                  loading={busy}
                  disabled={unsaved.length > 0}
                >
                  {t('review.complete')}
                </Button>
              </Popconfirm>
            )}
          </Col>
        </Row>
        {unsaved.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={t('review.unsaved', { n: unsaved.length })}
            style={{ marginTop: 12 }}
          />
        ) : null}
        {error ? <ErrorNotice error={error} style={{ marginTop: 12 }} /> : null}
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          {itemList(unanswered, t('review.noneUnanswered'), t('review.unansweredList'))}
        </Col>
        <Col xs={24} lg={12}>
          {itemList(flagged, t('review.noneFlagged'), t('review.flaggedList'))}
        </Col>
      </Row>
    </Space>
  );
}
