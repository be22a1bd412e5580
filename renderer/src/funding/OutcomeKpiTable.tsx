import { Form, Input, InputNumber, Table, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOME_KPIS, type OutcomeKpiId } from '@engine/application-figures';

type KpiField = 'before' | 'beforePeriod' | 'after' | 'afterPeriod' | 'unit';

/** One input column of the table: which field it edits and how its box looks and is checked. */
interface KpiColumn {
  readonly field: KpiField;
  readonly width?: number;
  /** the box, given its accessible name ("<KPI> · <column>") */
  readonly input: (id: OutcomeKpiId, ariaLabel: string) => ReactNode;
  readonly rules?: (id: OutcomeKpiId) => Rule[];
  /** fields of the same row whose change re-checks this one */
  readonly dependsOn?: readonly KpiField[];
}

/**
 * The application forms' before/after outcome figures, one row per KPI, inside the funding form
 * (autosaved with it). A unit is required once either value is entered, because a figure without
 * its unit cannot be read by the reviewer.
 */
export function OutcomeKpiTable() {
  const { t } = useTranslation();
  const nonNegative: Rule[] = [{ type: 'number', min: 0, message: t('funding.rules.nonNegative') }];
  const unitWhenValued =
    (id: OutcomeKpiId): Rule =>
    ({ getFieldValue }) => ({
      validator(_rule, value: string | undefined) {
        const valued = ['before', 'after'].some(
          (k) => typeof getFieldValue(['application', 'kpis', id, k]) === 'number',
        );
        return valued && !(value ?? '').trim()
          ? Promise.reject(new Error(t('funding.app.unitRequired')))
          : Promise.resolve();
      },
    });
  const figure = (_id: OutcomeKpiId, ariaLabel: string) => (
    <InputNumber aria-label={ariaLabel} style={{ width: '100%' }} />
  );
  const period = (hint: string) => (_id: OutcomeKpiId, ariaLabel: string) => (
    <Input aria-label={ariaLabel} maxLength={40} placeholder={t(hint)} />
  );
  const inputs: readonly KpiColumn[] = [
    { field: 'before', input: figure, rules: () => nonNegative },
    { field: 'beforePeriod', input: period('funding.app.periodBefore') },
    { field: 'after', input: figure, rules: () => nonNegative },
    { field: 'afterPeriod', input: period('funding.app.periodAfter') },
    {
      field: 'unit',
      width: 150,
      input: (id, ariaLabel) => (
        <Input aria-label={ariaLabel} maxLength={20} placeholder={t(`funding.app.unitHints.${id}`)} />
      ),
      rules: (id) => [unitWhenValued(id)],
      dependsOn: ['before', 'after'],
    },
  ];
  const cell = (id: OutcomeKpiId, column: KpiColumn) => (
    <Form.Item
      name={['application', 'kpis', id, column.field]}
      rules={column.rules?.(id) ?? []}
      dependencies={(column.dependsOn ?? []).map((d) => ['application', 'kpis', id, d])}
      style={{ margin: 0 }}
    >
      {column.input(
        id,
        t('funding.app.cellOf', {
          kpi: t(`funding.app.kpis.${id}`),
          col: t(`funding.app.col.${column.field}`),
        }),
      )}
    </Form.Item>
  );

  return (
    <>
      <Typography.Text strong>{t('funding.app.kpiTitle')}</Typography.Text>
      <Table<OutcomeKpiId>
        size="small"
        pagination={false}
        rowKey={(id) => id}
        dataSource={[...OUTCOME_KPIS]}
        aria-label={t('funding.app.kpiTitle')}
        columns={[
          {
            title: t('funding.app.col.name'),
            width: 130,
            render: (_: unknown, id) => t(`funding.app.kpis.${id}`),
          },
          ...inputs.map((column) => ({
            title: t(`funding.app.col.${column.field}`),
            width: column.width,
            render: (_: unknown, id: OutcomeKpiId) => cell(id, column),
          })),
        ]}
      />
    </>
  );
}
