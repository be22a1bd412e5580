import { ArrowRightOutlined, ExperimentOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Row, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyChanges, type AnswerChanges } from '@engine/diagnosis/diagnose';
import type { AnswerValue } from '@engine/answer';
import type { DiagnosisResult } from '@engine/diagnosis/schema';
import { gateMoves } from '@engine/gate-moves';
import type { EnterpriseProfile } from '@engine/enterprise';
import type { Questionnaire } from '@engine/model/questionnaire';
import type { OwnedItem } from '@engine/model/schema';
import { useApi } from '../api/ApiProvider';
import { diagnoseAnswers } from '../api/models';
import { useCall } from '../api/useCall';
import { ErrorNotice } from '../app/ErrorNotice';
import { useLabel } from '../common/label';
import { usePhrase } from '../common/phrase';
import { useDebounced } from '../common/useDebounced';
import { optionsOf, sameAnswer } from '../walkthrough/answer-keys';
import { answerMap, useWalk } from '../walkthrough/store';
import { RadarChart } from './RadarChart';
import { tiersOf } from './TierCard';

interface Props {
  readonly diagnosis: DiagnosisResult;
  readonly questionnaire: Questionnaire;
  readonly profile: EnterpriseProfile;
}

/**
 * Hypothetical answers for the items that block the next tier, scored by diagnosis.compute
 * next to the saved ones. Nothing here is ever saved.
 */
export function WhatIf({ diagnosis, questionnaire: q, profile }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const phrase = usePhrase();
  const api = useApi();
  const saved = useWalk((s) => s.answers);
  const [changes, setChanges] = useState<Record<string, AnswerValue>>({});
  const tiers = tiersOf(diagnosis);
  const base = useMemo(() => answerMap(saved), [saved]);

  const candidates = useMemo(() => {
    const ids = [
      ...(tiers?.cheapestLift?.moves.map((m) => m.itemId) ?? []),
      ...(tiers?.gaps.flatMap((g) => (g.itemId ? [g.itemId] : [])) ?? []),
    ];
    return [...new Set(ids)]
      .map((id) => q.items.get(id))
      .filter((it): it is OwnedItem => it !== undefined && optionsOf(it).length > 0)
      .slice(0, 12);
  }, [tiers, q]);

  const shown = useMemo(
    () => new Map(diagnosis.models.flatMap((m) => m.items.map((s) => [s.itemId, s.display] as const))),
    [diagnosis],
  );
  const settled = useDebounced(changes, 250);
  const active = Object.keys(settled).length > 0;
  const hypothetical = useCall(
    () =>
      active
        ? diagnoseAnswers(api, {
            modelId: q.modelId,
            modelVersion: q.modelVersion,
            answers: applyChanges(base, settled as AnswerChanges),
            profile,
          })
        : Promise.resolve(undefined),
    [api, q, base, settled, profile, active],
  );

  const applyLift = () => {
    const next: Record<string, AnswerValue> = {};
    for (const m of tiers?.cheapestLift?.moves ?? []) next[m.itemId] = m.to;
    setChanges(next);
  };
  const after = hypothetical.data;
  const tierAfter = after?.summary.tier;
  const tierBefore = diagnosis.summary.tier;
  const tiersAfter = after ? tiersOf(after) : undefined;
  const moved = tiers && tiersAfter ? gateMoves(tiers, tiersAfter) : [];
  const sameScore = tiers?.score.value === tiersAfter?.score.value;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Alert type="info" showIcon icon={<ExperimentOutlined />} title={t('whatIf.notSaved')} />
      <Space wrap>
        <Button onClick={applyLift} disabled={!tiers?.cheapestLift?.moves.length}>
          {t('whatIf.applyLift')}
        </Button>
        <Button onClick={() => setChanges({})} disabled={!Object.keys(changes).length}>
          {t('whatIf.reset')}
        </Button>
      </Space>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Table<OwnedItem>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={candidates}
            aria-label={t('whatIf.items')}
            locale={{ emptyText: t('whatIf.noItems') }}
            columns={[
              { title: t('whatIf.item'), render: (_: unknown, it) => label(it.label) },
              {
                title: t('whatIf.now'),
                width: 110,
                render: (_: unknown, it) => {
                  const now = shown.get(it.id);
                  return now ? phrase(now) : '—';
                },
              },
              {
                title: t('whatIf.suppose'),
                width: 170,
                render: (_: unknown, it) => (
                  <Select
                    allowClear
                    aria-label={t('whatIf.supposeFor', { name: label(it.label) })}
                    style={{ width: 150 }}
                    placeholder={t('whatIf.unchanged')}
                    value={optionsOf(it).find((o) => sameAnswer(o.value, changes[it.id]))?.key}
                    onChange={(key?: string) => {
                      const o = optionsOf(it).find((x) => x.key === key);
                      setChanges((c) => {
                        const next = { ...c };
                        if (o) next[it.id] = o.value;
                        else delete next[it.id];
                        return next;
                      });
                    }}
                    options={optionsOf(it).map((o) => ({ value: o.key, label: optionText(o.value, t) }))}
                  />
                ),
              },
            ]}
          />
        </Col>
        <Col xs={24} xl={10}>
          <section aria-label={t('whatIf.outcome')} aria-live="polite" className="whatif-outcome">
            {!active ? (
              <Typography.Paragraph type="secondary">{t('whatIf.hint')}</Typography.Paragraph>
            ) : hypothetical.loading || !after ? (
              <Spin />
            ) : (
              <>
                <Space wrap align="center">
                  <Tag className="tier-badge">{tierBefore ? label(tierBefore.label) : '—'}</Tag>
                  <ArrowRightOutlined />
                  <Tag
                    color={(tierAfter?.rank ?? 0) > (tierBefore?.rank ?? 0) ? 'green' : 'default'}
                    className="tier-badge"
                  >
                    {tierAfter ? label(tierAfter.label) : '—'}
                  </Tag>
                </Space>
                <Typography.Paragraph style={{ marginTop: 8 }}>
                  {t('whatIf.score', {
                    before: tiers?.score.value ?? 0,
                    after: tiersAfter?.score.value ?? 0,
                  })}
                </Typography.Paragraph>
                {moved.length > 0 ? (
                  <section aria-label={t('whatIf.gatesMoved')}>
                    <Typography.Text strong>
                      {sameScore && tierAfter?.rank !== tierBefore?.rank
                        ? t('whatIf.sameScore')
                        : t('whatIf.gatesMoved')}
                    </Typography.Text>
                    <ul className="whatif-gates">
                      {moved.map((m) => (
                        <li key={m.gateId}>
                          {t('whatIf.gateMove', {
                            tier: label(m.tier),
                            gate: label(m.label),
                            before: t(`gateStatus.${m.before}`),
                            after: t(`gateStatus.${m.after}`),
                            detail: phrase(m.detail),
                          })}
                        </li>
                      ))}
                    </ul>
                  </section>
                ) : null}
                <RadarChart
                  diagnosis={after}
                  name={t('whatIf.outcome')}
                  compare={{ diagnosis, name: t('whatIf.current') }}
                  height={260}
                />
              </>
            )}
            {hypothetical.error ? <ErrorNotice error={hypothetical.error} /> : null}
          </section>
        </Col>
      </Row>
    </Space>
  );
}

function optionText(v: AnswerValue, t: TFunction): string {
  if (v.kind === 'level') return t('walk.levelN', { level: v.level });
  if (v.kind === 'satisfaction') return t(`walk.satisfaction.${v.value}`);
  if (v.kind === 'boolean') return t(v.value ? 'walk.yes' : 'walk.no');
  return '';
}
