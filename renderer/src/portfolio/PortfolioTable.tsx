import { Button, Table, Tag, Tooltip } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { PortfolioRow, PortfolioQuery } from '@contract/methods/portfolio';
import { useNav } from '../app/nav';
import { formatDateTime, formatWan } from '../common/format';
import { useCityName, useIndustryName } from './names';
import { usePortfolioQuery } from './usePortfolioQuery';
import { WorkbookButtons } from './WorkbookButtons';

type Sort = PortfolioQuery['sort'];
const SORTABLE: readonly Sort[] = [
  'enterpriseName',
  'date',
  'tierRank',
  'cmmmLevel',
  'smeLevel',
  'subsidyTodayWan',
];

function useLevelText() {
  const { t } = useTranslation();
  return (level: number | null) =>
    level === null
      ? t('portfolio.notAssessed')
      : level === 0
        ? t('portfolio.belowLevel')
        : t('portfolio.level', { n: level });
}

/** The assessments, one per row; sorting and paging happen in the back end. */
export function PortfolioTable(props: {
  rows: PortfolioRow[];
  total: number;
  loading: boolean;
  onChanged(): void;
}) {
  const { t, i18n } = useTranslation();
  const go = useNav((s) => s.go);
  const { sort, direction, page, setSort, setPage } = usePortfolioQuery(
    useShallow((s) => ({
      sort: s.sort,
      direction: s.direction,
      page: s.page,
      setSort: s.setSort,
      setPage: s.setPage,
    })),
  );
  const cityName = useCityName();
  const industryName = useIndustryName();
  const levelText = useLevelText();
  const sorted = (key: Sort) => ({
    sorter: SORTABLE.includes(key),
    sortOrder: sort === key ? (direction === 'asc' ? ('ascend' as const) : ('descend' as const)) : null,
  });
  const onSort = (s: SorterResult<PortfolioRow>) => {
    const key = (s.columnKey as Sort | undefined) ?? 'date';
    setSort(s.order ? key : 'date', s.order === 'ascend' ? 'asc' : 'desc');
  };
  return (
    <Table<PortfolioRow>
      rowKey="assessmentId"
      size="small"
      loading={props.loading}
      dataSource={props.rows}
      aria-label={t('portfolio.title')}
      scroll={{ x: 1280 }}
      pagination={{
        current: page,
        pageSize: 50,
        total: props.total,
        showSizeChanger: false,
        onChange: setPage,
      }}
      onChange={(_p, _f, s) => {
        if (!Array.isArray(s)) onSort(s);
      }}
      columns={[
        {
          key: 'enterpriseName',
          title: t('portfolio.col.enterprise'),
          fixed: 'left',
          width: 220,
          ...sorted('enterpriseName'),
          render: (_: unknown, r) => (
            <Button
              type="link"
              style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
              onClick={() => go('diagnosis', r.assessmentId)}
            >
              {r.enterpriseName}
            </Button>
          ),
        },
        {
          key: 'creditCode',
          title: t('portfolio.col.creditCode'),
          dataIndex: 'creditCode',
          width: 190,
          // 18 characters read and copied as one token, never broken across lines
          render: (code: string) => <span style={{ whiteSpace: 'nowrap' }}>{code}</span>,
        },
        {
          key: 'city',
          title: t('portfolio.col.region'),
          width: 130,
          render: (_: unknown, r) => [cityName(r.city), r.district].filter(Boolean).join(' · '),
        },
        {
          key: 'industry',
          title: t('portfolio.col.industry'),
          width: 150,
          ellipsis: true,
          render: (_: unknown, r) => industryName(r.industryCode),
        },
        {
          key: 'size',
          title: t('portfolio.col.size'),
          width: 64,
          render: (_: unknown, r) => t(`sizeClass.${r.sizeClass}`),
        },
        {
          key: 'status',
          title: t('portfolio.col.status'),
          width: 82,
          render: (_: unknown, r) => (
            <Tag color={r.status === 'completed' ? 'green' : 'default'}>
              {t(`portfolio.statuses.${r.status}`)}
            </Tag>
          ),
        },
        {
          key: 'date',
          title: t('portfolio.col.date'),
          width: 150,
          ...sorted('date'),
          render: (_: unknown, r) => formatDateTime(r.date, i18n.language),
        },
        { key: 'consultant', title: t('portfolio.col.consultant'), dataIndex: 'consultantName', width: 90 },
        {
          key: 'tierRank',
          title: t('portfolio.col.tier'),
          width: 130,
          ...sorted('tierRank'),
          render: (_: unknown, r) =>
            r.tierLabel === null ? (
              t('portfolio.notAssessed')
            ) : (
              <>
                {r.tierRank ? t(`portfolio.tiers.${r.tierRank}`, { defaultValue: r.tierLabel }) : r.tierLabel}
                {r.tierPending ? <Tag style={{ marginInlineStart: 4 }}>{t('portfolio.pending')}</Tag> : null}
              </>
            ),
        },
        {
          key: 'cmmmLevel',
          title: t('portfolio.col.cmmm'),
          width: 96,
          ...sorted('cmmmLevel'),
          render: (_: unknown, r) => levelText(r.cmmmLevel),
        },
        {
          key: 'smeLevel',
          title: t('portfolio.col.sme'),
          width: 104,
          ...sorted('smeLevel'),
          render: (_: unknown, r) => levelText(r.smeLevel),
        },
        {
          key: 'subsidyTodayWan',
          title: t('portfolio.col.subsidy'),
          width: 130,
          align: 'right',
          ...sorted('subsidyTodayWan'),
          render: (_: unknown, r) => {
            const text = r.subsidyTodayWan > 0 ? formatWan(r.subsidyTodayWan, i18n.language) : '—';
            return r.subsidyUnspecified > 0 ? (
              <Tooltip title={t('portfolio.subsidyUnspecified', { count: r.subsidyUnspecified })}>
                {text} *
              </Tooltip>
            ) : (
              text
            );
          },
        },
        {
          key: 'competitiveCapWan',
          title: <Tooltip title={t('portfolio.competitiveHint')}>{t('portfolio.col.competitive')}</Tooltip>,
          width: 150,
          align: 'right',
          render: (_: unknown, r) =>
            r.competitiveCapWan > 0 ? formatWan(r.competitiveCapWan, i18n.language) : '—',
        },
        {
          key: 'actions',
          title: t('portfolio.col.actions'),
          width: 200,
          render: (_: unknown, r) => <WorkbookButtons row={r} onImported={props.onChanged} />,
        },
      ]}
    />
  );
}
