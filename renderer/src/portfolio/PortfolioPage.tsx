import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useApi } from '../api/ApiProvider';
import { useAction } from '../api/useAction';
import { useCall } from '../api/useCall';
import { ErrorNotice, errorLine } from '../app/ErrorNotice';
import { useImportDialog } from '../bundles/import-dialog';
import { useDebounced } from '../common/useDebounced';
import { deliver } from './deliver';
import { ImportBundlesButton } from './ImportBundlesButton';
import { PortfolioFilterBar } from './PortfolioFilters';
import { PortfolioTable } from './PortfolioTable';
import { usePortfolioQuery } from './usePortfolioQuery';

const PAGE_SIZE = 50;

/** Every assessment across enterprises: filter, sort, search, export the roster. */
export function PortfolioPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { message } = App.useApp();
  const { query, filters, sort, direction, page } = usePortfolioQuery(
    useShallow((s) => ({
      query: s.query,
      filters: s.filters,
      sort: s.sort,
      direction: s.direction,
      page: s.page,
    })),
  );
  const settled = useDebounced(query, 200);
  const imports = useImportDialog((s) => s.imports);
  const [changes, setChanges] = useState(0);
  const { data, error, loading, reload } = useCall(
    () =>
      api['portfolio.list']({
        ...filters,
        query: settled,
        sort,
        direction,
        offset: (page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      }),
    [api, settled, filters, sort, direction, page, imports, changes],
  );
  const { run: exportRoster, busy: exporting } = useAction(
    async () => {
      const done = deliver(await api['portfolio.roster']({ ...filters, query: settled }));
      if (done.kind === 'saved') void message.success(t('portfolio.rosterSaved', { path: done.path }), 8);
      if (done.kind === 'downloaded')
        void message.success(t('portfolio.rosterDownloaded', { file: done.file }), 8);
    },
    (error) => void message.error(errorLine(t, error), 10),
  );
  const changed = () => setChanges((n) => n + 1);
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('portfolio.title')}
        </Typography.Title>
      }
      extra={
        <Space>
          <ImportBundlesButton onImported={changed} />
          <Tooltip title={t('portfolio.rosterNote')}>
            <Button
              type="primary"
              icon={<FileExcelOutlined aria-hidden />}
              loading={exporting}
              onClick={() => void exportRoster()}
            >
              {t('portfolio.exportRoster')}
            </Button>
          </Tooltip>
        </Space>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('portfolio.intro')}</Typography.Text>
        <PortfolioFilterBar cities={data?.facets.cities ?? []} industries={data?.facets.industries ?? []} />
        {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
        <Typography.Text>{t('portfolio.total', { count: data?.total ?? 0 })}</Typography.Text>
        <PortfolioTable
          rows={data?.items ?? []}
          total={data?.total ?? 0}
          loading={loading}
          onChanged={changed}
        />
      </Space>
    </Card>
  );
}
