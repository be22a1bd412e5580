import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseSummary } from '@contract/records';
import { useApi } from '../api/ApiProvider';
import { useCall } from '../api/useCall';
import { ErrorNotice } from '../app/ErrorNotice';
import { ImportBundleButton } from '../bundles/ImportBundleButton';
import { useImportDialog } from '../bundles/import-dialog';
import { useNav } from '../app/nav';
import { formatDateTime } from '../common/format';
import { SearchBox } from '../common/SearchBox';
import { useDebounced } from '../common/useDebounced';
import { RegionText } from './RegionText';

/** Every enterprise on this PC, searchable by name, credit code or city. */
export function EnterpriseList() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const go = useNav((s) => s.go);
  const [query, setQuery] = useState('');
  const settled = useDebounced(query, 200);
  const imports = useImportDialog((s) => s.imports);
  const { data, error, loading, reload } = useCall(
    () => api['enterprise.list']({ query: settled, limit: 200 }),
    [api, settled, imports],
  );
  const open = (e: EnterpriseSummary) => go('enterprises', e.id);
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('enterprise.listTitle')}
        </Typography.Title>
      }
      extra={
        <Space>
          <ImportBundleButton />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => go('enterprises', 'new')}>
            {t('enterprise.create')}
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <SearchBox
          label={t('enterprise.search')}
          placeholder={t('enterprise.searchPlaceholder')}
          value={query}
          onChange={setQuery}
          style={{ maxWidth: 420 }}
        />
        {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
        <Table<EnterpriseSummary>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={data?.items ?? []}
          aria-label={t('enterprise.listTitle')}
          locale={{ emptyText: settled ? t('enterprise.noMatch') : t('enterprise.empty') }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          onRow={(record) => ({ onDoubleClick: () => open(record) })}
          columns={[
            {
              title: t('enterprise.fields.name'),
              dataIndex: 'name',
              render: (_: unknown, e) => (
                <Button
                  type="link"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                  onClick={() => open(e)}
                >
                  {e.name}
                </Button>
              ),
            },
            { title: t('enterprise.fields.creditCode'), dataIndex: 'creditCode', width: 200 },
            {
              title: t('enterprise.fields.region'),
              width: 200,
              render: (_: unknown, e) => <RegionText city={e.city} district={e.district ?? undefined} />,
            },
            {
              title: t('enterprise.fields.sizeClass'),
              width: 90,
              render: (_: unknown, e) => <Tag>{t(`sizeClass.${e.sizeClass}`)}</Tag>,
            },
            { title: t('enterprise.assessmentCount'), dataIndex: 'assessmentCount', width: 100 },
            {
              title: t('enterprise.updatedAt'),
              width: 170,
              render: (_: unknown, e) => formatDateTime(e.updatedAt, i18n.language),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
