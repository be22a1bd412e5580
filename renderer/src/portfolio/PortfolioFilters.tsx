import { DatePicker, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { SearchBox } from '../common/SearchBox';
import { useCityName, useIndustryName } from './names';
import { usePortfolioQuery, type PortfolioFilters } from './usePortfolioQuery';

interface Facet {
  value: string;
  count: number;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Search box and the filter menus: region, industry, status, tier, levels, dates. */
export function PortfolioFilterBar({ cities, industries }: { cities: Facet[]; industries: Facet[] }) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const industryName = useIndustryName();
  const { query, filters, setQuery, setFilter } = usePortfolioQuery(
    useShallow((s) => ({ query: s.query, filters: s.filters, setQuery: s.setQuery, setFilter: s.setFilter })),
  );
  const select = <K extends keyof PortfolioFilters>(
    key: K,
    label: string,
    options: { value: NonNullable<PortfolioFilters[K]>; label: string }[],
  ) => (
    <Select<PortfolioFilters[K]>
      allowClear
      aria-label={label}
      placeholder={label}
      style={{ minWidth: 130 }}
      value={filters[key]}
      onChange={(v) => setFilter(key, v ?? undefined)}
      options={options}
      popupMatchSelectWidth={false}
    />
  );
  const onDates = (dates: [Dayjs | null, Dayjs | null] | null) => {
    setFilter('from', dates?.[0]?.format('YYYY-MM-DD'));
    setFilter('to', dates?.[1]?.format('YYYY-MM-DD'));
  };
  return (
    <Space wrap size="small">
      <SearchBox
        label={t('portfolio.search')}
        placeholder={t('portfolio.search')}
        value={query}
        onChange={setQuery}
        style={{ width: 300 }}
      />
      {select(
        'city',
        t('portfolio.city'),
        cities.map((c) => ({ value: c.value, label: `${cityName(c.value)}（${c.count}）` })),
      )}
      {select(
        'industryCode',
        t('portfolio.industry'),
        industries.map((c) => ({ value: c.value, label: `${industryName(c.value)}（${c.count}）` })),
      )}
      {select(
        'status',
        t('portfolio.status'),
        (['draft', 'completed'] as const).map((s) => ({ value: s, label: t(`portfolio.statuses.${s}`) })),
      )}
      {select(
        'tierRank',
        t('portfolio.tier'),
        range(1, 4).map((n) => ({ value: n, label: t(`portfolio.tiers.${n}`) })),
      )}
      {select(
        'cmmmLevel',
        t('portfolio.cmmm'),
        range(1, 5).map((n) => ({ value: n, label: t('portfolio.level', { n }) })),
      )}
      {select(
        'smeLevel',
        t('portfolio.sme'),
        range(1, 4).map((n) => ({ value: n, label: t('portfolio.level', { n }) })),
      )}
      <DatePicker.RangePicker
        aria-label={t('portfolio.dates')}
        onChange={onDates}
        allowEmpty={[true, true]}
      />
    </Space>
  );
}
