import { Alert, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelResult } from '@engine/diagnosis/schema';
import { useContentText, useLabel } from '../common/label';
import { usePhrase } from '../common/phrase';

/** A rating the enterprise reports above the estimate: named, with what the estimate found missing. */
export function Discrepancies({ model }: { model: ModelResult }) {
  const label = useLabel();
  const phrase = usePhrase();
  return (
    <>
      {(model.discrepancies ?? []).map((d) => (
        <Alert
          key={d.subject}
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={label(d.message)}
          description={
            <ul className="plain-list">
              {d.causes
                .map((c) => phrase(c))
                .map((c) => (
                  <li key={c}>{c}</li>
                ))}
            </ul>
          }
        />
      ))}
    </>
  );
}

/** Facts the next tier depends on that no project changes, with what would establish them. */
export function Prerequisites({ model }: { model: ModelResult }) {
  const { t } = useTranslation();
  const label = useLabel();
  const content = useContentText();
  const phrase = usePhrase();
  const list = model.prerequisites ?? [];
  if (list.length === 0) return null;
  return (
    <List
      size="small"
      bordered
      header={<Typography.Text strong>{t('results.prerequisitesTitle')}</Typography.Text>}
      dataSource={list}
      renderItem={(p) => (
        <List.Item>
          <Space direction="vertical" size={0}>
            <Space wrap>
              <Tag>{t(`gateStatus.${p.status}`)}</Tag>
              <Typography.Text strong>{label(p.label)}</Typography.Text>
              <Typography.Text type="secondary">
                {t('results.prerequisiteNow', { value: phrase(p.current) })}
              </Typography.Text>
            </Space>
            <Typography.Text type="secondary">
              {t('results.prerequisiteEstablishedBy', { what: content(p.establishedBy) })}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
